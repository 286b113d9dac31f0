/**
 * The capture API's shapes. The React staff app imports the types (`import type`); one schema drives
 * validation, types and the OpenAPI document.
 */
import { z } from 'zod';
import { CAPTURE_MEDIA_OUTCOMES, CAPTURE_STATES, SCREENSHOT_OUTCOMES } from './capture.tables.ts';

export {
  ACTIVE_CAPTURE_STATES,
  CAPTURE_MEDIA_OUTCOMES,
  CAPTURE_STATES,
  type CaptureMediaOutcome,
  type CaptureState,
  SCREENSHOT_OUTCOMES,
  type ScreenshotOutcome,
} from './capture.tables.ts';

export const captureIdParam = z.object({ id: z.uuid('not a capture id') });

const hop = z.object({
  url: z.string(),
  status: z.number(),
  location: z.string().nullable(),
  address: z.string(),
});

export const capture = z.object({
  id: z.string(),
  item_id: z.string(),
  url: z.string(),
  requested_by: z.object({ id: z.string(), display_name: z.string() }).nullable(),
  requested_at: z.string(),
  state: z.enum(CAPTURE_STATES),
  /** Attempts started; a transient failure (time-out, connection refused, 502/503/504…) is retried. */
  attempts: z.number(),
  finished_at: z.string().nullable(),
  /** The page itself: what the fetcher saw. */
  final_url: z.string().nullable(),
  status: z.number().nullable(),
  content_type: z.string().nullable(),
  redirects: z.array(hop),
  /** As received, except Set-Cookie: a session the site gave the fetcher is not evidence. */
  response_headers: z.record(z.string(), z.string()).nullable(),
  /** The IP address the fetcher connected to. */
  address: z.string().nullable(),
  /** The HTML (or the file, when the URL is an image or a video): an item_media id. */
  page_media_id: z.string().nullable(),
  /** When the pack allows a screenshot for the item's category. */
  screenshot_media_id: z.string().nullable(),
  /** What became of the screenshot, and why (null while the capture waits or runs). */
  screenshot: z.object({ outcome: z.enum(SCREENSHOT_OUTCOMES), reason: z.string().nullable() }).nullable(),
  /** Each embedded image or video found in the page, in the page's order. */
  media: z.array(
    z.object({
      url: z.string(),
      media_id: z.string().nullable(),
      outcome: z.enum(CAPTURE_MEDIA_OUTCOMES),
      /** The fetcher's code (address_private, content_type, too_large…) or evidence's (media.invalid). */
      code: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  /** Why the page itself could not be fetched or kept (while queued for a retry: the last attempt's). */
  error: z.object({ code: z.string(), reason: z.string() }).nullable(),
  /** What the pack keeps for the item's current category: hashes only, or the original until then. */
  retention: z.union([
    z.object({ keep: z.literal('hashes_only') }),
    z.object({ keep: z.literal('original'), until: z.string() }),
  ]),
});
export type Capture = z.output<typeof capture>;

export const captureResponse = z.object({ capture });
export type CaptureResponse = z.output<typeof captureResponse>;
export const captureList = z.object({ captures: z.array(capture) });
export type CaptureList = z.output<typeof captureList>;
