import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { myWellbeing, recordExposure } from './wellbeing.service.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp({ VIGIE_EXPOSURE_BREAK_MINUTES: '30' });
});
after(() => t.close());

const today = () => new Date().toISOString().slice(0, 10);

describe('exposure and my figures', () => {
  test('records exposure per day with an upsert and reports today, seven days and the break', async () => {
    const me = await signedInStaff(t, 'analyst');
    const empty = (await me.inject({ url: '/api/wellbeing/me' })).json();
    assert.deepEqual(empty.today, { date: today(), seconds: 0, reveals: 0 });
    assert.equal(empty.last_7_days.length, 7);
    assert.equal(empty.last_7_days[6].date, today());
    assert.deepEqual(empty.break, {
      threshold_minutes: 30,
      continuous_seconds: 0,
      pause_minutes: 15,
      due: false,
    });
    assert.equal(empty.sharing, false);

    const first = await me.inject({
      method: 'POST',
      url: '/api/wellbeing/exposure',
      payload: { seconds: 600 },
    });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().today.seconds, 600);
    assert.equal(first.json().break.due, false);
    const second = await me.inject({
      method: 'POST',
      url: '/api/wellbeing/exposure',
      payload: { seconds: 1200 },
    });
    const figures = second.json();
    assert.equal(figures.today.seconds, 1800);
    assert.equal(figures.today.reveals, 2);
    assert.equal(figures.week_seconds, 1800);
    assert.equal(figures.last_7_days[6].seconds, 1800);
    assert.equal(figures.break.continuous_seconds, 1800);
    assert.equal(figures.break.due, true, '30 minutes without a pause');
    assert.deepEqual((await me.inject({ url: '/api/wellbeing/me' })).json(), figures);

    // Another analyst's exposure is theirs.
    const other = await signedInStaff(t, 'analyst');
    assert.equal((await other.inject({ url: '/api/wellbeing/me' })).json().today.seconds, 0);
  });

  test('a pause of 15 minutes ends the stretch that a break is measured on', async () => {
    const me = await signedInStaff(t, 'analyst');
    const at = (minutes: number) => ({
      db: t.database.db,
      breakMinutes: 30,
      now: () => new Date(base + minutes * 60_000),
    });
    // 02:00 UTC today: every record below falls on the same day.
    const base = Date.parse(`${today()}T02:00:00Z`);
    await recordExposure(at(0), me.id, { seconds: 1200 });
    // Blurred at 0, revealed again 5 minutes later for 10 minutes: the stretch goes on, a break is due.
    const goingOn = await recordExposure(at(15), me.id, { seconds: 600 });
    assert.equal(goingOn.break.continuous_seconds, 1800);
    assert.equal(goingOn.break.due, true);
    // Revealed again 20 minutes after the last blur: a new stretch.
    const fresh = await recordExposure(at(40), me.id, { seconds: 300 });
    assert.equal(fresh.break.continuous_seconds, 300);
    assert.equal(fresh.break.due, false);
    assert.equal(fresh.today.seconds, 2100);
    // Read 16 minutes after the last blur: paused long enough, nothing continuous.
    assert.equal((await myWellbeing(at(56), me.id)).break.continuous_seconds, 0);
  });

  test('a record sent again with the same record_id counts once; ids are forgotten after a week', async () => {
    const me = await signedInStaff(t, 'analyst');
    const send = (payload: object) => me.inject({ method: 'POST', url: '/api/wellbeing/exposure', payload });
    const record_id = crypto.randomUUID();
    assert.equal((await send({ seconds: 40, record_id })).json().today.seconds, 40);
    const again = (await send({ seconds: 40, record_id })).json();
    assert.deepEqual(again.today, { date: today(), seconds: 40, reveals: 1 }, 'the retry is not counted');
    assert.equal((await send({ seconds: 20, record_id: crypto.randomUUID() })).json().today.seconds, 60);
    assert.equal((await send({ seconds: 5 })).json().today.seconds, 65, 'a record without an id counts');
    // Someone else may use the same id: ids are per person.
    const other = await signedInStaff(t, 'analyst');
    const theirs = await other.inject({
      method: 'POST',
      url: '/api/wellbeing/exposure',
      payload: { seconds: 10, record_id },
    });
    assert.equal(theirs.json().today.seconds, 10);

    const ctx = (days: number) => ({
      db: t.database.db,
      breakMinutes: 30,
      now: () => new Date(Date.now() + days * 86_400_000),
    });
    const later = await recordExposure(ctx(8), me.id, { seconds: 7, record_id });
    assert.equal(later.today.seconds, 7, 'a week later the id is new again (and counts on its own day)');
  });

  test('bad exposure records get a clear 400 (or 404 for an unknown item)', async () => {
    const me = await signedInStaff(t, 'analyst');
    const cases: [object, number, RegExp][] = [
      [{ seconds: 0 }, 400, /at least 1/],
      [{ seconds: 3601 }, 400, /at most 3600/],
      [{ seconds: 1.5 }, 400, /whole number/],
      [{ seconds: '60' }, 400, /seconds/],
      [{}, 400, /seconds/],
      [{ seconds: 60, item_id: 'nope' }, 400, /item_id/],
      [{ seconds: 60, extra: true }, 400, /Unrecognized key/],
      [{ seconds: 60, record_id: 'r-1' }, 400, /record_id/],
      [{ seconds: 60, item_id: crypto.randomUUID() }, 404, /item.not_found/],
    ];
    for (const [payload, status, pattern] of cases) {
      const res = await me.inject({ method: 'POST', url: '/api/wellbeing/exposure', payload });
      assert.equal(res.statusCode, status, JSON.stringify(payload));
      assert.match(res.body, pattern);
    }
    assert.equal((await me.inject({ url: '/api/wellbeing/me' })).json().today.seconds, 0, 'nothing recorded');
    assert.equal((await t.app.inject({ url: '/api/wellbeing/me' })).statusCode, 401);
  });

  test('every staff role records and reads its own figures', async () => {
    for (const role of ['admin', 'supervisor', 'liaison_officer', 'auditor'] as const) {
      const agent = await signedInStaff(t, role);
      const res = await agent.inject({
        method: 'POST',
        url: '/api/wellbeing/exposure',
        payload: { seconds: 5 },
      });
      assert.equal(res.statusCode, 200, role);
    }
  });
});

