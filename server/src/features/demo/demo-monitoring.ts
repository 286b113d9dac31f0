/**
 * Removal monitoring during the demo's days, through monitoring's own loop (`runMonitoring`): twice a
 * day, at 05:50 and 17:50 (after the evening's notices have left), a turn enrols the items whose
 * notice left, checks what is due — answered by the demo world (demo-checks.ts), never the network —
 * confirms removals and reappearances, and writes the reminders and escalations that are due. The
 * follow-up notices the loop writes are then released as the notices.proposals job would within the
 * minute (automatic ones approved by the system, the rest left for the liaison officer's evening) and
 * delivered through the outbox to nobody. The loop runs on the turn's clock; what it stamps with the
 * real time (rows' created_at/updated_at, the new notices and messages) is moved to the turn
 * afterwards. Its audit events keep their real time, as everywhere in the demo.
 */
import { pack } from '../../jurisdictions/index.ts';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import type { Db } from '../../platform/db/database.ts';
import { deliverDueMail } from '../../platform/mail/index.ts';
import { runMonitoring } from '../monitoring/index.ts';
import {
  followNoticeMail,
  type Notifier,
  noticeParts,
  type PartnerFor,
  runNoticeProposals,
} from '../notices/index.ts';
import {
  databaseNow,
  monitoringWorkDue,
  removalsConfirmedBetween,
  settleNoticeUpdates,
  stampMonitoring,
  stampNewMail,
  stampNewNotices,
} from './demo.queries.ts';
import { type DemoClock, demoRunChecks } from './demo-checks.ts';
import { demoSender } from './demo-notices.ts';
import type { RemovalWorld } from './demo-removals.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const BATCH = 500;
/** The shortest wait before a reminder and the most reminders, any category: when follow-ups may be due. */
const schedules = [pack.monitoring.schedule, ...Object.values(pack.monitoring.byCategory)];
const FOLLOW_UPS = {
  reminderAfterMs: Math.min(...schedules.map((s) => s.reminderAfterDays ?? Number.POSITIVE_INFINITY)) * DAY,
  reminders: Math.max(...schedules.map((s) => s.reminders ?? 0)),
};

export type WatchDesk = {
  db: Db;
  secretBox: SecretBox;
  notifier: Notifier;
  partnerFor: PartnerFor;
  world: RemovalWorld;
  worldSeed: number;
  /** The real time: no turn is taken after it. */
  now: Date;
};

const quiet = { warn() {}, error() {}, info() {} };

/**
 * The partner hotlines of `countries`, looked up once, answered from memory. The loop asks for one
 * while it holds a transaction (an escalation names the partner of the hosting country); a look-up
 * through the database handle then waits on that transaction for ever on the embedded database.
 */
export async function rememberedPartners(partnerFor: PartnerFor, countries: string[]): Promise<PartnerFor> {
  const known = new Map<string, Awaited<ReturnType<PartnerFor>>>();
  for (const country of countries) known.set(country, await partnerFor(country));
  return async (country) => known.get(country) ?? null;
}

/** The turns from the evening of `evening` to the next morning; the items whose removal they confirmed. */
export async function watchNight(desk: WatchDesk, evening: Date): Promise<string[]> {
  const confirmed: string[] = [];
  for (const at of [
    new Date(evening.getTime() + 50 * MINUTE),
    new Date(evening.getTime() + 12 * HOUR + 50 * MINUTE),
  ]) {
    // A turn needs its release and delivery minutes before the real present.
    if (at.getTime() + 10 * MINUTE > desk.now.getTime()) break;
    if (!(await monitoringWorkDue(desk.db, at, FOLLOW_UPS))) continue;
    const end = await monitoringTurn(desk, at);
    confirmed.push(...(await removalsConfirmedBetween(desk.db, at, end)));
  }
  return confirmed;
}

/** One turn at `at` (as many runs of the loop as its batches need); the clock's time at its end. */
async function monitoringTurn(desk: WatchDesk, at: Date): Promise<Date> {
  const { db } = desk;
  const mark = await databaseNow(db);
  const clock: DemoClock = { t: at };
  const ctx = {
    db,
    runChecks: demoRunChecks(db, desk.world, desk.worldSeed, clock),
    parts: noticeParts,
    notifier: desk.notifier,
    partnerFor: desk.partnerFor,
    log: quiet,
    now: () => clock.t,
  };
  let followUps = 0;
  for (;;) {
    const run = await runMonitoring(ctx, { batch: BATCH, leaseSeconds: 600 });
    followUps += run.reminders + run.escalations + run.reappeared;
    if (run.checked < BATCH && run.enrolled < BATCH) break;
  }
  const end = clock.t;
  if (followUps > 0) {
    await stampNewNotices(db, mark, at);
    // The notices.proposals job lets the automatic follow-ups go within the minute.
    const release = new Date(end.getTime() + MINUTE);
    await runNoticeProposals(
      {
        db,
        secretBox: desk.secretBox,
        notifier: desk.notifier,
        parts: noticeParts,
        log: quiet,
        partnerFor: desk.partnerFor,
        now: () => release,
      },
      { batch: BATCH },
    );
    await stampNewMail(db, mark, release);
    await deliverDueMail({
      db,
      secretBox: desk.secretBox,
      send: demoSender,
      log: quiet,
      now: () => new Date(release.getTime() + MINUTE),
      settled: followNoticeMail,
    });
    await settleNoticeUpdates(db, mark);
  }
  await stampMonitoring(db, mark, at);
  return end;
}
