/**
 * Requests and responses of evidence media. The React staff app imports the types (`import type`);
 * one schema drives validation, types and the OpenAPI document. The upload body is the raw file, so
 * it has no schema here: media-file.ts checks it.
 */
import { z } from 'zod';
import { MEDIA_KINDS, MEDIA_TYPES } from './evidence.tables.ts';

export {
  MEDIA_KIND_OF_TYPE,
  MEDIA_KINDS,
  MEDIA_TYPES,
  type MediaKind,
  type MediaType,
} from './evidence.tables.ts';

export const mediaIdParam = z.object({ id: z.uuid('not a media id') });

export const mediaRecord = z.object({
  id: z.string(),
  item_id: z.string(),
  kind: z.enum(MEDIA_KINDS),
  content_type: z.enum(MEDIA_TYPES),
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
  /** Who attached it; null once that staff account is deleted. */
  added_by: z.object({ id: z.string(), display_name: z.string() }).nullable(),
  added_at: z.string(),
  /** The blurred greyscale preview (images), safe to show by default; null for videos. */
  preview_url: z.string().nullable(),
  /** The original file. */
  content_url: z.string(),
});
export type MediaRecord = z.output<typeof mediaRecord>;

export const mediaList = z.object({ media: z.array(mediaRecord) });
export type MediaList = z.output<typeof mediaList>;
