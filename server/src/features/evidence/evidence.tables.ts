/**
 * Evidence media: files an analyst attached to an item (screenshots, images, short videos), and what
 * evidence capture stored (the page, the media it embeds or is, a screenshot). The bytes live
 * encrypted in the blob store (platform/blobs); a row holds the blob keys and what matching and
 * display need (hashes, dimensions). Blobs are shared between rows with the same bytes, so a blob is
 * removed only when no row names it any more. The original's blob may go before the row does (the
 * pack's retention rule, or a category whose originals are never kept): the row then keeps its
 * hashes, PDQ, preview and dates, with `original_erased_at` saying since when.
 *
 * TODO: deleting an item cascades to its rows but leaves their blobs on disk; nothing deletes items
 * yet. The retention job that will must go through evidence's delete path (or sweep unreferenced blobs).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  customType,
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

/** A fixed-length bit string: the database compares PDQ hashes in this form (xor, bit_count). */
const bits256 = customType<{ data: string; driverData: string }>({ dataType: () => 'bit(256)' });

/** 'page' is a captured HTML page; 'screenshot' an image/png capture rendered of a page. */
export const MEDIA_KINDS = ['image', 'video', 'page', 'screenshot'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];
/** How a record came: an analyst's upload, or the server's capture of the item's URL. */
export const MEDIA_ORIGINS = ['upload', 'capture'] as const;
export type MediaOrigin = (typeof MEDIA_ORIGINS)[number];

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
/** A captured page is kept with the type it was served as; never accepted as an upload. */
export const PAGE_TYPES = ['text/html', 'application/xhtml+xml'] as const;
export type PageType = (typeof PAGE_TYPES)[number];
/** Every content type a record may hold: the upload types and the page types. */
export const STORED_TYPES: readonly (MediaType | PageType)[] = [...MEDIA_TYPES, ...PAGE_TYPES];
export type StoredType = MediaType | PageType;

export const itemMedia = pgTable(
  'item_media',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    /** Blob-store key of the original bytes (a keyed hash: reveals nothing); null once erased. */
    blobKey: text('blob_key'),
    /** Blob-store key of the blurred greyscale JPEG preview; null for videos. */
    previewBlobKey: text('preview_blob_key'),
    kind: text('kind').$type<MediaKind>().notNull(),
    contentType: text('content_type').$type<StoredType>().notNull(),
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
    /**
     * The PDQ hash as 256 bits, kept by the database: the queue's search by PDQ (triage) reads every
     * stored hash, and parsing 64 hex digits per row costs three times the comparison itself.
     */
    pdqBits: bits256('pdq_bits').generatedAlwaysAs(sql`('x' || pdq)::bit(256)`),
    /** The uploader, or the analyst who asked for the capture. */
    addedBy: uuid('added_by').references(() => staff.id, { onDelete: 'set null' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    origin: text('origin').$type<MediaOrigin>().notNull().default('upload'),
    /**
     * The capture that stored it (features/capture). No foreign key: evidence knows nothing of the
     * capture feature's tables, and a capture goes only with its item, which takes this row along.
     */
    captureId: uuid('capture_id'),
    /** When the original's bytes were erased (or, at once, never kept); hashes and preview stay. */
    originalErasedAt: timestamp('original_erased_at', { withTimezone: true }),
  },
  (t) => [
    unique('item_media_item_sha256_key').on(t.itemId, t.sha256),
    index('item_media_item_idx').on(t.itemId, t.addedAt),
    // "Does another row still name this blob?" before removing it.
    index('item_media_blob_idx').on(t.blobKey),
    index('item_media_preview_blob_idx').on(t.previewBlobKey),
    // "Have we seen this file before?": the queue's search by SHA-256 or MD5.
    index('item_media_sha256_idx').on(t.sha256),
    index('item_media_md5_idx').on(t.md5),
    check('item_media_kind_check', isOneOf(t.kind, MEDIA_KINDS)),
    check('item_media_content_type_check', isOneOf(t.contentType, STORED_TYPES)),
    check('item_media_origin_check', isOneOf(t.origin, MEDIA_ORIGINS)),
    check('item_media_capture_id_check', sql`(${t.origin} = 'capture') = (${t.captureId} is not null)`),
    check('item_media_original_check', sql`${t.blobKey} is not null or ${t.originalErasedAt} is not null`),
    // The retention job's candidates: captured originals still on disk.
    index('item_media_capture_original_idx').on(t.captureId).where(sql`${t.blobKey} is not null`),
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
