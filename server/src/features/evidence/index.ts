/** What other features may use from evidence: its routes, its job, the media types and the capture door. */
export {
  addCapturedMedia,
  type CapturedFile,
  type CaptureOrigin,
  type UploadContext,
} from './add-media.ts';
export { registerEvidenceJobs } from './evidence.jobs.ts';
export { evidenceRoutes } from './evidence.routes.ts';
export {
  MEDIA_KINDS,
  MEDIA_ORIGINS,
  MEDIA_TYPES,
  type MediaKind,
  type MediaList,
  type MediaOrigin,
  type MediaRecord,
  type MediaType,
  PAGE_TYPES,
  type PageType,
  STORED_TYPES,
  type StoredType,
} from './evidence.schemas.ts';
export { type EvidenceContext, eraseMediaOriginal } from './evidence.service.ts';
export { itemMedia } from './evidence.tables.ts';
export { sniffMediaType } from './media-file.ts';
export { createMediaPool, type MediaPool } from './media-pool.ts';
