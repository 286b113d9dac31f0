/** What other features may use from capture: its routes, its jobs and the API's types. */
export {
  announceCaptureRequested,
  CAPTURE_RETENTION_JOB,
  CAPTURE_RUN_JOB,
  captureJobs,
  registerCaptureJobs,
} from './capture.jobs.ts';
export { captureRoutes } from './capture.routes.ts';
export {
  CAPTURE_MEDIA_OUTCOMES,
  CAPTURE_STATES,
  type Capture,
  type CaptureList,
  type CaptureResponse,
  SCREENSHOT_OUTCOMES,
} from './capture.schemas.ts';
export { decodeHtml, findEmbeddedMedia } from './embedded-media.ts';