describe('sharing and the team view', () => {
  test('individual figures appear only for staff who share; totals count everyone; changes are audited', async () => {
    const sharer = await signedInStaff(t, 'analyst', { displayName: 'Alex Partage' });
    const private_ = await signedInStaff(t, 'analyst', { displayName: 'Dominique Discret' });
    const supervisor = await signedInStaff(t, 'supervisor');
    const before_ = (await supervisor.inject({ url: '/api/wellbeing/team' })).json();

    await sharer.inject({ method: 'POST', url: '/api/wellbeing/exposure', payload: { seconds: 300 } });
    await private_.inject({ method: 'POST', url: '/api/wellbeing/exposure', payload: { seconds: 700 } });
    const share = await sharer.inject({
      method: 'PUT',
      url: '/api/wellbeing/sharing',
      payload: { share: true },
    });
    assert.equal(share.statusCode, 200);
    assert.deepEqual(share.json(), { share: true });
    assert.equal((await sharer.inject({ url: '/api/wellbeing/me' })).json().sharing, true);

    // An assessment, as the qualification stage audits it.
    await t.database.db.transaction((tx) =>
      appendAuditEvent(tx, {
        actorStaffId: sharer.id,
        actorLabel: sharer.email,
        action: 'assessment.recorded',
        targetType: 'item',
        targetId: crypto.randomUUID(),
      }),
    );

    const res = await supervisor.inject({ url: '/api/wellbeing/team' });
    assert.equal(res.statusCode, 200, res.body);
    const team = res.json();
    assert.ok(team.analysts >= 2);
    assert.equal(team.today.exposure_seconds, before_.today.exposure_seconds + 1000);
    assert.equal(team.last_7_days.exposure_seconds, before_.last_7_days.exposure_seconds + 1000);
    assert.equal(team.today.items_assessed, before_.today.items_assessed + 1);
    const names = team.members.map((m: { display_name: string }) => m.display_name);
    assert.ok(names.includes('Alex Partage'));
    assert.ok(!names.includes('Dominique Discret'), 'no individual figures without consent');
    assert.ok(!JSON.stringify(team).includes(private_.id));
    const alex = team.members.find((m: { display_name: string }) => m.display_name === 'Alex Partage');
    assert.equal(alex.today_seconds, 300);
    assert.equal(team.not_sharing, before_.not_sharing + 1);

    const audited = await t.database.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'wellbeing.sharing_changed'), eq(auditEvents.targetId, sharer.id)));
    assert.deepEqual(audited, [{ details: { share: true, previous: false } }]);

    await sharer.inject({ method: 'PUT', url: '/api/wellbeing/sharing', payload: { share: false } });
    const after_ = (await supervisor.inject({ url: '/api/wellbeing/team' })).json();
    assert.ok(!after_.members.some((m: { display_name: string }) => m.display_name === 'Alex Partage'));
  });

  test('the team view is for supervisors and admins; sharing needs a boolean', async () => {
    for (const role of ['analyst', 'liaison_officer', 'auditor'] as const) {
      const agent = await signedInStaff(t, role);
      assert.equal((await agent.inject({ url: '/api/wellbeing/team' })).statusCode, 403, role);
    }
    const admin = await signedInStaff(t, 'admin');
    assert.equal((await admin.inject({ url: '/api/wellbeing/team' })).statusCode, 200);
    const bad = await admin.inject({
      method: 'PUT',
      url: '/api/wellbeing/sharing',
      payload: { share: 'yes' },
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /share/);
  });
});
