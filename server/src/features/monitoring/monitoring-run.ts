/**
 * One turn of the monitoring loop, as the job runs it every minute: enrol the items whose first
 * notice has left, check those that are due (through the pool: bounded, polite per host), record
 * each check and what it meant (a confirmed removal, a reappearance, with an audit event), then write
 * the reminders and escalations that are due as notices (the notices feature sends them). Safe with
 * several processes: checks are leased, rows are locked when they change.
 */

import type { Logger } from 'pino';
import type { Verdict } from '../../jurisdictions/jurisdiction.ts';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import {
  createFollowUpNotice,
  type FollowUpContext,
  type FollowUpItem,
  type NoticeRecipient,
  type PartnerFor,
  type PartnerHotlineFacts,
  type ResentPurpose,
  recipientFor,
  recipientKey,
} from '../notices/index.ts';
import type { CheckRecord } from './check.types.ts';
import type { CheckTask } from './check-pool.ts';
import {
  escalationFacts,
  findItemsToEnrol,
  findOnlineWatched,
  firstNoticeLeft,
  insertMonitoring,
  lockMonitoring,
  recordCheck,
  removalNoticesOf,
  takeDueChecks,
  updateMonitoring,
} from './monitoring.queries.ts';
import {
  afterCheck,
  firstWatch,
  followUpDue,
  type MonitoringRow,
  scheduleFor,
} from './monitoring-schedule.ts';
import { hoursBetween } from './monitoring-time.ts';

/** Runs the checks, politely, and hands each result over as it comes (check-pool.ts in production). */
export type RunChecks = (
  tasks: CheckTask[],
  onResult: (id: string, record: CheckRecord) => Promise<void>,
) => Promise<void>;

export type MonitoringContext = FollowUpContextBase & {
  db: Db;
  runChecks: RunChecks;
  partnerFor: PartnerFor;
  log?: Pick<Logger, 'warn' | 'info'>;
  now?: () => Date;
};
type FollowUpContextBase = Omit<FollowUpContext, 'now'>;

export type MonitoringRun = {
  enrolled: number;
  checked: number;
  removed: number;
  reappeared: number;
  reminders: number;
  escalations: number;
};

const SYSTEM = { actorStaffId: null, actorLabel: 'system' } as const;
const POLICE_KINDS: readonly NoticeRecipient['kind'][] = ['police_portal', 'police_liaison'];

export async function runMonitoring(
  ctx: MonitoringContext,
  options: { batch: number; leaseSeconds: number } = { batch: 500, leaseSeconds: 600 },
): Promise<MonitoringRun> {
  const now = () => ctx.now?.() ?? new Date();
  const run: MonitoringRun = {
    enrolled: 0,
    checked: 0,
    removed: 0,
    reappeared: 0,
    reminders: 0,
    escalations: 0,
  };
  const toEnrol = await findItemsToEnrol(ctx.db, options.batch);
  run.enrolled = await insertMonitoring(
    ctx.db,
    toEnrol.map((i) => ({ itemId: i.itemId, ...firstWatch(i.firstNoticeAt, scheduleFor(i.category)) })),
  );

  const due = await takeDueChecks(ctx.db, now(), options.batch, options.leaseSeconds);
  const byId = new Map(due.map((d) => [d.row.itemId, d]));
  await ctx.runChecks(
    due.map((d) => ({ id: d.row.itemId, url: d.url, host: d.host, fingerprints: d.fingerprints })),
    async (itemId, record) => {
      const task = byId.get(itemId);
      if (!task) return;
      const event = await applyCheck(ctx, itemId, task.category, record, now());
      run.checked += 1;
      if (event === 'removal_confirmed') run.removed += 1;
      if (event === 'reappeared') run.reappeared += 1;
    },
  );

  const followUps = await writeFollowUps(ctx, now(), options.batch);
  run.reminders = followUps.reminders;
  run.escalations = followUps.escalations;
  return run;
}

/** Records one check and what it meant; a reappearance tells the removal recipients again. */
async function applyCheck(
  ctx: MonitoringContext,
  itemId: string,
  category: string,
  answer: CheckRecord,
  now: Date,
) {
  // The loop's clock dates the check (it is the wall clock but in tests): it ended now.
  const record = { ...answer, startedAt: new Date(now.getTime() - answer.durationMs) };
  return ctx.db.transaction(async (tx) => {
    const row = await lockMonitoring(tx, itemId);
    if (!row) return null;
    const { change, event } = afterCheck(row, record, scheduleFor(category), now);
    await recordCheck(tx, itemId, record, row.checkRequestedBy, change);
    if (event === 'removal_confirmed') {
      await audit(tx, itemId, 'monitoring.removal_confirmed', {
        removed_at: change.removedAt?.toISOString() ?? null,
        hours_since_first_notice: hoursBetween(row.firstNoticeAt, change.removedAt ?? now),
      });
    }
    if (event === 'reappeared') {
      const notices = await tellRemovalRecipients(ctx, tx, itemId, 'reappeared', now);
      await audit(tx, itemId, 'monitoring.reappeared', { notices });
    }
    return event;
  });
}

