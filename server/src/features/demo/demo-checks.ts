/**
 * The demo's removal checker: monitoring's `runChecks` answered by the made-up world instead of the
 * network (every demo address is under .example or .test, and nothing here opens a connection). Each
 * answer is the CheckRecord the real checker (monitoring/check-item.ts) would write for what the world
 * holds at that moment, by its own rules: content still up is "same_bytes" when the item has captured
 * media and "answers_without_evidence" when it has none; content gone answers 404 or 410, or its name
 * or server is gone, or (with captured media only) the page answers without it ("content_gone"). A
 * few checks time out and say nothing. The checks of a turn take time: the clock moves on by each
 * check's duration (the loop dates a check from its end, less its duration).
 */
import crypto from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import type { CheckRecord, RunChecks } from '../monitoring/index.ts';
import { monitoringStarts } from './demo.queries.ts';
import { type GoneAs, onlineAt, type RemovalWorld, streamFor } from './demo-removals.ts';

/** The loop's clock during a turn, moved on as checks end. */
export type DemoClock = { t: Date };

const TIMEOUT_SHARE = 0.015;

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

type Finding = Omit<CheckRecord, 'startedAt' | 'durationMs'>;
type Evidence = { sha256: string[]; pdq: string[] };

/** What the real checker finds at a page that is still up. */
function upFinding(url: string, evidence: Evidence, version: number): Finding {
  const captured = evidence.sha256[0];
  if (captured) {
    return {
      outcome: 'online',
      reason: 'same_bytes',
      status: 200,
      finalUrl: url,
      bodySha256: captured,
      pdq: null,
    };
  }
  return {
    outcome: 'online',
    reason: 'answers_without_evidence',
    status: 200,
    finalUrl: url,
    bodySha256: sha256(`${url}#${version}`),
    pdq: null,
  };
}

/** What the real checker finds once the content is gone, in the way this item went. */
function goneFinding(url: string, goneAs: GoneAs, evidence: Evidence): Finding {
  const host = new URL(url).hostname;
  const page = (status: number) => ({
    status,
    finalUrl: url,
    bodySha256: sha256(`${host}#${status}`),
    pdq: null,
  });
  // Without captured media, a page that answers 200 cannot be called removed: it went as a 404.
  const as =
    goneAs === 'content_gone' && evidence.sha256.length + evidence.pdq.length === 0 ? 'not_found' : goneAs;
  switch (as) {
    case 'not_found':
      return { outcome: 'removed', reason: 'not_found', ...page(404) };
    case 'gone':
      return { outcome: 'removed', reason: 'gone', ...page(410) };
    case 'content_gone':
      return { outcome: 'removed', reason: 'content_gone', ...page(200) };
    default:
      return { outcome: 'removed', reason: as, status: null, finalUrl: null, bodySha256: null, pdq: null };
  }
}

/** The demo world as the loop's `runChecks`: every task answered, in address order, on `clock`. */
export function demoRunChecks(db: Db, world: RemovalWorld, worldSeed: number, clock: DemoClock): RunChecks {
  return async (tasks, onResult) => {
    const starts = await monitoringStarts(
      db,
      tasks.map((t) => t.id),
    );
    const ordered = [...tasks].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    for (const task of ordered) {
      const start = starts.get(task.id);
      if (!start) continue;
      const at = clock.t;
      const random = streamFor(worldSeed, `${task.url}@${at.getTime()}`);
      const fate = world({ url: task.url, category: start.category, firstNoticeAt: start.firstNoticeAt });
      let finding: Finding;
      let durationMs = Math.round(60 + random() * 700);
      if (random() < TIMEOUT_SHARE) {
        finding = {
          outcome: 'inconclusive',
          reason: 'timeout',
          status: null,
          finalUrl: null,
          bodySha256: null,
          pdq: null,
        };
        durationMs = 15_000;
      } else if (onlineAt(fate, at)) {
        const version = fate.back && at >= fate.back.from ? 1 : 0;
        finding = upFinding(task.url, task.fingerprints, version);
      } else {
        finding = goneFinding(task.url, fate.goneAs, task.fingerprints);
      }
      clock.t = new Date(at.getTime() + durationMs);
      await onResult(task.id, { ...finding, startedAt: at, durationMs });
    }
  };
}
