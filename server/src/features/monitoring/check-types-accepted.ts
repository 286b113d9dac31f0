/**
 * What a check asks for and how it tells a page or an image. Every type is accepted, not only pages
 * and media: a host that answers 200 with "file not found" as text must count as a soft 404, and a
 * captured image served as application/octet-stream is still the captured bytes. The Accept header
 * still says what a check prefers.
 */
import { MEDIA_TYPES, PAGE_TYPES, sniffMediaType } from '../evidence/index.ts';

const VIDEO_TYPES = MEDIA_TYPES.filter((type) => type.startsWith('video/'));

export const ANY_TYPE_ACCEPT = [...PAGE_TYPES, 'image/*', ...VIDEO_TYPES, '*/*'];

/** The media type of a Content-Type header, lower case, without parameters. */
function mediaTypeOf(contentType: string | null): string | null {
  return contentType?.split(';')[0]?.trim().toLowerCase() || null;
}

export function isPageBody(contentType: string | null): boolean {
  const type = mediaTypeOf(contentType);
  return type !== null && (PAGE_TYPES as readonly string[]).includes(type);
}

/** An image by its declared type, or by its bytes when the server names it vaguely. */
export async function isImageBody(body: Buffer, contentType: string | null): Promise<boolean> {
  const type = mediaTypeOf(contentType);
  if (type?.startsWith('image/')) return true;
  if (isPageBody(contentType) || body.length === 0) return false;
  return (await sniffMediaType(body))?.startsWith('image/') ?? false;
}
