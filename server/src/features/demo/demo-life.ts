/**
 * Gives the demo's reports a life: every item is looked up (demo-hosting.ts), then the days are
 * lived in order, oldest first. Each day the items whose verdict falls on it are qualified
 * (demo-history.ts), and that evening the notices are handled (demo-notices.ts), removal monitoring
 * takes its evening and morning turns (demo-monitoring.ts) and, the next morning, some reporters are
 * told what happened (demo-feedback.ts). Living the days in order is
 * what lets the real services batch a day's notices to one host together, let delays run out, and
 * give up a bouncing message after a week. The recent days are left unfinished: items in the
 * queue, verdicts waiting for four eyes, notices waiting for approval, a batch not yet handed over.
 */
import { deliverDueMail } from '../../platform/mail/index.ts';
import { followNoticeMail } from '../notices/index.ts';
import {
  backdateItemHosting,
  hostingCountries,
  listDemoItems,
  noticeItemIds,
  noticeWorkWaiting,
} from './demo.queries.ts';
import type { Random } from './demo-data.ts';
import { informReporters } from './demo-feedback.ts';
import { type DemoCrew, replayQualification } from './demo-history.ts';
import { lookUpDemoHosting } from './demo-hosting.ts';
import { rememberedPartners, watchNight } from './demo-monitoring.ts';
import { demoSender, type NoticeDesk, noticeEvening } from './demo-notices.ts';
import { type ItemFate, planFates, workingTime } from './demo-plan.ts';
import { removalWorld } from './demo-removals.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The last evenings whose proposals stay for a person to approve. */
const UNAPPROVED_DAYS = 2;

export type LifeContext = Omit<NoticeDesk, 'crew' | 'random' | 'now' | 'settledUpTo'> & {
  publicUrl: string;
};
export type LifeOptions = {
  crew: DemoCrew;
  random: Random;
  /** The demo's present (tests fix it; by default the real time). */
  now?: Date;
  onProgress?: (step: string, done: number, total: number) => void;
};

/** 17:00 UTC of the day of `t`. */
const eveningOf = (t: Date) => {
  const evening = new Date(t);
  evening.setUTCHours(17, 0, 0, 0);
  return evening;
};

export async function liveDemoDays(ctx: LifeContext, options: LifeOptions): Promise<void> {
  const { db } = ctx;
  const { crew, random } = options;
  const now = options.now ?? new Date();
  const items = await listDemoItems(db);
  if (items.length === 0) return;

  const firstReported = new Map(items.map((i) => [i.url, i.firstReportedAt]));
  options.onProgress?.('hosting look-ups', 0, items.length);
  await lookUpDemoHosting(
    db,
    (url) => new Date((firstReported.get(url)?.getTime() ?? now.getTime()) + 2 * MINUTE),
  );
  await backdateItemHosting(db);
  options.onProgress?.('hosting look-ups', items.length, items.length);

  const today = eveningOf(now);
  const lastEvening = today.getTime() <= now.getTime() - HOUR ? today : new Date(today.getTime() - DAY);
  const fates = planFates(random, items, now, new Date(lastEvening.getTime() - 30 * MINUTE));
  const byEvening = new Map<number, ItemFate[]>();
  for (const fate of fates) {
    if (!fate.finalAt) continue;
    const key = eveningOf(fate.finalAt).getTime();
    byEvening.set(key, [...(byEvening.get(key) ?? []), fate]);
  }

  const desk: NoticeDesk = { ...ctx, crew, random, now, settledUpTo: new Date(0) };
  // The world's seed for when content goes down: drawn once, so the fates do not shift with the days.
  const worldSeed = Math.floor(random() * 2 ** 31);
  const watch = {
    ...ctx,
    partnerFor: await rememberedPartners(ctx.partnerFor, await hostingCountries(db)),
    world: removalWorld(worldSeed, now),
    worldSeed,
    now,
  };
  const firstEvening = eveningOf(items[0]?.firstReportedAt ?? now);
  const days = Math.round((lastEvening.getTime() - firstEvening.getTime()) / DAY) + 1;
  for (let d = 0; d < days; d += 1) {
    const evening = new Date(firstEvening.getTime() + d * DAY);
    const finals = byEvening.get(evening.getTime()) ?? [];
    await replayQualification(db, crew, finals, random);
    // A quiet day (a weekend) has nothing to route, send or hand over; monitoring goes on regardless.
    const busy = finals.length > 0 || (await noticeWorkWaiting(db));
    const approving = evening.getTime() <= lastEvening.getTime() - UNAPPROVED_DAYS * DAY;
    const settled = busy ? await noticeEvening(desk, evening, approving) : { sent: [], failed: [] };
    const removed = await watchNight(watch, evening);
    // Told once the outcome is known: a closing verdict, a notice that left, a confirmed removal.
    const told = [
      ...new Set([
        ...finals.map((f) => f.itemId),
        ...(await noticeItemIds(
          db,
          settled.sent.map((n) => n.id),
        )),
        ...removed,
      ]),
    ];
    const morning = workingTime(new Date(evening.getTime() + 15 * HOUR), random, 120);
    if (morning < now && told.length > 0) {
      await informReporters(
        { db, publicUrl: ctx.publicUrl, random },
        crew.analysts[d % 2 === 0 ? 0 : 1],
        told,
        morning,
      );
    }
    options.onProgress?.('days lived', d + 1, days);
  }

  // Work in progress: claimed, waiting for a second analyst, or for a supervisor.
  await replayQualification(
    db,
    crew,
    fates.filter((f) => !f.finalAt),
    random,
  );
  // Anything left due in the outbox leaves now (still through the demo's sender: to nobody).
  await deliverDueMail({
    db,
    secretBox: ctx.secretBox,
    send: demoSender,
    log: { warn() {}, error() {} },
    settled: followNoticeMail,
  });
}
