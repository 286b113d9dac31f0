/**
 * Adding evidence to an item, through its two doors: an analyst's upload (addMedia) and the server's
 * capture of the item's URL (addCapturedMedia, called by features/capture). Both examine the file in
 * the worker pool, write its blobs first (idempotent, content-addressed), then the row and its
 * media.added event in one transaction. They differ in who is checked and what is kept:
 * - an upload is refused while someone else holds the item's claim and renews the uploader's own;
 *   the same file twice is 409 media.duplicate.
 * - a capture was checked against claims when the analyst asked for it; the work that runs later on
 *   their behalf is not refused because someone took the item since. Bytes already on the item are
 *   that record, so a retried capture stores nothing twice. When the pack keeps only hashes for the
 *   item's category, the original never reaches the blob store: the record is born erased.
 */
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { StaffActor } from '../../platform/auth/index.ts';
import type { Tx } from '../../platform/db/database.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { assertNotClaimedByOther, itemNotFound, renewClaim } from '../triage/index.ts';
import {
  findMediaBySha256,
  findMediaRecord,
  insertMedia,
  lockBlobKeys,
  lockItemForMedia,
} from './evidence.queries.ts';
import type { MediaRecord, MediaType, StoredType } from './evidence.schemas.ts';
import { type EvidenceContext, removeUnreferencedBlobs } from './evidence.service.ts';
import type { InspectedMedia } from './media-file.ts';
import type { MediaPool } from './media-pool.ts';

/** Adding evidence also needs the worker threads that examine files. */
export type UploadContext = EvidenceContext & { pool: MediaPool };

export type Upload = { bytes: Buffer; contentType: MediaType; fileName: string | null };

/** A file a capture fetched or rendered; `screenshot` marks the image/png it rendered of the page. */
export type CapturedFile = { bytes: Buffer; contentType: StoredType; screenshot?: boolean };

export type CaptureOrigin = {
  captureId: string;
  /** Who asked for the capture (the media.added actor); null once that account is gone. */
  requestedBy: StaffActor | null;
  /** False when the pack keeps only hashes for the item's category. */
  keepOriginal: boolean;
};

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
  const { id } = await storeMedia(ctx, itemId, upload.bytes, media, {
    actor,
    fileName: upload.fileName,
    capture: null,
    guard: (tx) => assertNotClaimedByOther(tx, itemId, actor.staffId),
    onDuplicate: (existing) => {
      throw duplicate(existing);
    },
    afterInsert: (tx) => renewClaim(tx, itemId, actor.staffId),
  });
  const record = await findMediaRecord(ctx.db, id);
  if (!record) throw new Error(`media ${id} vanished after its own transaction`);
  return record;
}

/**
 * Stores what a capture fetched or rendered; the media id, and whether this call made the record
 * (false: the same bytes were already on the item). Throws 400 media.invalid when the bytes are not
 * what their type says, 404 item.not_found when the item is gone.
 */
export async function addCapturedMedia(
  ctx: UploadContext,
  itemId: string,
  file: CapturedFile,
  origin: CaptureOrigin,
): Promise<{ mediaId: string; created: boolean }> {
  if (file.screenshot && file.contentType !== 'image/png') {
    throw badRequest('media.invalid', 'A screenshot is stored as image/png.');
  }
  const inspected = await ctx.pool.inspect(file.bytes, file.contentType);
  const media: InspectedMedia = file.screenshot ? { ...inspected, kind: 'screenshot' } : inspected;
  const stored = await storeMedia(ctx, itemId, file.bytes, media, {
    actor: origin.requestedBy,
    fileName: null,
    capture: origin,
    onDuplicate: (existing) => {
      if (!existing) throw new Error('a media with these bytes vanished while it was being added');
      return existing;
    },
  });
  return { mediaId: stored.id, created: stored.created };
}

type StoreRules = {
  actor: StaffActor | null;
  fileName: string | null;
  capture: CaptureOrigin | null;
  /** Checks under the item's lock, before anything is written. */
  guard?: (tx: Tx) => Promise<void>;
  /** The same bytes are already on the item: throw, or answer with that record's id. */
  onDuplicate: (existingId: string | null) => string;
  afterInsert?: (tx: Tx) => Promise<void>;
};

async function storeMedia(
  ctx: UploadContext,
  itemId: string,
  bytes: Buffer,
  media: InspectedMedia,
  rules: StoreRules,
): Promise<{ id: string; created: boolean }> {
  const keepOriginal = rules.capture?.keepOriginal ?? true;
  const originals = keepOriginal ? [bytes] : [];
  const blobs = [...originals, ...(media.preview ? [media.preview] : [])];
  const keys: string[] = [];
  let stored: { id: string; created: boolean } | undefined;
  try {
    for (const blob of blobs) keys.push((await ctx.blobs.put(blob)).key);
    const blobKey = keepOriginal ? (keys[0] ?? null) : null;
    const previewBlobKey = media.preview ? (keys[keys.length - 1] ?? null) : null;
    stored = await ctx.db.transaction(async (tx) => {
      await lockBlobKeys(tx, keys);
      // Under the lock: a clean-up that ran since our put may have removed a blob that was already
      // there (someone else's failed upload of the same bytes). Putting again restores it.
      for (const blob of blobs) await ctx.blobs.put(blob);
      if (!(await lockItemForMedia(tx, itemId))) throw itemNotFound();
      await rules.guard?.(tx);
      const existing = await findMediaBySha256(tx, itemId, media.sha256);
      if (existing) return { id: rules.onDuplicate(existing), created: false };
      const id = await insertMedia(tx, {
        itemId,
        blobKey,
        previewBlobKey,
        kind: media.kind,
        contentType: media.contentType,
        byteSize: media.byteSize,
        width: media.width,
        height: media.height,
        fileName: rules.fileName,
        sha256: media.sha256,
        md5: media.md5,
        pdq: media.pdq,
        pdqQuality: media.pdqQuality,
        addedBy: rules.actor?.staffId ?? null,
        origin: rules.capture ? 'capture' : 'upload',
        captureId: rules.capture?.captureId ?? null,
        originalErasedAt: keepOriginal ? null : new Date(),
      });
      await rules.afterInsert?.(tx);
      await appendAuditEvent(tx, {
        actorStaffId: rules.actor?.staffId ?? null,
        actorLabel: rules.actor?.label ?? 'system',
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
          ...(rules.capture
            ? { origin: 'capture', capture_id: rules.capture.captureId, original_kept: keepOriginal }
            : {}),
        },
      });
      return { id, created: true };
    });
  } catch (error) {
    if (keys.length > 0) await removeUnreferencedBlobs(ctx, keys);
    // Two adds of the same file to the same item at once: the unique constraint settles it.
    if (isUniqueViolation(error)) {
      const existing = await findMediaBySha256(ctx.db, itemId, media.sha256);
      return { id: rules.onDuplicate(existing), created: false };
    }
    throw error;
  }
  // The bytes were already there under another record, which may not keep its original.
  if (!stored.created) await removeUnreferencedBlobs(ctx, keys);
  return stored;
}
