/**
 * What staff do with an item's removal monitoring, and what they read: check now, pause (with a
 * reason) and resume, record a removal seen by other means; the item's follow-up with its checks and
 * events. Each change locks the row, checks its state and is audited in the same transaction.
 */

import { sql } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { StaffActor } from '../../platform/auth/index.ts';
import type { Db, Queryable, Tx } from '../../platform/db/database.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { conflict } from '../../platform/errors.ts';
import { createWakeSignal } from '../../platform/jobs/index.ts';
import { items } from '../intake/index.ts';
import { itemNotFound } from '../triage/index.ts';
import { lockMonitoring, updateMonitoring } from './monitoring.queries.ts';
import type { ItemMonitoringView, RemovalCheckView } from './monitoring.schemas.ts';
import { MONITORING_STATES, type MonitoringState } from './monitoring.tables.ts';
import type { MonitoringRow } from './monitoring-schedule.ts';
import { hoursBetween, isoOrNull } from './monitoring-time.ts';

const DAY = 86_400_000;
const NOT_REMOVED: MonitoringState[] = ['watching', 'paused'];
const CHECKS_SHOWN = 100;

/** Wakes this process's monitoring job now instead of at its next minute. */
export const monitoringWork = createWakeSignal();
export const announceMonitoringWork = monitoringWork.announce;

async function inState(
  tx: Tx,
  itemId: string,
  states: readonly MonitoringState[],
  message: (row: MonitoringRow) => string,
): Promise<MonitoringRow> {
  const row = await lockMonitoring(tx, itemId);
  if (!row) {
    const [item] = await tx.select({ id: items.id }).from(items).where(sql`${items.id} = ${itemId}`);
    if (!item) throw itemNotFound();
    throw conflict(
      'monitoring.not_monitored',
      'No notice about this item has left yet: nothing is monitored.',
    );
  }
  if (!states.includes(row.state)) throw conflict('monitoring.wrong_state', message(row));
  return row;
}

const audit = (
  tx: Tx,
  actor: StaffActor,
  action: string,
  itemId: string,
  details?: Record<string, unknown>,
) =>
  appendAuditEvent(tx, {
    actorStaffId: actor.staffId,
    actorLabel: actor.label,
    action,
    targetType: 'item',
    targetId: itemId,
    ...(details ? { details } : {}),
  });

/** The next check runs now (within the minute), whatever the schedule says. */
export async function requestCheck(
  db: Db,
  itemId: string,
  actor: StaffActor,
): Promise<ItemMonitoringView | null> {
  const view = await db.transaction(async (tx) => {
    await inState(tx, itemId, MONITORING_STATES, () => '');
    await updateMonitoring(tx, itemId, { nextCheckAt: new Date(), checkRequestedBy: actor.staffId });
    await audit(tx, actor, 'monitoring.check_requested', itemId);
    return viewOf(tx, itemId);
  });
  announceMonitoringWork();
  return view;
}

export async function pauseMonitoring(
  db: Db,
  itemId: string,
  reason: string,
  actor: StaffActor,
): Promise<ItemMonitoringView | null> {
  return db.transaction(async (tx) => {
    await inState(
      tx,
      itemId,
      ['watching'],
      (row) => `This item is ${row.state}: only a watched item can be paused.`,
    );
    await updateMonitoring(tx, itemId, {
      state: 'paused',
      nextCheckAt: null,
      pausedBy: actor.staffId,
      pausedAt: new Date(),
      pausedReason: reason,
    });
    await audit(tx, actor, 'monitoring.paused', itemId, { reason });
    return viewOf(tx, itemId);
  });
}

export async function resumeMonitoring(
  db: Db,
  itemId: string,
  actor: StaffActor,
): Promise<ItemMonitoringView | null> {
  const view = await db.transaction(async (tx) => {
    await inState(tx, itemId, ['paused'], (row) => `This item is ${row.state}, not paused.`);
    await updateMonitoring(tx, itemId, {
      state: 'watching',
      nextCheckAt: new Date(),
      pausedBy: null,
      pausedAt: null,
      pausedReason: null,
    });
    await audit(tx, actor, 'monitoring.resumed', itemId);
    return viewOf(tx, itemId);
  });
  announceMonitoringWork();
  return view;
}

/** A person saw the content gone (the host's answer, a check of their own): recorded as removed now. */
export async function closeAsRemoved(
  db: Db,
  itemId: string,
  note: string | undefined,
  actor: StaffActor,
): Promise<ItemMonitoringView | null> {
  return db.transaction(async (tx) => {
    const row = await inState(tx, itemId, NOT_REMOVED, () => 'This item is already recorded as removed.');
    const now = new Date();
    const firstCheck = pack.monitoring.afterRemovalDays[0];
    await updateMonitoring(tx, itemId, {
      state: 'removed',
      removedAt: now,
      firstRemovedAt: row.firstRemovedAt ?? now,
      confirmedAt: now,
      closedBy: actor.staffId,
      checksAfterRemoval: 0,
      nextCheckAt: firstCheck === undefined ? null : new Date(now.getTime() + firstCheck * DAY),
      pausedBy: null,
      pausedAt: null,
      pausedReason: null,
    });
    await audit(tx, actor, 'monitoring.closed_removed', itemId, note ? { note } : undefined);
    return viewOf(tx, itemId);
  });
}

