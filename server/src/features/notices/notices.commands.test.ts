import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import type { OpenConfigured } from '../../platform/auth/admin-create.command.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { captureCli } from '../../testing/cli-capture.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { runNoticeProposals } from './notice-proposals.ts';
import { NOTICES_LIST_USAGE, runNoticesListCommand, runNoticesShowCommand } from './notices.command.ts';
import { noticeItems, notices } from './notices.tables.ts';
import { hostContact, proposalContext, qualifiedItem } from './notices.testing.ts';
import { validateXarf } from './xarf/index.ts';

let t: TestApp;
let analyst: StaffAgent;
before(async () => {
  t = await createTestApp({
    VIGIE_HOTLINE_NAME: 'Point de Contact',
    VIGIE_HOTLINE_EMAIL: 'notices@hotline.example',
    VIGIE_MAIL_FROM: 'Point de Contact <notices@hotline.example>',
  });
  analyst = await signedInStaff(t, 'analyst');
});
after(() => t.close());

const open: OpenConfigured = async () => ({ config: t.config, database: t.database, close: async () => {} });

const run = (command: typeof runNoticesListCommand, argv: string[]) =>
  captureCli((io) => command(argv, io, open));

async function hostNotice() {
  const item = await qualifiedItem(t, analyst.id, {
    country: 'FR',
    contacts: [hostContact(`abuse-${crypto.randomUUID().slice(0, 8)}@cli-host.example`)],
  });
  await runNoticeProposals(proposalContext(t));
  const rows = await t.database.db
    .select({ id: notices.id, kind: notices.recipientKind })
    .from(noticeItems)
    .innerJoin(notices, eq(notices.id, noticeItems.noticeId))
    .where(eq(noticeItems.itemId, item.id));
  return { item, id: rows.find((r) => r.kind === 'host')?.id ?? '' };
}

describe('vigie notices list and show', () => {
  test('list prints every notice as JSON with its items, recipient, state and dates', async () => {
    const { item, id } = await hostNotice();
    const res = await run(runNoticesListCommand, ['--format', 'json']);
    assert.equal(res.code, 0, res.stderr);
    const rows = JSON.parse(res.stdout);
    const row = rows.find((r: { id: string }) => r.id === id);
    assert.deepEqual(Object.keys(row), [
      'id',
      'items',
      'recipient_kind',
      'recipient',
      'state',
      'created',
      'sent',
    ]);
    assert.deepEqual(row.items, [item.id]);
    assert.equal(row.recipient_kind, 'host');
    assert.match(row.recipient, /@cli-host\.example$/);
    assert.equal(row.state, 'proposed');
    assert.equal(row.sent, null);
    assert.equal((await run(runNoticesListCommand, ['--help'])).stdout, NOTICES_LIST_USAGE);
    const wrong = await run(runNoticesListCommand, ['--format', 'csv']);
    assert.equal(wrong.code, 2);
    assert.equal(wrong.stderr.trimEnd().split('\n').length, 1);
  });

  test('show: json, then once approved its XARF report and the e-mail as sent', async () => {
    const { item, id } = await hostNotice();
    const json = await run(runNoticesShowCommand, [id, '--format', 'json']);
    assert.equal(json.code, 0, json.stderr);
    assert.equal(JSON.parse(json.stdout).state, 'proposed');
    const none = await run(runNoticesShowCommand, [id, '--format', 'xarf']);
    assert.equal(none.code, 1);
    assert.match(
      none.stderr,
      /^vigie notices show: notice .* has no XARF report \(it is not approved yet\)\n$/,
    );

    const approved = await analyst.inject({ method: 'POST', url: `/api/notices/${id}/approve`, payload: {} });
    assert.equal(approved.statusCode, 200, approved.body);
    const xarf = await run(runNoticesShowCommand, [id, '--format', 'xarf']);
    assert.equal(xarf.code, 0, xarf.stderr);
    const report = JSON.parse(xarf.stdout);
    assert.deepEqual(validateXarf(report), { ok: true });
    assert.equal(report.url, item.url);

    const eml = await run(runNoticesShowCommand, [id, '--format', 'eml']);
    assert.equal(eml.code, 0, eml.stderr);
    assert.match(eml.stdout, /^Content-Type: multipart\/mixed/m);
    const mail = await simpleParser(eml.stdout);
    const [row] = await t.database.db.select().from(notices).where(eq(notices.id, id));
    assert.equal(mail.subject, row?.subject);
    assert.equal(mail.from?.value[0]?.address, 'notices@hotline.example');
    assert.equal(mail.headers.get('content-language'), 'fr');
    assert.deepEqual(
      mail.attachments.map((a) => [a.filename, a.contentType]),
      [['xarf.json', 'application/json']],
    );
    assert.deepEqual(JSON.parse(mail.attachments[0]?.content.toString('utf8') ?? ''), report);

    const history = (await analyst.inject({ url: `/api/items/${item.id}/history` })).json();
    assert.ok(
      history.entries.some((e: { action?: string }) => e.action === 'notice.approved'),
      'the item’s history shows the approval of a notice about it',
    );
  });

  test('a wrong or missing argument, or an unknown notice: non-zero with one line', async () => {
    const cases: [string[], number, RegExp][] = [
      [[], 2, /which notice/],
      [[crypto.randomUUID()], 2, /--format must be one of xarf, json, eml/],
      [['nope', '--format', 'json'], 2, /not a notice id/],
      [[crypto.randomUUID(), '--format', 'pdf'], 2, /--format must be/],
      [['--colour'], 2, /Unknown option/],
      [[crypto.randomUUID(), '--format', 'json'], 1, /no notice/],
    ];
    for (const [argv, code, pattern] of cases) {
      const res = await run(runNoticesShowCommand, argv);
      assert.equal(res.code, code, `${argv.join(' ')}: ${res.stderr}`);
      assert.equal(res.stderr.trimEnd().split('\n').length, 1, res.stderr);
      assert.match(res.stderr, pattern);
    }
  });
});
