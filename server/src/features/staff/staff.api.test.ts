import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { verifyAuditChain } from '../../platform/audit/audit.service.ts';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { type StaffAgent, signedInStaff, TEST_PASSWORD } from '../../platform/auth/auth.testing.ts';
import { CLI_ACTOR, ROLES, type Role, staff, staffRoutes, staffSessions } from '../../platform/auth/index.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { updateStaffMember } from './staff.service.ts';

let t: TestApp;
let admin: StaffAgent;
before(async () => {
  t = await createTestApp();
  admin = await signedInStaff(t, 'admin', { displayName: 'Alex Admin' });
});
after(() => t.close());

const lastAudit = async (n = 1) =>
  (await t.database.db.select().from(auditEvents).orderBy(asc(auditEvents.seq))).slice(-n);

describe('who may call what: every guarded route × every role, and no session', () => {
  // The rules as the product defines them; the walk below checks the app enforces exactly these.
  const expected: Record<string, readonly Role[] | 'any'> = {
    'GET /api/staff': ['admin'],
    'POST /api/staff': ['admin'],
    'PATCH /api/staff/:id': ['admin'],
    'POST /api/staff/:id/reset': ['admin'],
    'GET /api/audit': ['admin', 'auditor'],
    'GET /api/audit/export.csv': ['admin', 'auditor'],
    'GET /api/audit/actors': ['admin', 'auditor'],
    'GET /api/operations/health': ['admin'],
    'GET /api/auth/session': 'any',
    'POST /api/auth/logout': 'any',
    'POST /api/auth/password': 'any',
    'GET /api/me/preferences': 'any',
    'PUT /api/me/preferences': 'any',
  };

  test('the route table lists the staff routes with their rules', () => {
    const table = staffRoutes(t.app);
    for (const [key, roles] of Object.entries(expected)) {
      const entry = table.find((r) => `${r.method} ${r.url}` === key);
      assert.ok(entry, `${key} is guarded`);
      assert.deepEqual(entry.roles ?? 'any', roles, key);
    }
    assert.ok(table.some((r) => r.url === '/api/auth/totp' && r.stages.join() === 'password' && r.csrf));
  });

  test('each route lets exactly its roles through', async () => {
    const target = await signedInStaff(t, 'analyst');
    for (const route of staffRoutes(t.app)) {
      const url = route.url.replace(':id', target.id);
      const payload = route.method === 'GET' ? undefined : {};
      const anonymous = await t.app.inject({ method: route.method as 'GET', url, payload });
      assert.equal(anonymous.statusCode, 401, `${route.method} ${route.url} without a session`);
      assert.equal(anonymous.json().error.code, 'auth.no_session');

      for (const role of ROLES) {
        const agent = await signedInStaff(t, role);
        const res = await agent.inject({ method: route.method as 'GET', url, payload });
        const where = `${route.method} ${route.url} as ${role}: ${res.statusCode} ${res.body.slice(0, 120)}`;
        if (!route.stages.includes('full')) {
          assert.equal(res.json().error.code, 'auth.wrong_stage', where);
        } else if (route.roles && !route.roles.includes(role)) {
          assert.equal(res.statusCode, 403, where);
          assert.equal(res.json().error.code, 'auth.forbidden', where);
        } else {
          assert.ok(![401, 403].includes(res.statusCode), where);
        }
      }
    }
  });
});