/** The item's follow-up; null when nothing about it has left yet; 404 for an unknown item. */
export async function getItemMonitoring(db: Queryable, itemId: string): Promise<ItemMonitoringView | null> {
  const [item] = await db.select({ id: items.id }).from(items).where(sql`${items.id} = ${itemId}`);
  if (!item) throw itemNotFound();
  return viewOf(db, itemId);
}

type ViewRow = Record<string, unknown> & { item_id: string };
const personOf = (id: unknown, name: unknown) =>
  typeof id === 'string' ? { id, display_name: typeof name === 'string' ? name : '' } : null;

async function viewOf(q: Queryable, itemId: string): Promise<ItemMonitoringView | null> {
  const [r] = rowsOf<ViewRow>(
    await q.execute(sql`
      select m.*, c.display_name as closed_by_name, p.display_name as paused_by_name
      from item_monitoring m
      left join staff c on c.id = m.closed_by
      left join staff p on p.id = m.paused_by
      where m.item_id = ${itemId}`),
  );
  if (!r) return null;
  const checks = rowsOf<Record<string, unknown>>(
    await q.execute(sql`
      select k.*, s.display_name as requester_name from removal_checks k
      left join staff s on s.id = k.requested_by
      where k.item_id = ${itemId} order by k.checked_at desc, k.id desc limit ${CHECKS_SHOWN}`),
  );
  const events = rowsOf<{
    at: unknown;
    action: string;
    actor_staff_id: unknown;
    display_name: unknown;
    details: unknown;
  }>(
    await q.execute(sql`
      select e.at, e.action, e.actor_staff_id, s.display_name, e.details from audit_events e
      left join staff s on s.id = e.actor_staff_id
      where e.target_type = 'item' and e.target_id = ${itemId} and e.action like 'monitoring.%'
      order by e.seq desc limit ${CHECKS_SHOWN}`),
  );
  const sent = rowsOf<{ id: string; recipient_kind: string; purpose: string; sent_at: unknown }>(
    await q.execute(sql`
      select n.id, n.recipient_kind, n.purpose, n.sent_at
      from notice_items ni join notices n on n.id = ni.notice_id
      where ni.item_id = ${itemId} and n.sent_at is not null
      order by n.sent_at, n.id`),
  );
  const firstRemoved = isoOrNull(r.first_removed_at);
  const firstNotice = isoOrNull(r.first_notice_at) ?? new Date().toISOString();
  return {
    item_id: r.item_id,
    state: r.state as MonitoringState,
    first_notice_at: firstNotice,
    next_check_at: isoOrNull(r.next_check_at),
    last_check_at: isoOrNull(r.last_check_at),
    last_outcome: (r.last_outcome as ItemMonitoringView['last_outcome']) ?? null,
    removed_at: isoOrNull(r.removed_at),
    first_removed_at: firstRemoved,
    hours_to_removal: firstRemoved ? hoursBetween(firstNotice, firstRemoved) : null,
    closed_by: personOf(r.closed_by, r.closed_by_name),
    reappearances: Number(r.reappearances),
    reappeared_at: isoOrNull(r.reappeared_at),
    reminders_sent: Number(r.reminders_sent),
    escalated_at: isoOrNull(r.escalated_at),
    paused:
      r.state === 'paused' && r.paused_at
        ? {
            by: personOf(r.paused_by, r.paused_by_name),
            at: isoOrNull(r.paused_at) ?? '',
            reason: String(r.paused_reason ?? ''),
          }
        : null,
    check_requested: r.check_requested_by !== null,
    notices: sent.map((n) => {
      const sentAt = isoOrNull(n.sent_at) ?? firstNotice;
      return {
        notice_id: n.id,
        recipient_kind: n.recipient_kind,
        purpose: n.purpose,
        sent_at: sentAt,
        hours_to_removal: firstRemoved && firstRemoved >= sentAt ? hoursBetween(sentAt, firstRemoved) : null,
      };
    }),
    checks: checks.map(checkView),
    events: events.map((e) => ({
      at: isoOrNull(e.at) ?? '',
      action: e.action,
      by: personOf(e.actor_staff_id, e.display_name),
      details: (e.details as Record<string, unknown> | null) ?? {},
    })),
  };
}

const checkView = (k: Record<string, unknown>): RemovalCheckView => ({
  id: String(k.id),
  checked_at: isoOrNull(k.checked_at) ?? '',
  outcome: k.outcome as RemovalCheckView['outcome'],
  reason: String(k.reason),
  status: k.status === null ? null : Number(k.status),
  final_url: (k.final_url as string | null) ?? null,
  body_sha256: (k.body_sha256 as string | null) ?? null,
  pdq: (k.pdq as string | null) ?? null,
  duration_ms: Number(k.duration_ms),
  requested_by: personOf(k.requested_by, k.requester_name),
});
