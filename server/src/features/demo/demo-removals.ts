/**
 * When the demo's reported content goes down, and whether it comes back: the made-up world's side of
 * removal monitoring. Each item's fate is drawn from the demo's seed and its address (never from an
 * id or the order of checks), counted from the item's first notice that left:
 * - child sexual abuse material goes within a day or three, nearly always (the reference hotline saw
 *   all of it removed); a host that lets notices sit takes it down after the reminders;
 * - other illegal content goes more slowly (median about three days), some only after the escalation
 *   to the registrar (the name is suspended), some notified in the last months not at all;
 * - a few removed items come back a few days later (caught by the check a week after the removal)
 *   and go again after the "back online" notice.
 * Pure: demo-checks.ts turns a fate into the answer a check would get at a given moment.
 */
import crypto from 'node:crypto';
import { type Random, seededRandom, weighted } from './demo-data.ts';
import { ignoresNotices } from './demo-hosting.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How a removed item answers (check.types.ts): a 404 or 410, its name gone, or its server. */
export const GONE_REASONS = ['not_found', 'gone', 'name_gone', 'connection_refused', 'content_gone'] as const;
export type GoneAs = (typeof GONE_REASONS)[number];

export type RemovalFate = {
  /** When the content went down; null: still online at the end of the demo's period. */
  removedAt: Date | null;
  goneAs: GoneAs;
  /** A reappearance: back online from `from`, gone again at `to`. */
  back: { from: Date; to: Date } | null;
};

export type RemovalWorld = (item: { url: string; category: string; firstNoticeAt: Date }) => RemovalFate;

/** Shares of each way content goes down after a notice (a host deletes a post far more than a server). */
const GONE_AS: Array<[GoneAs, number]> = [
  ['not_found', 58],
  ['gone', 14],
  ['content_gone', 12],
  ['name_gone', 10],
  ['connection_refused', 6],
];
const CSAM = 'child_sexual_abuse_material';
/** Content left online for good is content notified in the last months of the demo. */
const RECENT_MS = 120 * DAY;

/** A random stream of its own for one address, from the demo's seed: the same item, the same fate. */
export function streamFor(worldSeed: number, key: string): Random {
  return seededRandom(crypto.createHash('sha256').update(`${worldSeed}/${key}`).digest().readUInt32BE(0));
}

/**
 * Hours from the first notice to the removal, by category and by the host's habits; null: not within
 * the demo's period (only for items notified in its last months: older ones went in the end, when
 * the registrar suspended the name).
 */
function hoursToRemoval(
  random: Random,
  category: string,
  stubbornHost: boolean,
  recent: boolean,
): number | null {
  const u = random();
  const v = random();
  if (category === CSAM) {
    if (stubbornHost) return (4 + v * 6) * 24; // after the reminders (every 3 days)
    if (u < 0.85) return 2 + v * 30;
    if (u < 0.98) return 32 + v * 40;
    return 72 + v * 96;
  }
  const suspended = (22 + v * 18) * 24; // the escalation (after three weeks) reached the registrar
  if (stubbornHost) return u < 0.35 ? (recent ? null : suspended + 40 * 24) : suspended;
  if (u < 0.02) return recent ? null : suspended + 40 * 24;
  if (u < 0.05) return suspended;
  // Median about three days: an exponential delay after a few hours at least.
  return 4 + -Math.log(1 - v) * ((3 * 24) / Math.LN2);
}

/** The world of the demo's seed, whose present is `now`. */
export function removalWorld(worldSeed: number, now: Date): RemovalWorld {
  return ({ url, category, firstNoticeAt }) => {
    const random = streamFor(worldSeed, url);
    const host = new URL(url).hostname;
    const recent = now.getTime() - firstNoticeAt.getTime() < RECENT_MS;
    const hours = hoursToRemoval(random, category, ignoresNotices(host), recent);
    const late = hours !== null && hours > 20 * 24;
    const goneAs = late ? 'name_gone' : weighted(random, GONE_AS);
    if (hours === null) return { removedAt: null, goneAs, back: null };
    const removedAt = new Date(firstNoticeAt.getTime() + hours * HOUR);
    // Back before the check a week after the removal, gone again after it.
    const from = new Date(removedAt.getTime() + (3 + random() * 3) * DAY);
    const to = new Date(from.getTime() + (6 + random() * 8) * DAY);
    const back = random() < 0.05 ? { from, to } : null;
    return { removedAt, goneAs, back };
  };
}

/** Whether the content is up at `t`. */
export function onlineAt(fate: RemovalFate, t: Date): boolean {
  if (!fate.removedAt || t < fate.removedAt) return true;
  return fate.back !== null && t >= fate.back.from && t < fate.back.to;
}
