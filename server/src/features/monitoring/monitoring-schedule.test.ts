import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckOutcome, CheckRecord } from './check.types.ts';
import {
  afterCheck,
  CONFIRM_AFTER_MS,
  firstWatch,
  followUpDue,
  type MonitoringRow,
  scheduleFor,
} from './monitoring-schedule.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t0 = new Date('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

function newRow(category: string): MonitoringRow {
  return {
    itemId: 'item',
    ...firstWatch(t0, scheduleFor(category)),
    checkRequestedBy: null,
    leaseUntil: null,
    removedStreak: 0,
    streakStartedAt: null,
    firstRemovedAt: null,
    removedAt: null,
    confirmedAt: null,
    closedBy: null,
    checksAfterRemoval: 0,
    reappearances: 0,
    reappearedAt: null,
    remindersSent: 0,
    escalatedAt: null,
    pausedBy: null,
    pausedAt: null,
    pausedReason: null,
    lastCheckAt: null,
    lastOutcome: null,
    createdAt: t0,
    updatedAt: t0,
  };
}

const check = (outcome: CheckOutcome, when: Date): CheckRecord => ({
  outcome,
  reason: outcome === 'removed' ? 'not_found' : outcome === 'online' ? 'same_bytes' : 'timeout',
  status: outcome === 'removed' ? 404 : outcome === 'online' ? 200 : null,
  finalUrl: null,
  bodySha256: null,
  pdq: null,
  startedAt: when,
  durationMs: 10,
});

/** Runs the checks in order, each at the time the previous one scheduled; returns the row and events. */
function run(category: string, outcomes: CheckOutcome[]) {
  let row = newRow(category);
  const events: string[] = [];
  const times: Date[] = [];
  for (const outcome of outcomes) {
    const when = row.nextCheckAt;
    assert.ok(when, `a check is scheduled before ${outcome}`);
    times.push(when);
    const { change, event } = afterCheck(row, check(outcome, when), scheduleFor(category), when);
    row = { ...row, ...change };
    if (event) events.push(event);
  }
  return { row, events, times };
}

test('the first check comes after the pack’s delay: 24 h, and 12 h for child abuse material', () => {
  assert.deepEqual(newRow('hate_racial_religious').nextCheckAt, at(24 * HOUR));
  assert.deepEqual(newRow('child_sexual_abuse_material').nextCheckAt, at(12 * HOUR));
});

test('online is checked again the next day; two "removed" in a row confirm, dated from the first', () => {
  const { row, events, times } = run('hate_racial_religious', ['online', 'removed', 'removed']);
  assert.deepEqual(times, [at(24 * HOUR), at(48 * HOUR), at(48 * HOUR + CONFIRM_AFTER_MS)]);
  assert.deepEqual(events, ['removal_confirmed']);
  assert.equal(row.state, 'removed');
  assert.deepEqual(row.removedAt, at(48 * HOUR), 'gone since the first removed check');
  assert.deepEqual(row.firstRemovedAt, at(48 * HOUR));
  assert.deepEqual(row.nextCheckAt, at(48 * HOUR + 7 * DAY), 'looked at again a week later');
});

test('one "removed" then online is not a removal; an inconclusive check neither breaks nor extends a run', () => {
  assert.equal(run('hate_racial_religious', ['removed', 'online', 'removed']).row.state, 'watching');
  const { row, events } = run('hate_racial_religious', ['removed', 'inconclusive', 'removed']);
  assert.deepEqual(events, ['removal_confirmed']);
  assert.equal(row.removedStreak, 2);
});

test('removed content found online again has reappeared and is watched again; otherwise checks end', () => {
  const back = run('hate_racial_religious', ['removed', 'removed', 'online']);
  assert.deepEqual(back.events, ['removal_confirmed', 'reappeared']);
  assert.equal(back.row.state, 'watching');
  assert.equal(back.row.reappearances, 1);
  assert.equal(back.row.removedAt, null);
  assert.ok(back.row.firstRemovedAt, 'the first removal stays for time to removal');
  assert.equal(back.row.remindersSent, 0, 'reminders start again');

  const gone = run('hate_racial_religious', ['removed', 'removed', 'removed', 'removed']);
  assert.equal(gone.row.state, 'removed');
  assert.equal(gone.row.checksAfterRemoval, 2);
  assert.equal(gone.row.nextCheckAt, null, 'after a week and a month, no more checks');
});

test('reminders after the delay while online, then the escalation once; nothing for removed content', () => {
  const schedule = scheduleFor('child_sexual_abuse_material');
  const row = { ...newRow('child_sexual_abuse_material'), lastOutcome: 'online' as const };
  assert.equal(followUpDue(row, schedule, at(3 * DAY - 1)), null);
  assert.equal(followUpDue(row, schedule, at(3 * DAY)), 'reminder');
  const reminded = { ...row, remindersSent: 2, remindedFrom: at(6 * DAY) };
  assert.equal(followUpDue(reminded, schedule, at(8 * DAY)), null, 'the delay counts from the last reminder');
  assert.equal(followUpDue(reminded, schedule, at(9 * DAY)), 'escalation');
  assert.equal(followUpDue({ ...reminded, escalatedAt: at(9 * DAY) }, schedule, at(30 * DAY)), null);
  assert.equal(followUpDue({ ...row, lastOutcome: 'inconclusive' }, schedule, at(5 * DAY)), null);
  assert.equal(followUpDue({ ...row, state: 'removed' }, schedule, at(5 * DAY)), null);
  assert.equal(
    followUpDue(row, scheduleFor('hate_racial_religious'), at(5 * DAY)),
    null,
    '7 days for the rest',
  );
});
