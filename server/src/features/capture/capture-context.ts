/** What running a capture needs: evidence's door and pool, the safe fetcher, the screenshot taker, limits. */
import type { SafeFetcher } from '../../platform/fetch/index.ts';
import type { UploadContext } from '../evidence/index.ts';
import type { ScreenshotTaker } from './screenshot.ts';

export type CaptureContext = UploadContext & {
  fetcher: SafeFetcher;
  screenshots: ScreenshotTaker;
  /** Embedded media per capture; their bytes in all; the bytes of one (the fetcher's own limit). */
  limits: { maxMedia: number; maxMediaBytes: number; maxBytesPerMedia: number };
};