/** A reminder (or a new notice, if the content came back) to each recipient asked to take the item down. */
async function tellRemovalRecipients(
  ctx: MonitoringContext,
  tx: Tx,
  itemId: string,
  purpose: ResentPurpose,
  now: Date,
): Promise<string[]> {
  const written: string[] = [];
  // One message per recipient: the latest notice each got (the first one, or the one about its return).
  const latest = new Map((await removalNoticesOf(tx, itemId)).map((n) => [recipientKey(n.recipient), n]));
  for (const notice of latest.values()) {
    const id = await createFollowUpNotice({ ...ctx, now }, tx, {
      purpose,
      follows: notice.noticeId,
      recipient: notice.recipient,
      ruleId: notice.ruleId,
      items: [{ itemId, assessmentId: notice.assessmentId, hostingRecordId: notice.hostingRecordId }],
    });
    if (id) written.push(id);
  }
  return written;
}

async function writeFollowUps(ctx: MonitoringContext, now: Date, limit: number) {
  let reminders = 0;
  let escalations = 0;
  for (const { row, category } of await findOnlineWatched(ctx.db, limit)) {
    const schedule = scheduleFor(category ?? '');
    const due = followUpDue(row, schedule, now);
    if (!due) continue;
    // Read before the transaction: the partner list is read through its own connection, which an
    // embedded database (one connection) would only give once the transaction ends.
    const facts = due === 'escalation' ? await escalationFacts(ctx.db, row.itemId) : null;
    const partner = facts?.country ? await ctx.partnerFor(facts.country) : null;
    await ctx.db.transaction(async (tx) => {
      const locked = await lockMonitoring(tx, row.itemId);
      if (!locked || followUpDue(locked, schedule, now) !== due) return; // another process did it
      if (due === 'reminder') {
        const notices = await tellRemovalRecipients(ctx, tx, row.itemId, 'reminder', now);
        await updateMonitoring(tx, row.itemId, {
          remindersSent: locked.remindersSent + 1,
          remindedFrom: now,
        });
        await audit(tx, row.itemId, 'monitoring.reminded', { reminder: locked.remindersSent + 1, notices });
        reminders += 1;
      } else {
        const notices = facts
          ? await escalate(ctx, tx, locked, { facts, partner }, schedule.escalateTo, now)
          : [];
        await updateMonitoring(tx, row.itemId, { escalatedAt: now });
        await audit(tx, row.itemId, 'monitoring.escalated', { to: schedule.escalateTo, notices });
        escalations += 1;
      }
    });
  }
  return { reminders, escalations };
}

/** A notice to each kind of recipient the pack escalates to, named from where the item is hosted now. */
async function escalate(
  ctx: MonitoringContext,
  tx: Tx,
  row: MonitoringRow,
  known: {
    facts: NonNullable<Awaited<ReturnType<typeof escalationFacts>>>;
    partner: PartnerHotlineFacts | null;
  },
  kinds: NoticeRecipient['kind'][],
  now: Date,
): Promise<string[]> {
  const { facts, partner } = known;
  // The police take content that is illegal as such, not content that is legal but harmful to minors.
  const to = facts.verdict === 'illegal' ? kinds : kinds.filter((kind) => !POLICE_KINDS.includes(kind));
  const followed = (await removalNoticesOf(tx, row.itemId))[0] ?? (await firstNoticeLeft(tx, row.itemId));
  if (!facts.assessment_id || !facts.verdict || !followed) return [];
  const routing = {
    itemId: row.itemId,
    url: facts.url,
    categoryId: facts.category ?? '',
    verdict: facts.verdict as Verdict,
    hostingCountry: facts.country,
    contacts: facts.contacts ?? [],
    partnerHotline: partner,
  };
  const item: FollowUpItem = {
    itemId: row.itemId,
    assessmentId: facts.assessment_id,
    hostingRecordId: facts.record_id,
  };
  const written: string[] = [];
  for (const kind of to) {
    const recipient = recipientFor(kind, routing);
    if (!recipient) continue;
    const id = await createFollowUpNotice({ ...ctx, now }, tx, {
      purpose: 'escalation',
      follows: followed.noticeId,
      recipient,
      ruleId: `escalation_${kind}`,
      items: [item],
    });
    if (id) written.push(id);
  }
  return written;
}

async function audit(tx: Tx, itemId: string, action: string, details: Record<string, unknown>) {
  await appendAuditEvent(tx, { ...SYSTEM, action, targetType: 'item', targetId: itemId, details });
}
