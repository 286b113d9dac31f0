/** Requests and responses of removal monitoring; the staff app imports the types. */
import { z } from 'zod';
import { requiredText } from '../../platform/http/schemas.ts';
import { CHECK_OUTCOMES } from './check.types.ts';
import { MONITORING_STATES } from './monitoring.tables.ts';

const person = z.object({ id: z.string(), display_name: z.string() });
const instant = z.string().describe('ISO 8601');

export const removalCheckView = z.object({
  id: z.string(),
  checked_at: instant,
  outcome: z.enum(CHECK_OUTCOMES),
  reason: z
    .string()
    .describe('Why: name_gone, not_found, content_gone, same_bytes… or the fetch failure code'),
  status: z.number().nullable(),
  final_url: z.string().nullable(),
  body_sha256: z.string().nullable(),
  pdq: z.string().nullable(),
  duration_ms: z.number(),
  requested_by: person.nullable().describe('Who asked for it ("check now"); null for a scheduled check'),
});
export type RemovalCheckView = z.output<typeof removalCheckView>;

export const monitoringEventView = z.object({
  at: instant,
  action: z
    .string()
    .describe(
      'monitoring.removal_confirmed, .reappeared, .reminded, .escalated, .paused, .resumed, .closed_removed, .check_requested',
    ),
  by: person.nullable().describe('null: the system'),
  details: z.record(z.string(), z.unknown()),
});

export const itemMonitoringView = z.object({
  item_id: z.string(),
  state: z.enum(MONITORING_STATES),
  first_notice_at: instant.describe('When its first notice left: time to removal starts here'),
  next_check_at: instant.nullable(),
  last_check_at: instant.nullable(),
  last_outcome: z.enum(CHECK_OUTCOMES).nullable(),
  removed_at: instant.nullable().describe('When the content was found gone (null unless removed)'),
  first_removed_at: instant.nullable(),
  hours_to_removal: z.number().nullable().describe('From the first notice to the first confirmed removal'),
  closed_by: person.nullable().describe('Recorded removed by a person rather than by the checks'),
  reappearances: z.number(),
  reappeared_at: instant.nullable(),
  reminders_sent: z.number(),
  escalated_at: instant.nullable(),
  paused: z.object({ by: person.nullable(), at: instant, reason: z.string() }).nullable(),
  check_requested: z.boolean().describe('Someone asked for a check now; it runs within the minute'),
  /** Each notice about the item that left, oldest first, with its own time to removal. */
  notices: z.array(
    z.object({
      notice_id: z.string(),
      recipient_kind: z.string(),
      purpose: z.string(),
      sent_at: instant,
      hours_to_removal: z.number().nullable().describe('From this notice leaving to the first removal'),
    }),
  ),
  /** Newest first: the last 100 checks. */
  checks: z.array(removalCheckView),
  /** Newest first. */
  events: z.array(monitoringEventView),
});
export type ItemMonitoringView = z.output<typeof itemMonitoringView>;

export const itemMonitoringResponse = z.object({
  monitoring: itemMonitoringView.nullable().describe('null: no notice about the item has left yet'),
});

export const pauseMonitoringBody = z.strictObject({ reason: requiredText(1000, 'reason') });
export const closeRemovedBody = z.strictObject({
  note: requiredText(1000, 'note').optional().describe('How the removal was seen (e.g. the host’s answer)'),
});

/** Time to removal for a group of items (a host, a country, or all). */
export const removalTimes = z.object({
  notified: z.number().describe('Items with a notice that left'),
  removed: z.number().describe('Of which the removal is confirmed (and not back since)'),
  still_online: z.number(),
  median_hours: z.number().nullable(),
  within_24h: z.number().describe('Share of notified items removed within 24 h of the first notice, 0..1'),
  within_72h: z.number(),
  within_7d: z.number(),
});
export type RemovalTimes = z.output<typeof removalTimes>;

export const overdueItemView = z.object({
  item_id: z.string(),
  url: z.string(),
  category: z.string().nullable(),
  host: z.string().nullable().describe('The network operator of the latest hosting record'),
  country: z.string().nullable(),
  first_notice_at: instant,
  hours_online: z.number(),
  reminders_sent: z.number(),
  escalated_at: instant.nullable(),
  last_check_at: instant.nullable(),
  last_outcome: z.enum(CHECK_OUTCOMES).nullable(),
  next_check_at: instant.nullable(),
});

export const monitoringOverviewQuery = z.strictObject({
  overdue_after_hours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(72)
    .describe('Online this long after the first notice counts as overdue (default 72 h)'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const monitoringOverview = z.object({
  counts: z.object({ watching: z.number(), paused: z.number(), removed: z.number(), overdue: z.number() }),
  all: removalTimes,
  /** Hosts with the most overdue items first, then the slowest. */
  by_host: z.array(removalTimes.extend({ host: z.string(), overdue: z.number() })),
  by_country: z.array(removalTimes.extend({ country: z.string() })),
  /** The longest online first. */
  overdue: z.array(overdueItemView),
});
export type MonitoringOverview = z.output<typeof monitoringOverview>;
