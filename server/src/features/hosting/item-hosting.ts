/**
 * Every item gets its hosting record, by itself: new items are enrolled and looked up by the
 * `hosting.lookups` job, a look-up that hit a passing failure (a DNS timeout, a registry's rate
 * limit) is tried again later with a growing delay, and staff or a coming notice can ask for a new
 * one. A look-up never blocks anyone: the item page shows "looking up" until the record is there.
 */

import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { StaffActor } from '../../platform/auth/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { createWakeSignal } from '../../platform/jobs/index.ts';
import { itemNotFound } from '../triage/index.ts';
import { PASSING_DNS_PROBLEMS } from './dns-lookup.ts';
import {
  enrolItemsWithoutHosting,
  findHostingRecordViews,
  findItemHosting,
  insertHostingRecord,
  itemExists,
  markLookupDue,
  settleItemHosting,
  takeDueLookups,
} from './hosting.queries.ts';
import type { ItemHostingView } from './hosting.schemas.ts';
import type { HostingState } from './hosting.tables.ts';
import type { HostingLookup, LookupProblem } from './hosting.types.ts';
import type { LookUpHosting } from './hosting-service.ts';
import { PASSING_RDAP_PROBLEMS } from './rdap-client.ts';

/** Waits before each retry of a look-up that hit a passing failure; then it gives up. */
export const RETRY_DELAYS_MINUTES = [1, 5, 30, 120, 720] as const;

/** Problems that may go away by themselves (anything else is an answer: NXDOMAIN, no address…). */
const PASSING: Record<LookupProblem['stage'], ReadonlySet<string>> = {
  dns: new Set(PASSING_DNS_PROBLEMS),
  geo: new Set(),
  rdap_ip: new Set(PASSING_RDAP_PROBLEMS),
  rdap_domain: new Set(PASSING_RDAP_PROBLEMS),
};

export const isPassingProblem = (problem: LookupProblem) => PASSING[problem.stage].has(problem.reason);

export type LookupRun = { enrolled: number; lookedUp: number; retrying: number };

export type ItemHostingContext = {
  db: Db;
  lookUp: LookUpHosting;
  now?: () => Date;
  log?: { warn(obj: object, msg: string): void };
};

/**
 * Enrols items without a hosting row, then looks up what is due, `concurrency` at a time (each
 * look-up mostly waits on DNS and registries). Returns what it did.
 */
export async function runDueLookups(
  ctx: ItemHostingContext,
  options: { batch: number; concurrency: number; leaseSeconds?: number } = { batch: 200, concurrency: 8 },
): Promise<LookupRun> {
  const enrolled = await enrolItemsWithoutHosting(ctx.db, options.batch);
  const due = await takeDueLookups(ctx.db, options.batch, options.leaseSeconds ?? 300);
  let retrying = 0;
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const job = due[next++];
      if (!job) break;
      const state = await lookUpOne(ctx, job);
      if (state === 'retrying') retrying += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, due.length) }, worker));
  return { enrolled, lookedUp: due.length, retrying };
}

async function lookUpOne(
  ctx: ItemHostingContext,
  job: Awaited<ReturnType<typeof takeDueLookups>>[number],
): Promise<HostingState> {
  const now = ctx.now?.() ?? new Date();
  let lookup: HostingLookup;
  try {
    lookup = await ctx.lookUp(job.url);
  } catch (error) {
    // Only a URL that is not one throws; stored items are normalised, so this is a bug to see.
    ctx.log?.warn({ err: error, item_id: job.itemId }, 'hosting look-up failed');
    await settleItemHosting(ctx.db, job.itemId, {
      state: 'gave_up',
      attempts: job.attempts + 1,
      dueAt: null,
    });
    return 'gave_up';
  }
  const attempts = job.attempts + 1;
  const passing = lookup.problems.some(isPassingProblem);
  const delay = RETRY_DELAYS_MINUTES[attempts - 1];
  const state: HostingState = !passing ? 'done' : delay !== undefined ? 'retrying' : 'gave_up';
  await ctx.db.transaction(async (tx) => {
    const recordId = await insertHostingRecord(tx, {
      itemId: job.itemId,
      reason: job.reason,
      requestedBy: job.requestedBy,
      lookup,
    });
    await settleItemHosting(tx, job.itemId, {
      state,
      attempts,
      dueAt: state === 'retrying' ? new Date(now.getTime() + (delay ?? 0) * 60_000) : null,
      latestRecordId: recordId,
      country: lookup.country,
    });
  });
  return state;
}

/** An item's hosting as the item page shows it; 404 item.not_found for an unknown item. */
export async function getItemHosting(db: Db, itemId: string): Promise<ItemHostingView> {
  const [row, records] = await Promise.all([
    findItemHosting(db, itemId),
    findHostingRecordViews(db, itemId, RECORDS_SHOWN),
  ]);
  if (!row && !(await itemExists(db, itemId))) throw itemNotFound();
  return {
    item_id: itemId,
    state: row?.state ?? 'pending',
    next_lookup_at: row?.dueAt ? row.dueAt.toISOString() : row ? null : new Date().toISOString(),
    attempts: row?.attempts ?? 0,
    records: records.map((r) => ({
      id: r.id,
      looked_up_at: new Date(r.looked_up_at).toISOString(),
      reason: r.reason,
      requested_by: r.staff_id && r.display_name ? { id: r.staff_id, display_name: r.display_name } : null,
      lookup: r.lookup,
    })),
  };
}

/** Someone asks for a new look-up (audited); it runs within seconds as a job, never in the request. */
export async function requestHostingLookup(db: Db, itemId: string, actor: StaffActor): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await itemExists(tx, itemId))) throw itemNotFound();
    await markLookupDue(tx, itemId, 'asked_again', actor.staffId);
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'hosting.lookup_requested',
      targetType: 'item',
      targetId: itemId,
    });
  });
  announceDueLookups();
}

/** For the notices to come: the record a notice cites must be fresh, so one is looked up first. */
export async function lookUpBeforeNotice(db: Db, itemId: string): Promise<void> {
  await markLookupDue(db, itemId, 'before_notice', null);
  announceDueLookups();
}

const RECORDS_SHOWN = 10;

/** Wakes this process's look-up job now instead of at its next minute. */
export const dueLookups = createWakeSignal();
export const announceDueLookups = dueLookups.announce;
