import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { qualifiedItem } from '../notices/notices.testing.ts';
import { monitoringContext, noChecks, notifiedItem } from './monitoring.testing.ts';
import { runMonitoring } from './monitoring-run.ts';

let t: TestApp;
let analyst: StaffAgent;
let auditor: StaffAgent;
before(async () => {
  t = await createTestApp({
    VIGIE_HOTLINE_NAME: 'Point de Contact',
    VIGIE_HOTLINE_EMAIL: 'notices@hotline.example',
  });
  analyst = await signedInStaff(t, 'analyst', { displayName: 'Camille Analyste' });
  auditor = await signedInStaff(t, 'auditor');
});
after(() => t.close());

const view = async (agent: StaffAgent, itemId: string) =>
  (await agent.inject({ url: `/api/items/${itemId}/monitoring` })).json().monitoring;
const act = (itemId: string, action: string, payload?: object) =>
  analyst.inject({
    method: 'POST',
    url: `/api/items/${itemId}/monitoring/${action}`,
    ...(payload ? { payload } : {}),
  });
const auditOf = (itemId: string, action: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.targetId, itemId), eq(auditEvents.action, action)));

async function enrolled(host: string) {
  const item = await notifiedItem(t, analyst.id, { host });
  const run = await runMonitoring(monitoringContext(t, noChecks));
  assert.ok(run.enrolled >= 1, 'the item is enrolled once its notice has left');
  return item;
}

describe('an item whose notice has left', () => {
  test('is enrolled with its first check after the pack’s delay (12 h for child abuse material)', async () => {
    const item = await enrolled('enrol.example');
    const m = await view(auditor, item.id);
    assert.equal(m.state, 'watching');
    const firstNotice = Date.parse(m.first_notice_at);
    assert.equal(Date.parse(m.next_check_at) - firstNotice, 12 * 3_600_000);
    assert.deepEqual(m.checks, []);
    assert.equal(m.hours_to_removal, null);
    assert.equal((await runMonitoring(monitoringContext(t, noChecks))).enrolled, 0, 'once');
  });

  test('check now, pause with a reason, resume: each audited, each refused in the wrong state', async () => {
    const item = await enrolled('actions.example');
    const checked = await act(item.id, 'check');
    assert.equal(checked.statusCode, 200, checked.body);
    assert.equal(checked.json().monitoring.check_requested, true);
    assert.ok(Date.parse(checked.json().monitoring.next_check_at) <= Date.now());

    assert.equal((await act(item.id, 'pause', { reason: '  ' })).statusCode, 400, 'a reason is needed');
    const paused = await act(item.id, 'pause', { reason: 'Enquête en cours, ne pas alerter l’hébergeur' });
    assert.equal(paused.statusCode, 200, paused.body);
    assert.equal(paused.json().monitoring.state, 'paused');
    assert.equal(paused.json().monitoring.next_check_at, null);
    assert.equal(paused.json().monitoring.paused.by.display_name, 'Camille Analyste');
    assert.equal(
      (await act(item.id, 'pause', { reason: 'again' })).json().error.code,
      'monitoring.wrong_state',
    );

    const resumed = await act(item.id, 'resume');
    assert.equal(resumed.json().monitoring.state, 'watching');
    assert.equal(resumed.json().monitoring.paused, null);
    assert.equal((await act(item.id, 'resume')).statusCode, 409);

    const events = (await view(auditor, item.id)).events.map((e: { action: string }) => e.action);
    assert.deepEqual(events, ['monitoring.resumed', 'monitoring.paused', 'monitoring.check_requested']);
    assert.equal(
      (await auditOf(item.id, 'monitoring.paused'))[0]?.details.reason,
      'Enquête en cours, ne pas alerter l’hébergeur',
    );
  });

  test('recorded removed by a person: time to removal, and the reporter is told it is removed', async () => {
    const item = await enrolled('closed.example');
    const before = (await analyst.inject({ url: `/api/items/${item.id}/feedback` })).json();
    assert.ok(!before.outcomes.includes('removed'));

    const closed = await act(item.id, 'removed', { note: 'L’hébergeur confirme le retrait (ticket 8812).' });
    assert.equal(closed.statusCode, 200, closed.body);
    const m = closed.json().monitoring;
    assert.equal(m.state, 'removed');
    assert.equal(m.closed_by.display_name, 'Camille Analyste');
    assert.ok(m.hours_to_removal >= 0 && m.hours_to_removal < 1);
    assert.ok(m.next_check_at, 'still looked at later, for a return');
    assert.equal((await act(item.id, 'removed', {})).json().error.code, 'monitoring.wrong_state');

    const after = (await analyst.inject({ url: `/api/items/${item.id}/feedback` })).json();
    assert.equal(after.status, 'removed');
    assert.ok(after.outcomes.includes('removed'));
  });

  test('the overview counts it, by host and by country, with time to removal', async () => {
    const res = await auditor.inject({ url: '/api/monitoring?overdue_after_hours=1' });
    assert.equal(res.statusCode, 200, res.body);
    const o = res.json();
    assert.equal(o.counts.watching + o.counts.paused + o.counts.removed, o.all.notified);
    assert.ok(o.counts.removed >= 1);
    assert.equal(o.all.removed, o.counts.removed);
    assert.ok(o.all.within_24h > 0 && o.all.within_24h <= 1);
    const fr = o.by_country.find((c: { country: string }) => c.country === 'FR');
    assert.equal(fr?.notified, o.all.notified);
    assert.equal(o.by_host[0].host, 'EXAMPLE-AS');
    assert.deepEqual(o.overdue, [], 'nothing has been online an hour yet');
    assert.equal((await auditor.inject({ url: '/api/monitoring?overdue_after_hours=0' })).statusCode, 400);
  });
});

describe('an item nothing has left for', () => {
  test('has no follow-up; actions say why; an unknown item is 404', async () => {
    const item = await qualifiedItem(t, analyst.id, { country: 'FR' });
    assert.equal(await view(analyst, item.id), null);
    assert.equal((await act(item.id, 'check')).json().error.code, 'monitoring.not_monitored');
    const unknown = '00000000-0000-4000-8000-000000000000';
    assert.equal((await analyst.inject({ url: `/api/items/${unknown}/monitoring` })).statusCode, 404);
    assert.equal((await act(unknown, 'check')).statusCode, 404);
  });
});
