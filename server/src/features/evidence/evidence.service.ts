/**
 * Evidence media of an item: list, serve, delete, erase an original. Owns the order that keeps disk
 * and database consistent: a blob is removed only once no row names it, under an advisory lock per
 * blob key that additions (add-media.ts) and removals share, so a concurrent upload of the same
 * bytes never loses its blob to someone else's clean-up.
 *
 * What a file is (type check, hashes, preview) is media-file.ts's, run in media-pool.ts's threads;
 * where blobs live is the blob store's.
 */
import type { FastifyBaseLogger } from 'fastify';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { StaffActor } from '../../platform/auth/index.ts';
import type { BlobStore } from '../../platform/blobs/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { itemNotFound } from '../triage/index.ts';
import {
  blobIsReferenced,
  deleteMediaRow,
  findMediaBlobs,
  itemExists,
  listItemMedia,
  lockBlobKeys,
  markOriginalErased,
  startViewing,
} from './evidence.queries.ts';
import type { MediaList } from './evidence.schemas.ts';
import { type ByteRange, byteRange, deliversBytes } from './range.ts';

export type EvidenceContext = { db: Db; blobs: BlobStore; log: FastifyBaseLogger };

export const mediaNotFound = () => notFound('media.not_found', 'No media with this id.');

/** An item's media, newest first; 404 item.not_found for an unknown item. */
export async function listMedia(ctx: EvidenceContext, itemId: string): Promise<MediaList> {
  if (!(await itemExists(ctx.db, itemId))) throw itemNotFound();
  return { media: await listItemMedia(ctx.db, itemId) };
}

/**
 * How long a staff member's viewing of an original lasts: bytes served to them within this many
 * minutes of the viewing's start are the same viewing (a player's follow-up ranges, seeking, a
 * reload), later bytes start a new one. Five minutes covers loading and seeking through a short
 * video (uploads are at most VIGIE_MEDIA_MAX_BYTES) while a look taken later is recorded again, so
 * for every byte served there is a media.viewed of that person less than five minutes before it.
 */
export const VIEWING_WINDOW_MINUTES = 5;

/**
 * The original's bytes, its content type and the part a Range header asks for, judged against the
 * real size. Who saw which evidence is part of its chain of custody, so any answer that delivers
 * bytes of the original (`sendsBody`: not a HEAD request; and not a 416) is a viewing: it writes
 * media.viewed unless this person's viewing of this media began within VIEWING_WINDOW_MINUTES.
 * The record is committed before a byte leaves.
 */
export async function readMediaContent(
  ctx: EvidenceContext,
  actor: StaffActor,
  mediaId: string,
  request: { range: string | undefined; sendsBody: boolean },
): Promise<{ bytes: Buffer; contentType: string; range: ByteRange }> {
  const media = await findMediaBlobs(ctx.db, mediaId);
  if (!media) throw mediaNotFound();
  if (!media.blobKey) throw originalErased(media.originalErasedAt);
  const bytes = await ctx.blobs.get(media.blobKey);
  const range = byteRange(request.range, bytes.length);
  if (request.sendsBody && deliversBytes(range)) {
    await ctx.db.transaction(async (tx) => {
      if (!(await startViewing(tx, actor.staffId, mediaId, VIEWING_WINDOW_MINUTES))) return;
      await appendAuditEvent(tx, {
        actorStaffId: actor.staffId,
        actorLabel: actor.label,
        action: 'media.viewed',
        targetType: 'item',
        targetId: media.itemId,
        details: { media_id: mediaId },
      });
    });
  }
  return { bytes, contentType: media.contentType, range };
}

/** The blurred greyscale JPEG preview; 404 media.no_preview for a video. */
export async function readMediaPreview(ctx: EvidenceContext, mediaId: string): Promise<Buffer> {
  const media = await findMediaBlobs(ctx.db, mediaId);
  if (!media) throw mediaNotFound();
  if (!media.previewBlobKey)
    throw notFound('media.no_preview', 'This media has no preview (videos have none).');
  return ctx.blobs.get(media.previewBlobKey);
}

/** Removes a media record (audited), then its blobs unless another record names them. */
export async function deleteMedia(ctx: EvidenceContext, actor: StaffActor, mediaId: string): Promise<void> {
  const removed = await ctx.db.transaction(async (tx) => {
    const media = await findMediaBlobs(tx, mediaId, { forUpdate: true });
    if (!media) throw mediaNotFound();
    await deleteMediaRow(tx, mediaId);
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'media.deleted',
      targetType: 'item',
      targetId: media.itemId,
      details: { media_id: mediaId, sha256: media.sha256 },
    });
    return media;
  });
  await removeUnreferencedBlobs(
    ctx,
    [removed.blobKey, removed.previewBlobKey].filter((key): key is string => key !== null),
  );
}

/** 410: the record stays (hashes, PDQ, preview, dates), its original does not. */
const originalErased = (erasedAt: Date | string | null) => {
  const at = erasedAt ? new Date(erasedAt).toISOString() : null;
  return new AppError(
    'media.original_erased',
    410,
    `The original file is no longer kept (erased ${at ?? 'earlier'} under the retention rule of its category); its hashes and preview remain.`,
    { original_erased_at: at },
  );
};

/**
 * Erases a media's original bytes under a retention rule, keeping the record with its hashes, PDQ,
 * preview and dates; audited as media.original_erased by the system, with `reason`. True when this
 * call erased it (false: unknown, or already erased). The blob itself goes unless another record
 * names the same bytes.
 */
export async function eraseMediaOriginal(
  ctx: EvidenceContext,
  mediaId: string,
  reason: string,
): Promise<boolean> {
  const erased = await ctx.db.transaction(async (tx) => {
    const media = await findMediaBlobs(tx, mediaId, { forUpdate: true });
    if (!media?.blobKey) return null;
    await markOriginalErased(tx, mediaId);
    await appendAuditEvent(tx, {
      actorStaffId: null,
      actorLabel: 'system',
      action: 'media.original_erased',
      targetType: 'item',
      targetId: media.itemId,
      details: { media_id: mediaId, sha256: media.sha256, reason },
    });
    return media.blobKey;
  });
  if (!erased) return false;
  await removeUnreferencedBlobs(ctx, [erased]);
  return true;
}

/**
 * Deletes each of `keys` that no media row names; returns how many went. Never throws: the caller's
 * outcome (a committed deletion, or the error of a failed upload) is what the user must see; a blob
 * left behind is encrypted and unreferenced, the log says which, and the daily sweep
 * (evidence.jobs.ts) erases it.
 */
export async function removeUnreferencedBlobs(ctx: EvidenceContext, keys: string[]): Promise<number> {
  try {
    return await ctx.db.transaction(async (tx) => {
      await lockBlobKeys(tx, keys);
      let removed = 0;
      for (const key of keys) {
        if (await blobIsReferenced(tx, key)) continue;
        await ctx.blobs.delete(key);
        removed += 1;
      }
      return removed;
    });
  } catch (error) {
    ctx.log.error({ err: error, blobs: keys }, 'could not remove unreferenced evidence blobs');
    return 0;
  }
}
