/**
 * What happens to each demo item, decided before anything is written: who claims it and when, the
 * verdict, whether four eyes apply and whether the second analyst disagrees, and how far an item
 * received recently has got. Pure and seeded, so `--seed` gives the same histories. Times fall in
 * working hours (Monday to Friday, 08:00–16:30 UTC): analysts do not qualify at night, and the
 * day's notices are handled after 17:00 (demo-life.ts). Nothing is written here: demo-history.ts
 * replays the plan through qualification's own services.
 */
import { pack } from '../../jurisdictions/index.ts';
import type { Verdict } from '../../jurisdictions/jurisdiction.ts';
import { ADVERSE, needsFourEyes, type Resolution } from '../qualification/index.ts';
import { type Random, weighted } from './demo-data.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Verdict shares by claimed category: most child abuse material reports are confirmed, most hate
 * reports are offensive but lawful speech, "other" is mostly out of scope. Overall about 30% illegal.
 */
const VERDICT_WEIGHTS: Record<string, Array<[Verdict, number]>> = {
  child_sexual_abuse_material: [
    ['illegal', 66],
    ['not_illegal', 14],
    ['out_of_scope', 5],
    ['unreachable', 15],
  ],
  hate_racial_religious: [
    ['illegal', 20],
    ['not_illegal', 67],
    ['out_of_scope', 5],
    ['unreachable', 8],
  ],
  hate_sex_gender_disability: [
    ['illegal', 18],
    ['not_illegal', 70],
    ['out_of_scope', 5],
    ['unreachable', 7],
  ],
  harmful_to_minors: [
    ['harmful_to_minors', 45],
    ['not_illegal', 40],
    ['unreachable', 15],
  ],
  sexual_harassment: [
    ['illegal', 15],
    ['not_illegal', 55],
    ['out_of_scope', 25],
    ['unreachable', 5],
  ],
  non_consensual_intimate_images: [
    ['illegal', 40],
    ['not_illegal', 35],
    ['out_of_scope', 10],
    ['unreachable', 15],
  ],
  other: [
    ['out_of_scope', 55],
    ['not_illegal', 35],
    ['unreachable', 10],
  ],
};
const DEFAULT_VERDICTS: Array<[Verdict, number]> = [
  ['illegal', 30],
  ['not_illegal', 50],
  ['out_of_scope', 8],
  ['unreachable', 12],
];

/** How far an item has got: its verdict counts ('final'), or it is still in the queue. */
export const STAGES = ['untouched', 'claimed', 'awaiting_second', 'disputed', 'final'] as const;
export type Stage = (typeof STAGES)[number];

export type Qualification = {
  category: string;
  legal_bases: string[];
  verdict: Verdict;
  details: Record<string, string>;
  notes?: string;
};

export type ItemFate = {
  itemId: string;
  stage: Stage;
  /** 0 or 1: which of the two analysts assesses first (the other gives the second opinion). */
  analyst: 0 | 1;
  qualification: Qualification;
  fourEyes: boolean;
  claimedAt: Date;
  assessedAt: Date;
  /** Four eyes: when the second analyst answered, and whether they disagreed. */
  secondAt: Date | null;
  disagrees: boolean;
  /** A disagreement settled by the supervisor: kept ('uphold') or replaced by their own verdict. */
  resolution: { at: Date; decision: Resolution } | null;
  /** When the verdict counts (null while it does not). */
  finalAt: Date | null;
};

export type PlannedItem = { id: string; category: string; firstReportedAt: Date };

const isWorkingDay = (t: Date) => t.getUTCDay() !== 0 && t.getUTCDay() !== 6;

/** The first working moment at or after `t`, plus up to `spreadMinutes` of the analyst's own pace. */
export function workingTime(t: Date, random: Random, spreadMinutes = 90): Date {
  const at = new Date(t);
  for (let guard = 0; guard < 10; guard += 1) {
    const hour = at.getUTCHours() + at.getUTCMinutes() / 60;
    if (isWorkingDay(at) && hour >= 8 && hour < 16.5) break;
    if (isWorkingDay(at) && hour < 8) at.setUTCHours(8, 0, 0, 0);
    else {
      at.setUTCDate(at.getUTCDate() + 1);
      at.setUTCHours(8, 0, 0, 0);
    }
  }
  const paced = new Date(at.getTime() + random() * spreadMinutes * 60_000);
  // Past 16:30, the work waits for the next morning (the day's notices go at 17:00).
  return paced.getUTCHours() + paced.getUTCMinutes() / 60 >= 16.5 ? workingTime(paced, random, 30) : paced;
}