describe('staff management', () => {
  test('an admin creates an account and gets a one-time setup link; duplicates are refused', async () => {
    const res = await admin.inject({
      method: 'POST',
      url: '/api/staff',
      payload: {
        email: '  Dominique.Durand@Hotline.test ',
        display_name: 'Dominique Durand',
        role: 'liaison_officer',
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.staff.email, 'dominique.durand@hotline.test');
    assert.equal(body.staff.role, 'liaison_officer');
    assert.equal(body.staff.language, 'fr');
    assert.equal(body.staff.totp_enabled, false);
    assert.equal(body.staff.disabled, false);
    assert.equal(body.staff.last_login_at, null);
    assert.match(body.setup_url, new RegExp(`^${t.config.publicUrl}/app/setup\\?token=`));
    const [created] = await lastAudit();
    assert.equal(created?.action, 'staff.created');
    assert.equal(created?.actorLabel, admin.email);
    assert.equal(created?.actorStaffId, admin.id);
    assert.equal(created?.targetId, body.staff.id);

    const duplicate = await admin.inject({
      method: 'POST',
      url: '/api/staff',
      payload: { email: 'DOMINIQUE.durand@hotline.test', display_name: 'Again', role: 'analyst' },
    });
    assert.equal(duplicate.statusCode, 409);
    assert.equal(duplicate.json().error.code, 'staff.email_taken');

    for (const payload of [
      { email: 'x@hotline.test', display_name: 'X', role: 'superuser' },
      { email: 'not-an-email', display_name: 'X', role: 'analyst' },
      { email: 'y@hotline.test', display_name: 'Y', role: 'analyst', password: 'nope' },
      { email: 'z@hotline.test', display_name: 'Z', role: 'analyst', language: 'de' },
    ]) {
      const bad = await admin.inject({ method: 'POST', url: '/api/staff', payload });
      assert.equal(bad.statusCode, 400, JSON.stringify(payload));
      assert.equal(bad.json().error.code, 'request.invalid');
    }

    const list = await admin.inject({ url: '/api/staff' });
    const listed = list.json().staff.find((s: { id: string }) => s.id === body.staff.id);
    assert.deepEqual(listed, body.staff);
  });

  test('an admin changes a role and a name; the change is audited with before/after', async () => {
    const person = await signedInStaff(t, 'analyst');
    const res = await admin.inject({
      method: 'PATCH',
      url: `/api/staff/${person.id}`,
      payload: { role: 'supervisor', display_name: 'Sam Supervisor' },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().staff.role, 'supervisor');
    assert.equal(res.json().staff.display_name, 'Sam Supervisor');
    const [event] = await lastAudit();
    assert.equal(event?.action, 'staff.updated');
    assert.deepEqual(event?.details.changes, {
      role: { from: 'analyst', to: 'supervisor' },
      display_name: { from: person.email, to: 'Sam Supervisor' },
    });
    // The new role applies to the live session at once.
    const session = await person.inject({ url: '/api/auth/session' });
    assert.equal(session.json().staff.role, 'supervisor');

    const empty = await admin.inject({ method: 'PATCH', url: `/api/staff/${person.id}`, payload: {} });
    assert.equal(empty.statusCode, 400);
    const missing = await admin.inject({
      method: 'PATCH',
      url: '/api/staff/00000000-0000-4000-8000-000000000000',
      payload: { role: 'analyst' },
    });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'staff.not_found');
    const notAnId = await admin.inject({
      method: 'PATCH',
      url: '/api/staff/42',
      payload: { role: 'analyst' },
    });
    assert.equal(notAnId.statusCode, 400);
  });

  test('disabling an account ends its sessions and stops sign-in; enabling lets it back', async () => {
    const person = await signedInStaff(t, 'analyst');
    assert.equal((await person.inject({ url: '/api/auth/session' })).statusCode, 200);
    const res = await admin.inject({
      method: 'PATCH',
      url: `/api/staff/${person.id}`,
      payload: { disabled: true },
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().staff.disabled, true);
    assert.equal((await person.inject({ url: '/api/auth/session' })).statusCode, 401);
    const sessions = await t.database.db
      .select()
      .from(staffSessions)
      .where(eq(staffSessions.staffId, person.id));
    assert.equal(sessions.length, 0);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '203.0.113.1',
      payload: { email: person.email, password: TEST_PASSWORD },
    });
    assert.equal(login.statusCode, 401);

    const enabled = await admin.inject({
      method: 'PATCH',
      url: `/api/staff/${person.id}`,
      payload: { disabled: false },
    });
    assert.equal(enabled.json().staff.disabled, false);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '203.0.113.2',
      payload: { email: person.email, password: TEST_PASSWORD },
    });
    assert.equal(again.statusCode, 200);
  });

  test('an admin cannot demote or disable themself', async () => {
    for (const payload of [{ role: 'analyst' }, { disabled: true }]) {
      const res = await admin.inject({ method: 'PATCH', url: `/api/staff/${admin.id}`, payload });
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().error.code, 'staff.self_lockout');
    }
    const rename = await admin.inject({
      method: 'PATCH',
      url: `/api/staff/${admin.id}`,
      payload: { display_name: 'Alex A.', role: 'admin' },
    });
    assert.equal(rename.statusCode, 200);
  });

  test('reset clears password and TOTP, ends sessions, and gives a new setup link', async () => {
    const person = await signedInStaff(t, 'analyst');
    const res = await admin.inject({ method: 'POST', url: `/api/staff/${person.id}/reset` });
    assert.equal(res.statusCode, 200);
    const setupUrl: string = res.json().setup_url;
    assert.equal((await person.inject({ url: '/api/auth/session' })).statusCode, 401);
    const [row] = await t.database.db.select().from(staff).where(eq(staff.id, person.id));
    assert.equal(row?.passwordHash, null);
    assert.equal(row?.totpSecretEnc, null);
    assert.equal(row?.totpEnabled, false);
    const [event] = await lastAudit();
    assert.equal(event?.action, 'staff.reset');
    assert.equal(event?.targetId, person.id);

    const setup = await t.app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      remoteAddress: '203.0.113.3',
      payload: { token: new URL(setupUrl).searchParams.get('token'), password: 'a brand new long password' },
    });
    assert.equal(setup.statusCode, 200);
    assert.equal(setup.json().stage, 'enrol');
  });

  test('the staff list shows each account as active or disabled, with no lockout left over', async () => {
    // Sign-in delays a guessed address for at most a minute (sign-in-throttle.ts); accounts are never
    // locked, so the list has no "locked until" to show.
    const res = await admin.inject({ url: '/api/staff' });
    const [member] = res.json().staff;
    assert.deepEqual(Object.keys(member).sort(), [
      'created_at',
      'disabled',
      'display_name',
      'email',
      'id',
      'language',
      'last_login_at',
      'role',
      'totp_enabled',
    ]);
    const columns = rowsOf<{ name: string }>(
      await t.database.db.execute(
        sql`select column_name as name from information_schema.columns where table_name = 'staff'`,
      ),
    ).map((c) => c.name);
    assert.ok(!columns.includes('failed_logins') && !columns.includes('locked_until'), columns.join(', '));
  });

  test('the last active admin can be neither demoted nor disabled', async () => {
    const db = t.database.db;
    const others = await db
      .select({ id: staff.id })
      .from(staff)
      .where(and(eq(staff.role, 'admin'), ne(staff.id, admin.id)));
    await db
      .update(staff)
      .set({ disabledAt: new Date() })
      .where(
        inArray(
          staff.id,
          others.map((o) => o.id),
        ),
      );
    for (const change of [{ role: 'analyst' as const }, { disabled: true }]) {
      await assert.rejects(updateStaffMember(db, admin.id, change, CLI_ACTOR), { code: 'staff.last_admin' });
    }
    // With a second active admin, it is allowed.
    const second = await signedInStaff(t, 'admin');
    const demoted = await updateStaffMember(db, second.id, { role: 'analyst' }, CLI_ACTOR);
    assert.equal(demoted.role, 'analyst');
    const [event] = await lastAudit();
    assert.equal(event?.actorLabel, 'cli');
  });
});

