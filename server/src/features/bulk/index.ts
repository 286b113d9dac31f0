/** What other features may use from the queue's bulk actions: their routes and their outcomes. */
export { bulkRoutes } from './bulk.routes.ts';
export { BULK_OUTCOMES, type BulkResponse, type BulkResult, CLOSING_VERDICTS } from './bulk.schemas.ts';
