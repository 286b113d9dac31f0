/** What other features may use from triage: the queue's routes, item states and claims. */

export {
  assertNotClaimedByOther,
  claimedByOther,
  claimItem,
  clearClaim,
  itemNotFound,
  reassignItem,
  renewClaim,
} from './claims.service.ts';
export type { QueueRow } from './queue.queries.ts';
export { claimOf, toQueueItem } from './queue.service.ts';
export { triageRoutes } from './triage.routes.ts';
export {
  CLAIM_MINUTES,
  type ClaimInfo,
  claimInfo,
  ITEM_ORIGINS,
  ITEM_STATES,
  type ItemOrigin,
  type ItemState,
  idParam,
  OPEN_STATES,
  type QueueItem,
  queueItem,
} from './triage.schemas.ts';
export { queueViews } from './triage.tables.ts';
