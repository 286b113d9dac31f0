/**
 * What other features may use from outcomes: the derivation of what a reporter is told about each
 * address, and the queries that feed it. No routes: the status page and the feedback API show it.
 */

export {
  type AddressStanding,
  isReportedIn,
  itemStanding,
  reportedAddressStandings,
  reportsNaming,
} from './outcome.queries.ts';
export {
  deriveItemStanding,
  ITEM_OUTCOMES,
  ITEM_PUBLIC_STATUSES,
  type ItemFacts,
  type ItemOutcome,
  type ItemPublicStatus,
  type ItemStanding,
  isOutcome,
  publicStatusOf,
  type ReportSummary,
  summariseReport,
} from './outcome.ts';
