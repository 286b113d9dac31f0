/**
 * The loop as it runs by itself, with real parts: a site on 127.0.0.1 whose answer changes over time
 * (online → 404 → back), the test DNS server, the safe fetcher and the checker, the pool, a real SMTP
 * server for the reminder; only the clock is the test's (the schedule is days long).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createDnsResolver } from '../../platform/dns/resolver.ts';
import { createSafeFetcher, type SafeFetcher } from '../../platform/fetch/index.ts';
import { createSmtpSender } from '../../platform/mail/index.ts';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { startTestSite, type TestSite } from '../../testing/http-site.ts';
import { type SmtpSink, startSmtpSink } from '../../testing/smtp-sink-process.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { noticeItems, notices, runNoticeProposals } from '../notices/index.ts';
import { proposalContext } from '../notices/notices.testing.ts';
import { createItemChecker } from './check-item.ts';
import { runCheckPool } from './check-pool.ts';
import { deliverNotices, monitoringContext, notifiedItem } from './monitoring.testing.ts';
import { type RunChecks, runMonitoring } from './monitoring-run.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestApp;
let analyst: StaffAgent;
let site: TestSite;
let dns: TestDnsServer;
let fetcher: SafeFetcher;
let sink: SmtpSink;
let answer: 'online' | 'missing' = 'online';
let requests = 0;

before(async () => {
  t = await createTestApp({
    VIGIE_HOTLINE_NAME: 'Point de Contact',
    VIGIE_HOTLINE_EMAIL: 'notices@hotline.example',
  });
  analyst = await signedInStaff(t, 'analyst');
  site = await startTestSite({
    '/content': (_req, res) => {
      requests += 1;
      if (answer === 'online') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>still here</p>');
      else res.writeHead(404, { 'content-type': 'text/html' }).end('<p>not found</p>');
    },
  });
  dns = await startDnsServer((name) => (name === 'loop.test' ? { A: ['127.0.0.1'] } : 'NXDOMAIN'));
  fetcher = createSafeFetcher({
    resolver: createDnsResolver([dns.address], { timeoutMs: 1_000, tries: 1 }),
    userAgent: 'Vigie-test/1',
    timeoutMs: 2_000,
    maxBytes: 1024 * 1024,
    allowForTests: ['127.0.0.1'],
  });
  sink = await startSmtpSink();
});
after(async () => {
  await sink.stop();
  await fetcher.close();
  await site.close();
  await dns.close();
  await t.close();
});

const check = () => createItemChecker({ fetcher });
const runChecks: RunChecks = async (tasks, onResult) => {
  await runCheckPool(tasks, { check: check(), concurrency: 4, hostSpacingMs: 0, onResult });
};
const smtp = () =>
  createSmtpSender({ smtpUrl: sink.url, from: 'Point de Contact <notices@hotline.example>' }) ?? undefined;

test('rechecked on schedule, reminded, removed after two checks, and re-notified when it comes back', async () => {
  const item = await notifiedItem(t, analyst.id, {
    host: 'loop.test',
    abuse: 'abuse@loop.example',
    send: smtp(),
  });
  await t.database.db.execute(
    sql`update items set url = ${`http://loop.test:${site.port}/content`} where id = ${item.id}`,
  );
  const [sent] = await t.database.db
    .select({ at: notices.sentAt })
    .from(notices)
    .where(eq(notices.id, item.hostNoticeId));
  const t0 = sent?.at?.getTime() ?? Date.now();
  let clock = t0;
  const turn = (at: number) => {
    clock = at;
    return runMonitoring(monitoringContext(t, runChecks, { now: () => new Date(clock) }));
  };
  const monitoring = async () =>
    (await analyst.inject({ url: `/api/items/${item.id}/monitoring` })).json().monitoring;

  // Enrolled at once; nothing is fetched before the first check is due (12 h for child abuse material).
  assert.equal((await turn(t0 + HOUR)).enrolled, 1);
  assert.equal(requests, 0);
  const first = await turn(t0 + 12 * HOUR);
  assert.equal(first.checked, 1);
  assert.equal(requests, 1);
  assert.equal((await monitoring()).checks[0].outcome, 'online');

  // Still online after 3 days: the host is reminded, through the outbox, of the notice it got.
  const reminded = await turn(t0 + 3 * DAY);
  assert.equal(reminded.reminders, 1);
  await runNoticeProposals(proposalContext(t, { now: () => new Date(clock) }));
  await deliverNotices(t, smtp(), () => new Date(clock));
  const mail = await sink.waitFor(
    (m) => m.to.includes('abuse@loop.example') && m.subject.startsWith('Rappel'),
  );
  const parsed = await simpleParser(Buffer.from(mail.raw, 'base64'));
  assert.ok(parsed.text?.includes(item.hostNoticeId), 'the reminder names the notice it follows');
  assert.ok(parsed.text?.includes('/content'), 'and the address still online');
  assert.equal((await monitoring()).reminders_sent, 1);

  // Taken down: one "removed" check is not enough; the second, an hour later, confirms.
  answer = 'missing';
  const firstGone = await turn(t0 + 3 * DAY + 12 * HOUR);
  assert.deepEqual([firstGone.checked, firstGone.removed], [1, 0]);
  assert.equal((await monitoring()).state, 'watching');
  const confirmed = await turn(t0 + 3 * DAY + 13 * HOUR);
  assert.equal(confirmed.removed, 1);
  const removed = await monitoring();
  assert.equal(removed.state, 'removed');
  assert.equal(removed.hours_to_removal, 3 * 24 + 12, 'from the first notice to the first removed check');
  const perNotice = removed.notices.map((n: { purpose: string; hours_to_removal: number | null }) => [
    n.purpose,
    n.hours_to_removal,
  ]);
  assert.deepEqual(
    perNotice,
    [
      ['notice', 84],
      ['reminder', 12],
    ],
    'and from each notice that left',
  );
  const standing = (await analyst.inject({ url: `/api/items/${item.id}/feedback` })).json();
  assert.equal(standing.status, 'removed', 'the reporter is told it is removed');

  // No check in between; a week after the removal it is back: reappeared, and the host is told again.
  assert.equal((await turn(t0 + 6 * DAY)).checked, 0);
  answer = 'online';
  const back = await turn(t0 + 3 * DAY + 12 * HOUR + 7 * DAY);
  assert.equal(back.reappeared, 1);
  const again = await monitoring();
  assert.equal(again.state, 'watching');
  assert.equal(again.reappearances, 1);
  const followUps = await t.database.db
    .select({ purpose: notices.purpose, follows: notices.followsNoticeId, kind: notices.recipientKind })
    .from(noticeItems)
    .innerJoin(notices, eq(notices.id, noticeItems.noticeId))
    .where(and(eq(noticeItems.itemId, item.id), sql`${notices.purpose} <> 'notice'`));
  assert.deepEqual(followUps.map((f) => [f.purpose, f.kind, f.follows]).sort(), [
    ['reappeared', 'host', item.hostNoticeId],
    ['reminder', 'host', item.hostNoticeId],
  ]);
  const events = await t.database.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(and(eq(auditEvents.targetId, item.id), sql`${auditEvents.action} like 'monitoring.%'`))
    .orderBy(auditEvents.seq);
  assert.deepEqual(
    events.map((e) => e.action),
    ['monitoring.reminded', 'monitoring.removal_confirmed', 'monitoring.reappeared'],
  );
});
