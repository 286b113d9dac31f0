/**
 * The rules of the loop, pure: when an item is first checked, what a check changes (a run of
 * "removed" checks confirms a removal; content found online after its removal has reappeared), and
 * when reminders and the escalation are due. The rhythm and the counts are the pack's
 * (`pack.monitoring`, e.g. jurisdictions/fr.monitoring.ts); storing and sending are monitoring-run.ts's.
 */
import { pack } from '../../jurisdictions/index.ts';
import type { MonitoringRules, MonitoringSchedule } from '../../jurisdictions/jurisdiction.ts';
import type { CheckRecord } from './check.types.ts';
import type { itemMonitoring } from './monitoring.tables.ts';

export type MonitoringRow = typeof itemMonitoring.$inferSelect;
export type MonitoringChange = Partial<typeof itemMonitoring.$inferInsert>;
/** What a check meant beyond itself: the removal is now confirmed, or removed content is back. */
export type CheckEvent = 'removal_confirmed' | 'reappeared' | null;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A first "removed" check is confirmed (or not) within the hour, not at the next daily check. */
export const CONFIRM_AFTER_MS = HOUR;

/** The category's rhythm: the pack's schedule with the category's own changes. */
export function scheduleFor(
  categoryId: string,
  rules: MonitoringRules = pack.monitoring,
): MonitoringSchedule {
  return { ...rules.schedule, ...rules.byCategory[categoryId] };
}

/** The row of an item whose first notice has just left. */
export function firstWatch(firstNoticeAt: Date, schedule: MonitoringSchedule) {
  return {
    state: 'watching' as const,
    firstNoticeAt,
    remindedFrom: firstNoticeAt,
    nextCheckAt: new Date(firstNoticeAt.getTime() + schedule.firstCheckHours * HOUR),
  };
}

/** What one check changes in the item's row (`now`: when it ended), and what it meant. */
export function afterCheck(
  row: MonitoringRow,
  check: CheckRecord,
  schedule: MonitoringSchedule,
  now: Date,
  rules: MonitoringRules = pack.monitoring,
): { change: MonitoringChange; event: CheckEvent } {
  const base: MonitoringChange = {
    lastCheckAt: check.startedAt,
    lastOutcome: check.outcome,
    leaseUntil: null,
    checkRequestedBy: null,
  };
  const next = (ms: number) => new Date(now.getTime() + ms);

  if (row.state === 'paused') return { change: { ...base, nextCheckAt: null }, event: null };

  if (row.state === 'removed') {
    if (check.outcome === 'online') {
      return {
        change: {
          ...base,
          state: 'watching',
          reappearances: row.reappearances + 1,
          reappearedAt: check.startedAt,
          removedAt: null,
          confirmedAt: null,
          closedBy: null,
          removedStreak: 0,
          streakStartedAt: null,
          checksAfterRemoval: 0,
          remindersSent: 0,
          remindedFrom: now,
          escalatedAt: null,
          nextCheckAt: next(schedule.everyHours * HOUR),
        },
        event: 'reappeared',
      };
    }
    const done = row.checksAfterRemoval + 1;
    return {
      change: {
        ...base,
        checksAfterRemoval: done,
        nextCheckAt: afterRemoval(row.removedAt ?? now, done, rules),
      },
      event: null,
    };
  }

  // Watching.
  if (check.outcome === 'removed') {
    const streak = row.removedStreak + 1;
    const since = row.streakStartedAt ?? check.startedAt;
    if (streak >= rules.confirmations) {
      return {
        change: {
          ...base,
          state: 'removed',
          removedStreak: streak,
          streakStartedAt: since,
          removedAt: since,
          firstRemovedAt: row.firstRemovedAt ?? since,
          confirmedAt: now,
          checksAfterRemoval: 0,
          nextCheckAt: afterRemoval(since, 0, rules),
        },
        event: 'removal_confirmed',
      };
    }
    return {
      change: { ...base, removedStreak: streak, streakStartedAt: since, nextCheckAt: next(CONFIRM_AFTER_MS) },
      event: null,
    };
  }
  if (check.outcome === 'online') {
    return {
      change: {
        ...base,
        removedStreak: 0,
        streakStartedAt: null,
        nextCheckAt: next(schedule.everyHours * HOUR),
      },
      event: null,
    };
  }
  // Inconclusive: the run of "removed" checks is neither broken nor extended; a run waits less.
  const wait = row.removedStreak > 0 ? CONFIRM_AFTER_MS : schedule.everyHours * HOUR;
  return { change: { ...base, nextCheckAt: next(wait) }, event: null };
}

/** The check after the `done`-th one since a removal: a few days later, or none once the list is done. */
function afterRemoval(removedAt: Date, done: number, rules: MonitoringRules): Date | null {
  const days = rules.afterRemovalDays[done];
  return days === undefined ? null : new Date(removedAt.getTime() + days * DAY);
}

/** What monitoring may owe the recipients of an item still online. */
export const FOLLOW_UPS_DUE = ['reminder', 'escalation'] as const;
export type FollowUpDue = (typeof FOLLOW_UPS_DUE)[number];

/**
 * What the recipients are owed now: a reminder, the escalation, or nothing. Only for content the last
 * check found online, once the pack's delay has passed since the first notice or the last reminder.
 */
export function followUpDue(
  row: Pick<MonitoringRow, 'state' | 'lastOutcome' | 'remindedFrom' | 'remindersSent' | 'escalatedAt'>,
  schedule: MonitoringSchedule,
  now: Date,
): FollowUpDue | null {
  if (row.state !== 'watching' || row.lastOutcome !== 'online') return null;
  if (now.getTime() < row.remindedFrom.getTime() + schedule.reminderAfterDays * DAY) return null;
  if (row.remindersSent < schedule.reminders) return 'reminder';
  return row.escalatedAt === null && schedule.escalateTo.length > 0 ? 'escalation' : null;
}
