/**
 * An analyst's exposure to revealed media: recording it (per staff member per UTC day, an upsert),
 * their own figures and whether a break is due, and whether they share their figures with
 * supervisors. Exposure records are not audited on purpose: the audit log is read by auditors, and
 * an analyst's exposure is theirs to share or not. Changing the sharing choice is audited.
 */
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { Db, Queryable, Tx } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors.ts';
import { items } from '../intake/index.ts';
import type { ExposureInput, MyWellbeing } from './wellbeing.schemas.ts';
import { exposureDays, exposureRecords, wellbeingPreferences } from './wellbeing.tables.ts';

/** A pause this long ends a stretch of exposure: the break counter starts again after it. */
export const PAUSE_MINUTES = 15;
const PAUSE_MS = PAUSE_MINUTES * 60_000;
const DAY_MS = 86_400_000;
/** A day has no more seconds than this, whatever a client sends. */
const SECONDS_PER_DAY = 86_400;
/** How long a record id is remembered: the app gives up resending a record well before this. */
const RECORD_ID_MEMORY_MS = 7 * DAY_MS;

export type WellbeingContext = { db: Db; breakMinutes: number; now?: () => Date };
type Actor = { staffId: string; label: string };

/** UTC day as YYYY-MM-DD. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
/** Today and the six days before, oldest first. */
export const lastSevenDays = (now: Date) =>
  Array.from({ length: 7 }, (_, i) => dayOf(new Date(now.getTime() - (6 - i) * DAY_MS)));

export async function recordExposure(
  ctx: WellbeingContext,
  staffId: string,
  input: ExposureInput,
): Promise<MyWellbeing> {
  const now = ctx.now?.() ?? new Date();
  if (input.item_id) {
    const [item] = await ctx.db.select({ id: items.id }).from(items).where(eq(items.id, input.item_id));
    if (!item) throw notFound('item.not_found', 'No item with this id.');
  }
  // The stretch goes on unless the media was last blurred a full pause before this reveal began.
  const pauseBefore = new Date(now.getTime() - input.seconds * 1000 - PAUSE_MS);
  await ctx.db.transaction(async (tx) => {
    if (input.record_id && !(await isFirstDelivery(tx, staffId, input.record_id, now))) return;
    await addExposure(tx, staffId, input.seconds, now, pauseBefore);
  });
  return myWellbeing(ctx, staffId);
}

/** True the first time this record id arrives; forgets ids older than RECORD_ID_MEMORY_MS. */
async function isFirstDelivery(tx: Tx, staffId: string, recordId: string, now: Date): Promise<boolean> {
  await tx
    .delete(exposureRecords)
    .where(
      and(
        eq(exposureRecords.staffId, staffId),
        lt(exposureRecords.receivedAt, new Date(now.getTime() - RECORD_ID_MEMORY_MS)),
      ),
    );
  const inserted = await tx
    .insert(exposureRecords)
    .values({ staffId, recordId, receivedAt: now })
    .onConflictDoNothing()
    .returning({ recordId: exposureRecords.recordId });
  return inserted.length === 1;
}

async function addExposure(tx: Tx, staffId: string, seconds: number, now: Date, pauseBefore: Date) {
  await tx
    .insert(exposureDays)
    .values({
      staffId,
      day: dayOf(now),
      seconds,
      reveals: 1,
      streakSeconds: seconds,
      lastExposureAt: now,
    })
    .onConflictDoUpdate({
      target: [exposureDays.staffId, exposureDays.day],
      set: {
        seconds: sql`least(${exposureDays.seconds} + excluded.seconds, ${SECONDS_PER_DAY})`,
        reveals: sql`${exposureDays.reveals} + 1`,
        streakSeconds: sql`case when ${exposureDays.lastExposureAt} < ${pauseBefore.toISOString()}::timestamptz
          then excluded.streak_seconds
          else least(${exposureDays.streakSeconds} + excluded.streak_seconds, ${SECONDS_PER_DAY}) end`,
        lastExposureAt: sql`greatest(${exposureDays.lastExposureAt}, excluded.last_exposure_at)`,
      },
    });
}

export async function isSharing(db: Queryable, staffId: string): Promise<boolean> {
  const [row] = await db
    .select({ share: wellbeingPreferences.shareExposure })
    .from(wellbeingPreferences)
    .where(eq(wellbeingPreferences.staffId, staffId));
  return row?.share ?? false;
}

export async function myWellbeing(ctx: WellbeingContext, staffId: string): Promise<MyWellbeing> {
  const now = ctx.now?.() ?? new Date();
  const days = lastSevenDays(now);
  const today = days[6] as string;
  const rows = await ctx.db
    .select()
    .from(exposureDays)
    .where(and(eq(exposureDays.staffId, staffId), gte(exposureDays.day, days[0] as string)));
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const todayRow = byDay.get(today);
  const pausedSince = todayRow ? now.getTime() - todayRow.lastExposureAt.getTime() : Number.POSITIVE_INFINITY;
  const continuous = todayRow && pausedSince < PAUSE_MS ? todayRow.streakSeconds : 0;
  const last7 = days.map((date) => ({ date, seconds: byDay.get(date)?.seconds ?? 0 }));
  return {
    today: { date: today, seconds: todayRow?.seconds ?? 0, reveals: todayRow?.reveals ?? 0 },
    last_7_days: last7,
    week_seconds: last7.reduce((sum, d) => sum + d.seconds, 0),
    break: {
      threshold_minutes: ctx.breakMinutes,
      continuous_seconds: continuous,
      pause_minutes: PAUSE_MINUTES,
      due: continuous >= ctx.breakMinutes * 60,
    },
    sharing: await isSharing(ctx.db, staffId),
  };
}

export async function setSharing(db: Db, share: boolean, actor: Actor): Promise<{ share: boolean }> {
  await db.transaction(async (tx) => {
    const previous = await isSharing(tx, actor.staffId);
    await tx
      .insert(wellbeingPreferences)
      .values({ staffId: actor.staffId, shareExposure: share })
      .onConflictDoUpdate({
        target: wellbeingPreferences.staffId,
        set: { shareExposure: share, updatedAt: new Date() },
      });
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'wellbeing.sharing_changed',
      targetType: 'staff',
      targetId: actor.staffId,
      details: { share, previous },
    });
  });
  return { share };
}
