/**
 * Evidence media of an item: attach (upload), list, serve, delete. Owns the order that keeps disk
 * and database consistent: blobs are written first (idempotent, content-addressed), then the row
 * and its audit event in one transaction; a blob is removed only once no row names it, under an
 * advisory lock per blob key that uploads and removals share, so a concurrent upload of the same
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
import { assertNotClaimedByOther, itemNotFound, renewClaim } from '../triage/index.ts';
import {
  blobIsReferenced,
  deleteMediaRow,
  findMediaBlobs,
  findMediaBySha256,
  findMediaRecord,
  insertMedia,
  itemExists,
  listItemMedia,
  lockBlobKeys,
  lockItemForMedia,
  startViewing,
} from './evidence.queries.ts';
import type { MediaList, MediaRecord, MediaType } from './evidence.schemas.ts';
import type { MediaPool } from './media-pool.ts';
import { type ByteRange, byteRange, deliversBytes } from './range.ts';

export type EvidenceContext = { db: Db; blobs: BlobStore; log: FastifyBaseLogger };
/** Uploads also need the worker threads that examine files. */
export type UploadContext = EvidenceContext & { pool: MediaPool };

export type Upload = { bytes: Buffer; contentType: MediaType; fileName: string | null };

export const mediaNotFound = () => notFound('media.not_found', 'No media with this id.');

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (error: unknown) =>
  (error as { code?: string })?.code === UNIQUE_VIOLATION ||
  (error as { cause?: { code?: string } })?.cause?.code === UNIQUE_VIOLATION;

const duplicate = (existingId: string | null) =>
  new AppError(
    'media.duplicate',
    409,
    'This file (same SHA-256) is already attached to this item.',
    existingId ? { media_id: existingId } : undefined,
  );

/**
 * Attaches an uploaded file to an item; 201's MediaRecord. Like assessing it, adding evidence to an
 * item someone else holds a live claim on is refused (409 item.claimed, naming the holder): checked
 * before the file is examined, so a refused upload costs no decode, and again where it is written.
 */
export async function addMedia(
  ctx: UploadContext,
  actor: StaffActor,
  itemId: string,
  upload: Upload,
): Promise<MediaRecord> {
  await ctx.db.transaction((tx) => assertNotClaimedByOther(tx, itemId, actor.staffId));
  const media = await ctx.pool.inspect(upload.bytes, upload.contentType);
  const blobs = [upload.bytes, ...(media.preview ? [media.preview] : [])];
  const keys: string[] = [];
  try {
    for (const bytes of blobs) keys.push((await ctx.blobs.put(bytes)).key);
    const [blobKey, previewBlobKey = null] = keys as [string, string?];
    return await ctx.db.transaction(async (tx) => {
      await lockBlobKeys(tx, keys);
      // Under the lock: a clean-up that ran since our put may have removed a blob that was already
      // there (someone else's failed upload of the same bytes). Putting again restores it.
      for (const bytes of blobs) await ctx.blobs.put(bytes);
      if (!(await lockItemForMedia(tx, itemId))) throw itemNotFound();
      await assertNotClaimedByOther(tx, itemId, actor.staffId);
      const existing = await findMediaBySha256(tx, itemId, media.sha256);
      if (existing) throw duplicate(existing);
      const id = await insertMedia(tx, {
        itemId,
        blobKey,
        previewBlobKey,
        kind: media.kind,
        contentType: media.contentType,
        byteSize: media.byteSize,
        width: media.width,
        height: media.height,
        fileName: upload.fileName,
        sha256: media.sha256,
        md5: media.md5,
        pdq: media.pdq,
        pdqQuality: media.pdqQuality,
        addedBy: actor.staffId,
      });
      await renewClaim(tx, itemId, actor.staffId);
      await appendAuditEvent(tx, {
        actorStaffId: actor.staffId,
        actorLabel: actor.label,
        action: 'media.added',
        targetType: 'item',
        targetId: itemId,
        // Hashes and size identify the file for the record; never its name or contents.
        details: {
          media_id: id,
          kind: media.kind,
          content_type: media.contentType,
          byte_size: media.byteSize,
          sha256: media.sha256,
        },
      });
      const record = await findMediaRecord(tx, id);
      if (!record) throw new Error(`media ${id} vanished inside its own transaction`);
      return record;
    });
  } catch (error) {
    if (keys.length > 0) await removeUnreferencedBlobs(ctx, keys);
    // Two uploads of the same file to the same item at once: the unique constraint settles it.
    if (isUniqueViolation(error)) throw duplicate(null);
    throw error;
  }
}

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
  await removeUnreferencedBlobs(ctx, [
    removed.blobKey,
    ...(removed.previewBlobKey ? [removed.previewBlobKey] : []),
  ]);
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
