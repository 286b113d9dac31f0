/**
 * Tells this process that reports (and so items) were stored, once their transaction has committed,
 * so work that follows a new item (its hosting look-up) starts at once instead of at its next
 * scheduled run. Losing an announcement loses nothing: the scheduled run picks the items up.
 */
import { createWakeSignal } from '../../platform/jobs/index.ts';

export const reportsStored = createWakeSignal();
export const announceReportsStored = reportsStored.announce;
export const onReportsStored = reportsStored.listen;