/** A qualification the pack accepts: the category's legal bases and detail fields, by its own lists. */
export function qualificationFor(random: Random, categoryId: string, verdict: Verdict): Qualification {
  const category = pack.categories.find((c) => c.id === categoryId);
  if (!category) return { category: categoryId, legal_bases: [], verdict, details: {} };
  const adverse = ADVERSE.includes(verdict);
  const bases = category.legalBases.map((b) => b.code);
  const legal_bases = !adverse ? [] : bases.filter((_, k) => k === 0 || random() < 0.25);
  const details: Record<string, string> = {};
  if (adverse) {
    for (const field of category.detailFields ?? []) {
      const option = field.options[Math.floor(random() * field.options.length)];
      if (option) details[field.id] = option.id;
    }
  }
  return { category: categoryId, legal_bases, verdict, details };
}

/** Hours from a report to its first claim: the gravest categories first, the rest within days. */
function hoursToClaim(random: Random, severity: number): number {
  const mean = severity === 1 ? 6 : severity === 2 ? 20 : 48;
  return 0.2 - Math.log(1 - random()) * mean;
}

/** Chance that an item of this age is still open: the queue holds mostly the last few weeks. */
function openChance(ageDays: number): number {
  if (ageDays < 2) return 0.85;
  if (ageDays < 7) return 0.45;
  if (ageDays < 21) return 0.15;
  if (ageDays < 60) return 0.03;
  return 0;
}

/**
 * The fate of every item. `cutoff` is the last moment a verdict may count by (the last evening the
 * demo handles notices): anything planned later stays open, as work in progress.
 */
export function planFates(random: Random, planned: PlannedItem[], now: Date, cutoff: Date): ItemFate[] {
  const fates = planned.map((item): ItemFate => {
    const severity = pack.categories.find((c) => c.id === item.category)?.severity ?? 3;
    const verdict = weighted(random, VERDICT_WEIGHTS[item.category] ?? DEFAULT_VERDICTS);
    const qualification = qualificationFor(random, item.category, verdict);
    const fourEyes = needsFourEyes(pack, item.category, verdict);
    const claimedAt = workingTime(
      new Date(item.firstReportedAt.getTime() + hoursToClaim(random, severity) * HOUR),
      random,
    );
    // Finished within the working day (a claim at 16:25 is assessed the next morning), so the verdict
    // is in before that evening's notices are routed.
    const assessedAt = workingTime(new Date(claimedAt.getTime() + (5 + random() * 35) * 60_000), random, 0);
    const secondAt = fourEyes
      ? workingTime(new Date(assessedAt.getTime() + (0.5 + random() * 20) * HOUR), random, 30)
      : null;
    const disagrees = secondAt !== null && random() < 0.06;
    const resolution =
      secondAt && disagrees
        ? {
            at: workingTime(new Date(secondAt.getTime() + (2 + random() * 46) * HOUR), random),
            decision: random() < 0.7 ? ('uphold' as const) : ('replace' as const),
          }
        : null;
    const finalAt = resolution?.at ?? secondAt ?? assessedAt;
    const ageDays = (now.getTime() - item.firstReportedAt.getTime()) / DAY;
    const open = finalAt > cutoff || random() < openChance(ageDays);
    const fate: ItemFate = {
      itemId: item.id,
      stage: 'final',
      analyst: random() < 0.5 ? 0 : 1,
      qualification,
      fourEyes,
      claimedAt,
      assessedAt,
      secondAt,
      disagrees,
      resolution,
      finalAt,
    };
    if (!open) return fate;
    // Still in the queue: how far it got, never past what has happened by now.
    const reached: Stage[] = ['untouched'];
    if (claimedAt < now) reached.push('claimed');
    if (fourEyes && assessedAt < now) reached.push('awaiting_second');
    if (disagrees && secondAt && secondAt < now) reached.push('disputed');
    const stage = weighted(
      random,
      reached.map((s, k) => [s, k === 0 ? 6 : 3] as [Stage, number]),
    );
    return { ...fate, stage, finalAt: null };
  });
  return withOneForgotten(fates, planned, now);
}

/** Days after which an item nobody has touched is late, whatever its category. */
const FORGOTTEN_AFTER_DAYS = 3;

/**
 * Every queue has an item that slipped through, and supervision is there to catch it: if no open item
 * older than a few days is untouched, the oldest item of the last three weeks is left so.
 */
function withOneForgotten(fates: ItemFate[], planned: PlannedItem[], now: Date): ItemFate[] {
  const age = (k: number) => (now.getTime() - (planned[k]?.firstReportedAt.getTime() ?? now.getTime())) / DAY;
  const forgotten = (k: number) => age(k) >= FORGOTTEN_AFTER_DAYS && age(k) <= 21;
  if (fates.some((f, k) => f.stage === 'untouched' && forgotten(k))) return fates;
  const k = fates.findIndex((_, k) => forgotten(k));
  return k < 0 ? fates : fates.map((f, j) => (j === k ? { ...f, stage: 'untouched', finalAt: null } : f));
}
