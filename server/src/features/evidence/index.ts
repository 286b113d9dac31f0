/** What other features may use from evidence: its routes, its job and the media types. */
export { registerEvidenceJobs } from './evidence.jobs.ts';
export { evidenceRoutes } from './evidence.routes.ts';
export {
  MEDIA_KINDS,
  MEDIA_TYPES,
  type MediaKind,
  type MediaList,
  type MediaRecord,
  type MediaType,
} from './evidence.schemas.ts';
export { itemMedia } from './evidence.tables.ts';
