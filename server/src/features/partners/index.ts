/** What other features may use of the partner hotlines: the routes, the table, routing's look-up, the seed. */

export { partnerRoutes } from './partners.routes.ts';
export type {
  PartnerHotlineBody,
  PartnerHotlineInput,
  PartnerHotlineResponse,
  PartnerHotlineView,
  PartnerListResponse,
} from './partners.schemas.ts';
export { createPartnerHotline, findPartnerHotline } from './partners.service.ts';
export { PARTNER_CHANNELS, type PartnerChannel, partnerHotlines } from './partners.tables.ts';
export { seedPartnerHotlines } from './seed-partner-hotlines.ts';
