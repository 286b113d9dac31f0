/**
 * The two-role deployment on a real PostgreSQL server (runs with `node scripts/test.mjs --postgres`;
 * skipped on the embedded database, which has no roles): an owner role migrates and grants, the
 * server runs as an application role that cannot change, remove or unprotect audit events.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { makeDataDir, runVigie, startServerProcess } from '../../testing/server-process.ts';

const serverUrl = process.env.VIGIE_TEST_PG_URL;
const suffix = crypto.randomBytes(4).toString('hex');
const owner = `vigie_owner_${suffix}`;
const app = `vigie_app_${suffix}`;
const database = `vigie_roles_${suffix}`;
const unmigrated = `vigie_roles_empty_${suffix}`;
const dataDir = makeDataDir('vigie-roles-');

function urlAs(role: string, name = database): string {
  const url = new URL(serverUrl ?? 'postgres://127.0.0.1');
  url.username = role;
  url.password = '';
  url.pathname = `/${name}`;
  return url.toString();
}

async function asRole<T>(role: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: role === 'postgres' ? serverUrl : urlAs(role) });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The server's message for a statement, or "accepted". */
async function answer(client: pg.Client, statement: string): Promise<string> {
  try {
    await client.query(statement);
    return 'accepted';
  } catch (error) {
    return (error as Error).message;
  }
}

const env = (role: string, name = database) => ({
  DATABASE_URL: urlAs(role, name),
  VIGIE_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
  VIGIE_DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
});

describe('PostgreSQL with an owner role and an application role', {
  skip: !serverUrl && 'needs --postgres',
}, () => {
  const secretKey = crypto.randomBytes(32).toString('base64');
  const ownerEnv = { ...env(owner), VIGIE_SECRET_KEY: secretKey };
  const appEnv = { ...env(app), VIGIE_SECRET_KEY: secretKey };

  before(async () => {
    await asRole('postgres', async (c) => {
      await c.query(`create role ${owner} login nosuperuser`);
      await c.query(`create role ${app} login nosuperuser`);
      await c.query(`create database ${database} owner ${owner}`);
      await c.query(`create database ${unmigrated} owner ${owner}`);
    });
  });
  after(async () => {
    await asRole('postgres', async (c) => {
      for (const name of [database, unmigrated])
        await c.query(`drop database if exists ${name} with (force)`);
      await c.query(`drop role if exists ${app}`);
      await c.query(`drop role if exists ${owner}`);
    });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('the owner migrates and grants; the server starts and audits as the application role', async () => {
    const migrated = await runVigie(['migrate', '--grant-to', app], ownerEnv);
    assert.equal(migrated.code, 0, migrated.stderr);
    assert.match(migrated.stdout, /^migrations applied\ngranted vigie_app_\w+ what the server needs/);

    // Every queue exists before the server starts (creating one takes DDL), the scheduler's too:
    // pg-boss ignores a failure to create that one, and then no schedule would ever fire.
    const queues = await asRole(app, (c) => c.query<{ name: string }>('select name from pgboss.queue'));
    const names = queues.rows.map((r) => r.name);
    assert.ok(names.includes('__pgboss__send-it'), names.join(', '));
    assert.ok(names.includes('mail.deliver'), names.join(', '));

    const created = await runVigie(
      ['admin', 'create', '--email', 'first@hotline.test', '--role', 'admin'],
      appEnv,
    );
    assert.equal(created.code, 0, created.stderr);

    const server = await startServerProcess({ env: { ...appEnv, VIGIE_JOBS: 'on', LOG_LEVEL: 'info' } });
    try {
      const health = await fetch(`${server.url}/api/health`);
      assert.deepEqual(await health.json(), { status: 'ok', database: 'postgres' });
      // Let the job queue's start-up work (schedules, at-start jobs) run as the application role.
      await new Promise((r) => setTimeout(r, 3000));
    } finally {
      await server.stop();
    }
    assert.doesNotMatch(server.output(), /permission denied|must be owner|job queue error/);

    const verified = await runVigie(['audit', 'verify'], appEnv);
    assert.equal(verified.code, 0, verified.stderr);
    // The admin's creation, then the partner hotlines seeded at the first start (as the system).
    assert.equal(verified.stdout, 'audit chain intact: 2 events\n');
  });

  test('the application role cannot change, remove or unprotect audit events, but works with the rest', async () => {
    const refused = await asRole(app, async (c) => ({
      // Appending is allowed (and gives the row triggers a row to fire on, whatever ran before).
      insert: await answer(
        c,
        `insert into audit_events (seq, at, actor_label, action, details, prev_hash, hash)
         values (1000, now(), 'test', 'test.appended', '{}', 'none', 'none')`,
      ),
      update: await answer(c, `update audit_events set actor_label = 'someone else'`),
      delete: await answer(c, 'delete from audit_events'),
      truncate: await answer(c, 'truncate audit_events'),
      disable: await answer(c, 'alter table audit_events disable trigger all'),
      drop: await answer(c, 'drop trigger audit_events_append_only on audit_events'),
      replica: await answer(c, 'set session_replication_role = replica'),
      function: await answer(
        c,
        'create or replace function audit_events_refuse_change() returns trigger language plpgsql as $$ begin return new; end $$',
      ),
      staff: await answer(c, 'update staff set display_name = display_name'),
      jobs: await answer(c, 'select count(*) from pgboss.job'),
    }));
    assert.deepEqual(refused, {
      insert: 'accepted',
      update: 'permission denied for table audit_events',
      delete: 'permission denied for table audit_events',
      truncate: 'permission denied for table audit_events',
      disable: 'must be owner of table audit_events',
      drop: 'must be owner of relation audit_events',
      replica: 'permission denied to set parameter "session_replication_role"',
      function: 'permission denied for schema public',
      staff: 'accepted',
      jobs: 'accepted',
    });
    // The trigger holds for the owner too: removing it takes a deliberate ALTER TABLE as owner.
    assert.equal(
      await asRole(owner, (c) => answer(c, `update audit_events set actor_label = 'someone else'`)),
      'audit_events is append-only: UPDATE refused',
    );
  });

  test('--grant-to refuses a role that owns tables, a superuser and an unknown role; pending migrations stop a non-owner clearly', async () => {
    const cases: [string, RegExp][] = [
      [owner, /owns tables: the server must run as a role that owns none/],
      ['postgres', /is a superuser/],
      [`nobody_${suffix}`, /does not exist: create it first/],
    ];
    for (const [role, message] of cases) {
      const res = await runVigie(['migrate', '--grant-to', role], ownerEnv);
      assert.equal(res.code, 1, role);
      assert.match(res.stderr, /^vigie migrate: /);
      assert.match(res.stderr, message);
    }
    const res = await runVigie(['migrate'], { ...env(app, unmigrated), VIGIE_SECRET_KEY: secretKey });
    assert.equal(res.code, 1);
    assert.match(
      res.stderr,
      /^vigie migrate: database migrations are pending and this database role may not apply them/,
    );
  });
});
