/**
 * Evidence media: files an analyst attached to an item (screenshots, images, short videos). The
 * bytes live encrypted in the blob store (platform/blobs); a row holds the blob keys and what
 * matching and display need (hashes, dimensions). Blobs are shared between rows with the same bytes,
 * so a blob is removed only when no row names it any more.
 *
 * TODO: deleting an item cascades to its rows but leaves their blobs on disk; nothing deletes items
 * yet. The retention job that will must go through evidence's delete path (or sweep unreferenced blobs).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { staff } from '../../platform/auth/auth.tables.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { items } from '../intake/intake.tables.ts';

export const MEDIA_KINDS = ['image', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** The content types an upload may declare, and what kind of media each is. */
export const MEDIA_KIND_OF_TYPE = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/gif': 'image',
  'video/mp4': 'video',
  'video/webm': 'video',
} as const satisfies Record<string, MediaKind>;
export type MediaType = keyof typeof MEDIA_KIND_OF_TYPE;
export const MEDIA_TYPES = Object.keys(MEDIA_KIND_OF_TYPE) as MediaType[];

export const itemMedia = pgTable(
  'item_media',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    /** Blob-store key of the original bytes (a keyed hash: reveals nothing). */
    blobKey: text('blob_key').notNull(),
    /** Blob-store key of the blurred greyscale JPEG preview; null for videos. */
    previewBlobKey: text('preview_blob_key'),
    kind: text('kind').$type<MediaKind>().notNull(),
    contentType: text('content_type').$type<MediaType>().notNull(),
    byteSize: bigint('byte_size', { mode: 'number' }).notNull(),
    /** Pixel size as displayed (EXIF orientation applied); images only. */
    width: integer('width'),
    height: integer('height'),
    /** The uploader's file name, without any folder part, at most 200 characters. */
    fileName: text('file_name'),
    /** Hex digests of the original bytes: hash lists carry both. */
    sha256: text('sha256').notNull(),
    md5: text('md5').notNull(),
    /** PDQ hash (64 hex) and quality (0–100) of the first frame; images only. */
    pdq: text('pdq'),
    pdqQuality: integer('pdq_quality'),
    addedBy: uuid('added_by').references(() => staff.id, { onDelete: 'set null' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('item_media_item_sha256_key').on(t.itemId, t.sha256),
    index('item_media_item_idx').on(t.itemId, t.addedAt),
    // "Does another row still name this blob?" before removing it.
    index('item_media_blob_idx').on(t.blobKey),
    index('item_media_preview_blob_idx').on(t.previewBlobKey),
    check('item_media_kind_check', isOneOf(t.kind, MEDIA_KINDS)),
    check('item_media_content_type_check', isOneOf(t.contentType, MEDIA_TYPES)),
  ],
);

/**
 * When each staff member's current viewing of each original began: the last `media.viewed` written
 * for them. Bytes served within the viewing window after it belong to the same viewing (see
 * evidence.service.ts); later bytes start a new one. One row per person and media, replaced in place.
 */
export const mediaViewings = pgTable(
  'media_viewings',
  {
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    mediaId: uuid('media_id')
      .notNull()
      .references(() => itemMedia.id, { onDelete: 'cascade' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'media_viewings_pkey', columns: [t.staffId, t.mediaId] }),
    // Deleting a media removes its viewings.
    index('media_viewings_media_idx').on(t.mediaId),
  ],
);
