/** What other features may use from evidence: its routes and the media types. */
export { evidenceRoutes } from './evidence.routes.ts';
export { MEDIA_TYPES, type MediaList, type MediaRecord } from './evidence.schemas.ts';
export { itemMedia } from './evidence.tables.ts';