describe('the audit log', () => {
  test('auditors and admins read it newest first, page back with before_seq; others cannot', async () => {
    const auditor = await signedInStaff(t, 'auditor');
    const page = await auditor.inject({ url: '/api/audit?limit=3' });
    assert.equal(page.statusCode, 200);
    const events = page.json().events as { seq: number; action: string; actor_label: string }[];
    assert.equal(events.length, 3);
    assert.ok((events[0]?.seq ?? 0) > (events[1]?.seq ?? 0));
    assert.equal(events[0]?.action, 'auth.signed_in');
    assert.equal(events[0]?.actor_label, auditor.email);
    const older = await auditor.inject({ url: `/api/audit?limit=2&before_seq=${events[2]?.seq}` });
    assert.deepEqual(
      older.json().events.map((e: { seq: number }) => e.seq),
      [(events[2]?.seq ?? 0) - 1, (events[2]?.seq ?? 0) - 2],
    );
    assert.equal((await admin.inject({ url: '/api/audit' })).json().events.length, 50);
    const bad = await auditor.inject({ url: '/api/audit?limit=0' });
    assert.equal(bad.statusCode, 400);

    const change = await auditor.inject({
      method: 'POST',
      url: '/api/staff',
      payload: { email: 'a@hotline.test', display_name: 'A', role: 'admin' },
    });
    assert.equal(change.statusCode, 403);
    assert.equal(change.json().error.code, 'auth.forbidden');
    const analyst = await signedInStaff(t, 'analyst');
    assert.equal((await analyst.inject({ url: '/api/staff' })).statusCode, 403);
    assert.equal((await analyst.inject({ url: '/api/audit' })).statusCode, 403);
  });

  test('narrowed by who, what, object and dates, with names instead of ids; the same view as CSV', async () => {
    const auditor = await signedInStaff(t, 'auditor');
    const person = await signedInStaff(t, 'analyst', { displayName: 'Lou Filtrée' });
    await admin.inject({ method: 'PATCH', url: `/api/staff/${person.id}`, payload: { role: 'supervisor' } });
    const get = async (query: string) => {
      const res = await auditor.inject({ url: `/api/audit?${query}` });
      assert.equal(res.statusCode, 200, `${query}: ${res.body}`);
      return res.json().events as Array<Record<string, unknown>>;
    };

    const onPerson = await get(`target_type=staff&target_id=${person.id}`);
    assert.deepEqual(
      onPerson.map((e) => e.action),
      ['staff.updated', 'auth.signed_in', 'staff.created'],
      'newest first, only events on that person',
    );
    assert.equal(onPerson[0]?.target_label, 'Lou Filtrée', 'the target by its name');
    assert.equal(onPerson[0]?.actor_staff_id, admin.id);

    const byPerson = await get(`actor=${person.id}`);
    assert.ok(byPerson.length > 0 && byPerson.every((e) => e.actor_staff_id === person.id));
    const staffActions = await get('action=staff.');
    assert.ok(staffActions.length >= 2 && staffActions.every((e) => String(e.action).startsWith('staff.')));
    assert.ok((await get('action=staff.updated')).every((e) => e.action === 'staff.updated'));

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: t.config.timeZone }).format(new Date());
    assert.equal((await get(`from=${today}&to=${today}&target_id=${person.id}`)).length, 3);
    assert.equal((await get(`to=2000-01-01&target_id=${person.id}`)).length, 0);

    for (const bad of ['actor=someone', 'action=DROP TABLE', 'from=2026-02-30', 'colour=red']) {
      assert.equal((await auditor.inject({ url: `/api/audit?${bad}` })).statusCode, 400, bad);
    }

    const csv = await auditor.inject({ url: `/api/audit/export.csv?target_id=${person.id}` });
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="vigie-audit.csv"/);
    const lines = csv.body.trimEnd().split('\r\n');
    assert.equal(lines[0], 'seq,at,actor,action,target_type,target_id,target,details');
    assert.equal(lines.length, 4);
    assert.match(
      lines[1] ?? '',
      /,staff\.updated,staff,[0-9a-f-]{36},Lou Filtrée,"\{.*""role"":\{""to"":""supervisor""/,
    );

    const actors = (await auditor.inject({ url: '/api/audit/actors' })).json().actors;
    assert.ok(
      actors.some(
        (a: { staff_id: string; label: string }) => a.staff_id === person.id && a.label === 'Lou Filtrée',
      ),
    );
  });

  test('every action above left a verifiable chain, with no client address in it', async () => {
    const result = await verifyAuditChain(t.database.db);
    assert.equal(result.ok, true);
    const all = await t.database.db.select().from(auditEvents);
    assert.ok(all.length > 50);
    assert.ok(!JSON.stringify(all).includes('203.0.113'));
    assert.ok(!t.logs().includes('203.0.113'));
  });

  test('staff management routes are documented under the staff tag', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    assert.deepEqual(doc.paths['/api/staff'].get.tags, ['staff']);
    assert.deepEqual(doc.paths['/api/staff'].post.tags, ['staff']);
    assert.deepEqual(doc.paths['/api/staff/{id}'].patch.tags, ['staff']);
    assert.deepEqual(doc.paths['/api/staff/{id}/reset'].post.tags, ['staff']);
    assert.deepEqual(doc.paths['/api/audit'].get.tags, ['staff']);
  });
});
