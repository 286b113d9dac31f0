import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { runCli } from '../../cli.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import {
  ADMIN_CREATE_USAGE,
  type OpenConfigured,
  runAdminCreateCommand,
} from '../auth/admin-create.command.ts';
import { staff } from '../auth/auth.tables.ts';
import { verifyAuditChain } from './audit.service.ts';
import { auditEvents } from './audit.tables.ts';
import { tamperWithAuditLog } from './audit.testing.ts';
import { runAuditVerifyCommand } from './audit-verify.command.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

/** The test database, as the commands would open the configured one (left open for the test). */
const open: OpenConfigured = async () => ({ config: t.config, database: t.database, close: async () => {} });

async function run(command: typeof runAdminCreateCommand, argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await command(argv, { stdout, stderr, isTTY: false }, open);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('vigie admin create', () => {
  test('creates the account and prints the one-time setup link with its 72 h expiry', async () => {
    const res = await run(runAdminCreateCommand, [
      '--email',
      'First.Admin@Hotline.test',
      '--role',
      'admin',
      '--name',
      'Première Admin',
    ]);
    assert.equal(res.code, 0, res.stderr);
    assert.equal(res.stderr, '');
    assert.match(res.stdout, /^created admin account first\.admin@hotline\.test \([0-9a-f-]{36}\)\n/);
    assert.match(res.stdout, /expires in 72 h/);
    const link = res.stdout.trim().split('\n').at(-1) ?? '';
    assert.match(link, new RegExp(`^${t.config.publicUrl}/app/setup\\?token=[A-Za-z0-9_-]{43}$`));
    const [row] = await t.database.db.select().from(staff).where(eq(staff.email, 'first.admin@hotline.test'));
    assert.equal(row?.role, 'admin');
    assert.equal(row?.displayName, 'Première Admin');
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, row?.id ?? ''));
    assert.equal(event?.action, 'staff.created');
    assert.equal(event?.actorLabel, 'cli');

    // The link works.
    const setup = await t.app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      payload: { token: new URL(link).searchParams.get('token'), password: 'a long enough password' },
    });
    assert.equal(setup.statusCode, 200);
  });

  test('refuses a duplicate, an unknown role and a bad e-mail with one line on stderr and exit 1', async () => {
    const cases: [string[], RegExp][] = [
      [['--email', 'first.admin@hotline.test', '--role', 'analyst'], /already exists/],
      [
        ['--email', 'someone@hotline.test', '--role', 'overlord'],
        /Unknown role "overlord": use one of admin, supervisor/,
      ],
      [['--email', 'not an e-mail', '--role', 'analyst'], /not a valid e-mail address/],
      [['--email', 'lang@hotline.test', '--role', 'analyst', '--language', 'de'], /fr or en/],
    ];
    for (const [argv, message] of cases) {
      const res = await run(runAdminCreateCommand, argv);
      assert.equal(res.code, 1, argv.join(' '));
      assert.equal(res.stdout, '');
      assert.match(res.stderr, /^vigie admin create: .+\n$/);
      assert.match(res.stderr, message);
    }
  });

  test('usage errors exit 2; --help prints the options', async () => {
    assert.equal((await run(runAdminCreateCommand, ['--role', 'admin'])).code, 2);
    assert.equal(
      (await run(runAdminCreateCommand, ['--email', 'a@b.test', '--role', 'admin', '--bogus'])).code,
      2,
    );
    const help = await run(runAdminCreateCommand, ['--help']);
    assert.equal(help.code, 0);
    assert.equal(help.stdout, ADMIN_CREATE_USAGE);
    assert.match(help.stdout, /liaison_officer/);
  });

  test('is registered in the vigie command', async () => {
    const stdout = new PassThrough();
    const out: string[] = [];
    stdout.on('data', (c: Buffer) => out.push(c.toString()));
    const io = { stdout, stderr: new PassThrough(), isTTY: false };
    assert.equal(await runCli(['admin', 'create', '--help'], io), 0);
    assert.equal(await runCli(['audit', 'verify', '--help'], io), 0);
    assert.equal(await runCli(['--help'], io), 0);
    assert.match(out.join(''), /admin create/);
    assert.match(out.join(''), /audit verify/);
  });
});

describe('vigie audit verify', () => {
  test('says the chain is intact, with the number of events', async () => {
    const events = (await t.database.db.select().from(auditEvents)).length;
    assert.ok(events >= 2);
    const res = await run(runAuditVerifyCommand, []);
    assert.equal(res.code, 0);
    assert.equal(res.stdout, `audit chain intact: ${events} events\n`);
  });

  test('names the first tampered event', async () => {
    const [target] = await t.database.db
      .select()
      .from(auditEvents)
      .orderBy(auditEvents.seq)
      .limit(1)
      .offset(1);
    assert.ok(target);
    await tamperWithAuditLog(t.database.db, (tx) =>
      tx.execute(
        sql`update audit_events set details = '{"email":"someone.else@hotline.test"}'::jsonb where seq = ${target.seq}`,
      ),
    );
    const res = await run(runAuditVerifyCommand, []);
    assert.equal(res.code, 1);
    assert.equal(res.stdout, '');
    assert.equal(
      res.stderr,
      `audit chain broken at event #${target.seq}: event content does not match its hash\n`,
    );
    const direct = await verifyAuditChain(t.database.db);
    assert.equal(direct.ok, false);
  });

  test('a deleted event is named too; extra arguments exit 2', async () => {
    const [first] = await t.database.db.select().from(auditEvents).orderBy(auditEvents.seq).limit(1);
    await tamperWithAuditLog(t.database.db, (tx) =>
      tx.execute(sql`delete from audit_events where seq = ${first?.seq}`),
    );
    const res = await run(runAuditVerifyCommand, []);
    assert.equal(res.code, 1);
    assert.match(
      res.stderr,
      new RegExp(`^audit chain broken at event #${first?.seq}: event missing from the chain\\n$`),
    );
    assert.equal((await run(runAuditVerifyCommand, ['now'])).code, 2);
  });
});
