/** What other features may use from wellbeing. */

export { wellbeingRoutes } from './wellbeing.routes.ts';
export { myWellbeing, recordExposure, setSharing } from './wellbeing.service.ts';
export { exposureDays, wellbeingPreferences } from './wellbeing.tables.ts';
export { teamWellbeing } from './wellbeing-team.ts';
