/**
 * Requests and responses of evidence media. The React staff app imports the types (`import type`);
 * one schema drives validation, types and the OpenAPI document. The upload body is the raw file, so
 * it has no schema here: media-file.ts checks it.
 */
import { z } from 'zod';

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

export const mediaIdParam = z.object({ id: z.uuid('not a media id') });

export const mediaRecord = z.object({
  id: z.string(),
  item_id: z.string(),
  kind: z.enum(MEDIA_KINDS),
  content_type: z.string(),
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
