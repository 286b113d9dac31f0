/**
 * The team's load for supervisors: how many analysts, total exposure and items assessed today and
 * over seven days, and individual figures only for staff who chose to share them.
 * "Items assessed" counts distinct items with an `assessment.*` audit event: the qualification stage
 * audits every assessment, so this needs no knowledge of its tables.
 */
import { and, count, countDistinct, eq, gte, isNull, like, sql, sum } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { staff } from '../../platform/auth/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { TeamWellbeing } from './wellbeing.schemas.ts';
import { lastSevenDays } from './wellbeing.service.ts';
import { exposureDays, wellbeingPreferences } from './wellbeing.tables.ts';

async function exposureSince(db: Queryable, day: string): Promise<number> {
  const [row] = await db
    .select({ total: sum(exposureDays.seconds) })
    .from(exposureDays)
    .where(gte(exposureDays.day, day));
  return Number(row?.total ?? 0);
}

async function itemsAssessedSince(db: Queryable, day: string): Promise<number> {
  const [row] = await db
    .select({ n: countDistinct(auditEvents.targetId) })
    .from(auditEvents)
    .where(and(like(auditEvents.action, 'assessment.%'), gte(auditEvents.at, `${day}T00:00:00Z`)));
  return row?.n ?? 0;
}

export async function teamWellbeing(db: Queryable, now = new Date()): Promise<TeamWellbeing> {
  const days = lastSevenDays(now);
  const weekStart = days[0] as string;
  const today = days[6] as string;
  const [analysts] = await db
    .select({ n: count() })
    .from(staff)
    .where(and(eq(staff.role, 'analyst'), isNull(staff.disabledAt)));
  const perStaff = await db
    .select({
      staffId: exposureDays.staffId,
      displayName: staff.displayName,
      role: staff.role,
      share: wellbeingPreferences.shareExposure,
      todaySeconds: sql<number>`coalesce(sum(${exposureDays.seconds}) filter (where ${exposureDays.day} = ${today}), 0)::int`,
      weekSeconds: sql<number>`coalesce(sum(${exposureDays.seconds}), 0)::int`,
    })
    .from(exposureDays)
    .innerJoin(staff, eq(staff.id, exposureDays.staffId))
    .leftJoin(wellbeingPreferences, eq(wellbeingPreferences.staffId, exposureDays.staffId))
    .where(gte(exposureDays.day, weekStart))
    .groupBy(exposureDays.staffId, staff.displayName, staff.role, wellbeingPreferences.shareExposure);
  // Sharers without exposure this week are listed too, with zeros: sharing is a standing choice.
  const quietSharers = await db
    .select({ staffId: staff.id, displayName: staff.displayName, role: staff.role })
    .from(wellbeingPreferences)
    .innerJoin(staff, eq(staff.id, wellbeingPreferences.staffId))
    .where(and(eq(wellbeingPreferences.shareExposure, true), isNull(staff.disabledAt)));
  const members = perStaff
    .filter((r) => r.share)
    .map((r) => ({
      staff_id: r.staffId,
      display_name: r.displayName,
      role: r.role,
      today_seconds: r.todaySeconds,
      week_seconds: r.weekSeconds,
    }));
  for (const s of quietSharers) {
    if (members.some((m) => m.staff_id === s.staffId)) continue;
    members.push({
      staff_id: s.staffId,
      display_name: s.displayName,
      role: s.role,
      today_seconds: 0,
      week_seconds: 0,
    });
  }
  members.sort((a, b) => a.display_name.localeCompare(b.display_name));
  return {
    analysts: analysts?.n ?? 0,
    today: {
      exposure_seconds: await exposureSince(db, today),
      items_assessed: await itemsAssessedSince(db, today),
    },
    last_7_days: {
      exposure_seconds: await exposureSince(db, weekStart),
      items_assessed: await itemsAssessedSince(db, weekStart),
    },
    members,
    not_sharing: perStaff.filter((r) => !r.share).length,
  };
}
