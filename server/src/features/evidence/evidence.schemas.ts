/**
 * Requests and responses of evidence media. The React staff app imports the types (`import type`);
 * one schema drives validation, types and the OpenAPI document. The upload body is the raw file, so
 * it has no schema here: media-file.ts checks it.
 */
import { z } from 'zod';
import { MEDIA_KINDS, MEDIA_ORIGINS, STORED_TYPES } from './evidence.tables.ts';

export {
  MEDIA_KIND_OF_TYPE,
  MEDIA_KINDS,
  MEDIA_ORIGINS,
  MEDIA_TYPES,
  type MediaKind,
  type MediaOrigin,
  type MediaType,
  PAGE_TYPES,
  type PageType,
  STORED_TYPES,
  type StoredType,
} from './evidence.tables.ts';

export const mediaIdParam = z.object({ id: z.uuid('not a media id') });

export const mediaRecord = z.object({
  id: z.string(),
  item_id: z.string(),
  kind: z.enum(MEDIA_KINDS),
  content_type: z.enum(STORED_TYPES),
  byte_size: z.number(),
  /** Pixel size as displayed (EXIF orientation applied); images only. */
  width: z.number().nullable(),
  height: z.number().nullable(),
  file_name: z.string().nullable(),
  sha256: z.string(),
  md5: z.string(),
  /** PDQ hash of the first frame (64 hex digits) and its quality (0–100); images only. */
  pdq: z.string().nullable(),
  pdq_quality: z.number().nullable(),
  /** Who attached it (or asked for the capture that stored it); null once that account is deleted. */
  added_by: z.object({ id: z.string(), display_name: z.string() }).nullable(),
  added_at: z.string(),
  /** 'upload', or 'capture' with the capture's id (GET /api/captures/:id). */
  origin: z.enum(MEDIA_ORIGINS),
  capture_id: z.string().nullable(),
  /** Set when the original is gone (retention ended, or never kept): content_url then answers 410. */
  original_erased_at: z.string().nullable(),
  /** The blurred greyscale preview (images), safe to show by default; null for videos. */
  preview_url: z.string().nullable(),
  /** The original file (a captured page is served as text/plain: its source, never rendered). */
  content_url: z.string(),
});
export type MediaRecord = z.output<typeof mediaRecord>;

export const mediaList = z.object({ media: z.array(mediaRecord) });
export type MediaList = z.output<typeof mediaList>;
