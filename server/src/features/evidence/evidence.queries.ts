/** Queries of evidence media; no rules here (see evidence.service.ts). */
import { desc, eq, or, sql } from 'drizzle-orm';
import { staff } from '../../platform/auth/auth.tables.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { rowsOf } from '../../platform/db/database.ts';
import type { MediaRecord, StoredType } from './evidence.schemas.ts';
import { itemMedia, mediaViewings } from './evidence.tables.ts';

/** Advisory-lock class of blob keys (two-key form, apart from the audit log's one-key lock). */
const BLOB_LOCK_CLASS = 7_242_002;

export type NewMediaRow = typeof itemMedia.$inferInsert;

const recordColumns = {
  id: itemMedia.id,
  itemId: itemMedia.itemId,
  kind: itemMedia.kind,
  contentType: itemMedia.contentType,
  byteSize: itemMedia.byteSize,
  width: itemMedia.width,
  height: itemMedia.height,
  fileName: itemMedia.fileName,
  sha256: itemMedia.sha256,
  md5: itemMedia.md5,
  pdq: itemMedia.pdq,
  pdqQuality: itemMedia.pdqQuality,
  addedById: staff.id,
  addedByName: staff.displayName,
  addedAt: itemMedia.addedAt,
  origin: itemMedia.origin,
  captureId: itemMedia.captureId,
  originalErasedAt: itemMedia.originalErasedAt,
  hasPreview: sql<boolean>`${itemMedia.previewBlobKey} is not null`,
};
const selectRecords = (q: Queryable) =>
  q.select(recordColumns).from(itemMedia).leftJoin(staff, eq(staff.id, itemMedia.addedBy));
type RecordRow = Awaited<ReturnType<typeof selectRecords>>[number];

function toMediaRecord(row: RecordRow): MediaRecord {
  return {
    id: row.id,
    item_id: row.itemId,
    kind: row.kind,
    content_type: row.contentType,
    byte_size: Number(row.byteSize),
    width: row.width,
    height: row.height,
    file_name: row.fileName,
    sha256: row.sha256,
    md5: row.md5,
    pdq: row.pdq,
    pdq_quality: row.pdqQuality,
    added_by: row.addedById ? { id: row.addedById, display_name: row.addedByName ?? '' } : null,
    added_at: new Date(row.addedAt).toISOString(),
    origin: row.origin,
    capture_id: row.captureId,
    original_erased_at: row.originalErasedAt ? new Date(row.originalErasedAt).toISOString() : null,
    preview_url: row.hasPreview ? `/api/media/${row.id}/preview` : null,
    content_url: `/api/media/${row.id}/content`,
  };
}

export async function findMediaRecord(q: Queryable, id: string): Promise<MediaRecord | null> {
  const [row] = await selectRecords(q).where(eq(itemMedia.id, id));
  return row ? toMediaRecord(row) : null;
}

/** An item's media, newest first. */
export async function listItemMedia(q: Queryable, itemId: string): Promise<MediaRecord[]> {
  const rows = await selectRecords(q)
    .where(eq(itemMedia.itemId, itemId))
    .orderBy(desc(itemMedia.addedAt), desc(itemMedia.id));
  return rows.map(toMediaRecord);
}

/** What serving or deleting a media needs: its blobs and type. */
export async function findMediaBlobs(
  q: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<{
  itemId: string;
  blobKey: string | null;
  previewBlobKey: string | null;
  contentType: StoredType;
  sha256: string;
  originalErasedAt: Date | null;
} | null> {
  const query = q
    .select({
      itemId: itemMedia.itemId,
      blobKey: itemMedia.blobKey,
      previewBlobKey: itemMedia.previewBlobKey,
      contentType: itemMedia.contentType,
      sha256: itemMedia.sha256,
      originalErasedAt: itemMedia.originalErasedAt,
    })
    .from(itemMedia)
    .where(eq(itemMedia.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function itemExists(q: Queryable, itemId: string): Promise<boolean> {
  return rowsOf(await q.execute(sql`select 1 from items where id = ${itemId}`)).length > 0;
}

/** Whether the item exists; locks it against deletion until the transaction ends. */
export async function lockItemForMedia(tx: Tx, itemId: string): Promise<boolean> {
  const rows = rowsOf(await tx.execute(sql`select 1 from items where id = ${itemId} for key share`));
  return rows.length > 0;
}

export async function findMediaBySha256(
  q: Queryable,
  itemId: string,
  sha256: string,
): Promise<string | null> {
  const [row] = rowsOf<{ id: string }>(
    await q.execute(sql`select id from item_media where item_id = ${itemId} and sha256 = ${sha256}`),
  );
  return row?.id ?? null;
}

export async function insertMedia(tx: Tx, row: NewMediaRow): Promise<string> {
  const [inserted] = await tx.insert(itemMedia).values(row).returning({ id: itemMedia.id });
  if (!inserted) throw new Error('insert into item_media returned nothing');
  return inserted.id;
}

/** Forgets the original's blob; the record keeps the rest. */
export async function markOriginalErased(tx: Tx, id: string): Promise<void> {
  await tx.update(itemMedia).set({ blobKey: null, originalErasedAt: sql`now()` }).where(eq(itemMedia.id, id));
}

export async function deleteMediaRow(tx: Tx, id: string): Promise<void> {
  await tx.delete(itemMedia).where(eq(itemMedia.id, id));
}

/**
 * Serialises everything that adds or drops a reference to these blobs (uploads, deletions,
 * clean-up after a failed upload) until the transaction ends. Sorted, so two holders never deadlock.
 */
export async function lockBlobKeys(tx: Tx, keys: string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(${BLOB_LOCK_CLASS}, hashtext(${key}))`);
  }
}

/** Whether any media row names this blob (as original or preview). */
export async function blobIsReferenced(tx: Tx, key: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: itemMedia.id })
    .from(itemMedia)
    .where(or(eq(itemMedia.blobKey, key), eq(itemMedia.previewBlobKey, key)))
    .limit(1);
  return row !== undefined;
}

/**
 * Starts a viewing of this media for this staff member unless one began less than `windowMinutes`
 * ago; true when it started one. One statement: of two requests at the same moment, one starts it
 * (the other waits on the row, then finds it recent).
 */
export async function startViewing(
  tx: Tx,
  staffId: string,
  mediaId: string,
  windowMinutes: number,
): Promise<boolean> {
  const started = await tx
    .insert(mediaViewings)
    .values({ staffId, mediaId, startedAt: sql`now()` })
    .onConflictDoUpdate({
      target: [mediaViewings.staffId, mediaViewings.mediaId],
      set: { startedAt: sql`excluded.started_at` },
      setWhere: sql`${mediaViewings.startedAt} <= excluded.started_at - ${windowMinutes} * interval '1 minute'`,
    })
    .returning({ staffId: mediaViewings.staffId });
  return started.length > 0;
}
