import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { count, max, min, sql } from 'drizzle-orm';
import { pack, publicCategoryIds } from '../../jurisdictions/index.ts';
import { verifyAuditChain } from '../../platform/audit/audit.service.ts';
import { staff } from '../../platform/auth/index.ts';
import { loadConfig } from '../../platform/config.ts';
import { createSecretBox } from '../../platform/crypto/secret-box.ts';
import { type Database, rowsOf } from '../../platform/db/database.ts';
import { openTestDatabase, TEST_SECRET_KEY } from '../../testing/test-database.ts';
import { findReportStatus, reports } from '../intake/index.ts';
import { itemStanding, reportedAddressStandings } from '../outcomes/index.ts';
import { demoCounts } from './demo.queries.ts';
import { seededRandom } from './demo-data.ts';
import { createDemoData, runDemoCommand } from './index.ts';

let database: Database;
const config = loadConfig({
  VIGIE_DATA_DIR: 'unused',
  VIGIE_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
});
// The command closes what it opens: hand it the test database with a no-op close.
const open = async () => ({ config, database, close: async () => {} });

function capture() {
  let out = '';
  let err = '';
  const io = {
    stdout: new Writable({
      write(chunk, _encoding, done) {
        out += chunk;
        done();
      },
    }),
    stderr: new Writable({
      write(chunk, _encoding, done) {
        err += chunk;
        done();
      },
    }),
    isTTY: false,
  };
  return { io, out: () => out, err: () => err };
}

before(async () => {
  database = await openTestDatabase();
});
after(async () => database.close());

const REPORTS = 600;
/** The data set's last moment: pinned, so the seed makes the same data set on every day the tests run. */
const UNTIL = '2026-11-29T18:00:00Z';
const rows = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await database.db.execute(query));
const one = async <T>(query: ReturnType<typeof sql>) => (await rows<T>(query))[0] as T;

test('vigie demo fills an empty database with two years of reports across every category', async () => {
  const run = capture();
  const code = await runDemoCommand(
    ['--reports', String(REPORTS), '--seed', '42', '--until', UNTIL],
    run.io,
    open,
  );
  assert.equal(code, 0, run.err());
  // The summary says what was made, and how long it took.
  assert.match(run.out(), /demo data set created in \d+\.\d s: 600 reports/);
  assert.match(run.out(), /items qualified: \d+ \(\d+ illegal, \d+%\); \d+ still in the queue/);
  assert.match(run.out(), /notices: \d+ \(.*acknowledged.*sent.*withheld/);
  assert.match(run.out(), /police batches: [1-9]\d* transmitted/);
  assert.match(run.out(), /partner hotline forwards: [1-9]/);
  assert.match(run.out(), /reporters informed: [1-9]\d* messages/);
  assert.match(
    run.out(),
    /removal monitoring: [1-9]\d* items followed, [1-9]\d* removed \(median \d+\.\d h to removal\), \d+ still online; [1-9]\d* reminders, [1-9]\d* escalations, \d+ reappearances/,
  );

  const [totals] = await database.db
    .select({ n: count(), first: min(reports.receivedAt), last: max(reports.receivedAt) })
    .from(reports);
  assert.equal(totals?.n, REPORTS);
  const spanDays = ((totals?.last?.getTime() ?? 0) - (totals?.first?.getTime() ?? 0)) / 86_400_000;
  assert.ok(spanDays >= 700, `reports span ${spanDays.toFixed(0)} days`);

  const categories = await database.db.selectDistinct({ c: reports.claimedCategory }).from(reports);
  assert.deepEqual(categories.map((r) => r.c).sort(), [...publicCategoryIds].sort());
  // The old report-wide status column is no longer written: outcomes are derived per address.
  const statuses = await database.db.selectDistinct({ s: reports.publicStatus }).from(reports);
  assert.deepEqual(
    statuses.map((r) => r.s),
    ['received'],
  );

  const people = await database.db.select({ role: staff.role, email: staff.email }).from(staff);
  assert.deepEqual(people.map((p) => p.role).sort(), [
    'admin',
    'analyst',
    'analyst',
    'auditor',
    'liaison_officer',
    'supervisor',
  ]);
  for (const person of people) {
    assert.match(person.email, /\.example$/);
    assert.match(run.out(), new RegExp(`${person.email}.*password \\S+ +TOTP secret [A-Z2-7]+`));
  }
  assert.match(run.out(), /otpauth:\/\/totp\//);

  // Every step was audited by the service that made it, and the chain holds (`vigie audit verify`).
  const chain = await verifyAuditChain(database.db);
  assert.equal(chain.ok, true);
  const actions = await rows<{ action: string }>(sql`select distinct action from audit_events order by 1`);
  for (const action of [
    'staff.created',
    'partner.seeded',
    'item.claimed',
    'assessment.recorded',
    'assessment.confirmed',
    'notice.approved',
    'notice.withheld',
    'notice.acknowledged',
    'police_batch.prepared',
    'police_batch.transmitted',
    'feedback.sent',
    'demo.created',
  ]) {
    assert.ok(
      actions.some((a) => a.action === action),
      `${action} is audited`,
    );
  }
  const directory = rowsOf<{ kind: string }>(
    await database.db.execute(sql`select kind from directory_entries order by kind`),
  );
  assert.deepEqual(
    directory.map((e) => e.kind),
    ['cdn', 'host', 'platform', 'platform', 'registrar'],
  );

  // The sample report printed for the status page really answers with its secret.
  const sample = run.out().match(/tracking code (VG-\S+), secret (\S+)/);
  assert.ok(sample, 'a sample report is printed');
  const status = await findReportStatus(database.db, sample[1] as string, sample[2] as string);
  assert.equal(status?.tracking_code, sample[1]);
});

test('every demo notice rests on a final adverse verdict, and notices are in every state a desk sees', async () => {
  const wrong = await one<{ n: number }>(sql`
    select count(*)::int as n from notice_items ni join assessments a on a.id = ni.assessment_id
    where not (a.counts and a.verdict in ('illegal', 'harmful_to_minors'))`);
  assert.equal(wrong.n, 0, 'a notice relied on an assessment that does not count or is not adverse');
  const toPolice = await one<{ n: number }>(sql`
    select count(*)::int as n from notices n join notice_items ni on ni.notice_id = n.id
    join assessments a on a.id = ni.assessment_id
    where n.recipient_kind = 'police_portal' and n.purpose = 'notice' and a.verdict <> 'illegal'`);
  assert.equal(toPolice.n, 0, 'only illegal content is routed to the police portal');
  const states = await rows<{ state: string }>(sql`select distinct state from notices order by 1`);
  for (const state of ['acknowledged', 'failed', 'sent', 'withheld']) {
    assert.ok(
      states.some((s) => s.state === state),
      `some notice is ${state} (${states.map((s) => s.state)})`,
    );
  }
  const withheld = await one<{ n: number }>(
    sql`select count(*)::int as n from notices where state = 'withheld' and coalesce(withheld_reason, '') = ''`,
  );
  assert.equal(withheld.n, 0, 'a withheld notice says why');
  // Times are the past, in order: proposed after the verdict, sent after approval, answered after.
  const disorder = await one<{ n: number }>(sql`
    select count(*)::int as n from notices n
    where n.created_at > now() or n.approved_at < n.created_at or n.sent_at < n.approved_at
      or n.acknowledged_at < n.sent_at
      or exists (select 1 from notice_items ni join assessments a on a.id = ni.assessment_id
                 where ni.notice_id = n.id and n.created_at < coalesce(a.resolved_at, a.second_at, a.created_at))`);
  assert.equal(disorder.n, 0, 'notice times out of order');
  const spread = await one<{ days: number }>(sql`
    select extract(epoch from max(sent_at) - min(sent_at)) / 86400 as days from notices`);
  assert.ok(Number(spread.days) > 600, `notices sent over ${spread.days} days`);
  // No message waits in the outbox: the demo's mail was settled without leaving the machine.
  const outbox = await rows<{ state: string; sealed: boolean }>(
    sql`select distinct state, recipient_enc is not null as sealed from mail_outbox order by 1`,
  );
  assert.deepEqual(outbox, [
    { state: 'failed', sealed: false },
    { state: 'sent', sealed: false },
  ]);
});

test('police batches are transmitted with their notices sent at that time; the last one may wait', async () => {
  const batches = await rows<{ state: string; n: number }>(
    sql`select state, count(*)::int as n from police_batches group by 1 order by 1`,
  );
  assert.ok((batches.find((b) => b.state === 'transmitted')?.n ?? 0) > 50, JSON.stringify(batches));
  assert.ok((batches.find((b) => b.state === 'prepared')?.n ?? 0) <= 1, 'only the newest batch waits');
  const unsent = await one<{ n: number }>(sql`
    select count(*)::int as n from police_batches b
    join police_batch_notices bn on bn.batch_id = b.id join notices n on n.id = bn.notice_id
    where b.state = 'transmitted' and (n.state not in ('sent', 'acknowledged') or n.sent_at <> b.transmitted_at)`);
  assert.equal(unsent.n, 0);
});

test('partner forwards are for child abuse material hosted abroad where a partner hotline exists', async () => {
  const forwards = await rows<{ category: string; country: string | null; partner: boolean }>(sql`
    select a.category, r.country,
      exists (select 1 from partner_hotlines p where p.country = r.country and p.active) as partner
    from notices n join notice_items ni on ni.notice_id = n.id
    join assessments a on a.id = ni.assessment_id
    left join hosting_records r on r.id = ni.hosting_record_id
    where n.recipient_kind = 'partner_hotline'`);
  assert.ok(forwards.length > 5, `${forwards.length} partner forwards`);
  for (const f of forwards) {
    assert.equal(f.category, 'child_sexual_abuse_material');
    assert.notEqual(f.country, pack.country);
    assert.equal(f.partner, true, `no partner hotline in ${f.country}`);
  }
  // Abroad without a partner hotline, routing tells the police liaison instead (an escalation by
  // removal monitoring tells it wherever the content is still online).
  const liaison = await rows<{ country: string }>(sql`
    select distinct r.country from notices n join notice_items ni on ni.notice_id = n.id
    join hosting_records r on r.id = ni.hosting_record_id
    where n.recipient_kind = 'police_liaison' and n.purpose = 'notice'`);
  for (const l of liaison) {
    const partner = await one<{ n: number }>(
      sql`select count(*)::int as n from partner_hotlines where country = ${l.country}`,
    );
    assert.equal(partner.n, 0);
  }
});

test('verdicts: four eyes where the pack requires them, a plausible illegality rate, a live queue', async () => {
  const gravest = pack.categories.filter((c) => c.severity === 1).map((c) => c.id);
  const alone = await one<{ n: number }>(sql`
    select count(*)::int as n from assessments a
    where a.counts and a.verdict = 'illegal' and a.category in (${sql.join(
      gravest.map((c) => sql`${c}`),
      sql`, `,
    )})
      and a.status <> 'final' and (a.second_staff_id is null or a.second_staff_id = a.staff_id)`);
  assert.equal(alone.n, 0, 'an illegal verdict on a gravest category counted without a second analyst');
  const confirmed = await one<{ n: number }>(
    sql`select count(*)::int as n from assessments where status = 'confirmed'`,
  );
  assert.ok(confirmed.n > 20, `${confirmed.n} confirmed by a second analyst`);
  const rate = await one<{ illegal: number; total: number; csam: number; csam_total: number }>(sql`
    select count(*) filter (where verdict = 'illegal')::int as illegal, count(*)::int as total,
      count(*) filter (where verdict = 'illegal' and category = 'child_sexual_abuse_material')::int as csam,
      count(*) filter (where category = 'child_sexual_abuse_material')::int as csam_total
    from assessments where counts`);
  const share = rate.illegal / rate.total;
  assert.ok(share >= 0.25 && share <= 0.35, `illegality rate ${share}`);
  assert.ok(rate.csam / rate.csam_total > 0.5, 'most child abuse material reports are confirmed');
  const queue = await rows<{ state: string }>(
    sql`select distinct state from items where state <> 'assessed' order by 1`,
  );
  assert.ok(
    queue.some((q) => q.state === 'new'),
    'unclaimed items wait in the queue',
  );
  const spread = await one<{ days: number }>(sql`
    select extract(epoch from max(created_at) - min(created_at)) / 86400 as days from assessments`);
  assert.ok(Number(spread.days) > 600, `assessments over ${spread.days} days`);
});

test('hosting records: documentation addresses, mostly France, every item looked up', async () => {
  const missing = await one<{ n: number }>(sql`
    select count(*)::int as n from items i left join item_hosting h on h.item_id = i.id
    where h.state is distinct from 'done' or h.latest_record_id is null`);
  assert.equal(missing.n, 0);
  const ips = await rows<{ ip: string }>(sql`select distinct lookup->'ips'->>0 as ip from hosting_records`);
  for (const { ip } of ips) assert.match(ip, /^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8:)/);
  const mix = await one<{ fr: number; total: number; countries: number }>(sql`
    select count(*) filter (where r.country = 'FR')::int as fr, count(*)::int as total,
      count(distinct r.country)::int as countries
    from assessments a join item_hosting h on h.item_id = a.item_id
    join hosting_records r on r.id = h.latest_record_id
    where a.counts and a.verdict = 'illegal'`);
  const share = mix.fr / mix.total;
  assert.ok(share >= 0.6 && share <= 0.75, `France hosts ${share} of illegal content`);
  assert.ok(mix.countries >= 5, `${mix.countries} hosting countries`);
});

test('reporters see what happened through the outcome rules: police, removal requested, feedback', async () => {
  // A report with an address whose notice of this kind has left, and what its status page derives.
  const standingsAfter = async (kind: string) => {
    const { report_id } = await one<{ report_id: string }>(sql`
      select ri.report_id from report_items ri join notice_items ni on ni.item_id = ri.item_id
      join notices n on n.id = ni.notice_id
      where n.recipient_kind = ${kind} and n.state in ('sent', 'acknowledged') and not ri.derived
      order by ri.report_id limit 1`);
    return reportedAddressStandings(database.db, report_id);
  };
  const police = await standingsAfter('police_portal');
  assert.ok(police.some((a) => a.outcomes.includes('transmitted_to_police')));
  const host = await standingsAfter('host');
  // A removal request goes further than the police transmission that usually comes with it.
  assert.ok(host.some((a) => a.outcomes.includes('removal_requested')));
  // Feedback fits the outcome it tells, and some went by e-mail (through the outbox, settled).
  const messages = await rows<{ item_status: string; template_id: string; mailed: boolean }>(
    sql`select distinct item_status, template_id, mail_id is not null as mailed from report_messages`,
  );
  for (const m of messages) {
    const template = pack.feedbackTemplates.find((t) => t.id === m.template_id);
    assert.ok(
      template?.outcomes.some((o) => o === m.item_status),
      `${m.template_id} for ${m.item_status}`,
    );
  }
  assert.ok(messages.some((m) => m.mailed));
});

test('monitoring: every watched item was notified before its first check, and removals are confirmed', async () => {
  const early = await one<{ n: number }>(sql`
    select count(*)::int as n from item_monitoring m
    where not exists (
      select 1 from notice_items ni join notices n on n.id = ni.notice_id
      where ni.item_id = m.item_id and n.state in ('sent', 'acknowledged')
        and n.sent_at <= coalesce((select min(c.checked_at) from removal_checks c where c.item_id = m.item_id), now()))`);
  assert.equal(early.n, 0, 'an item was checked before any notice about it left');
  const checked = await one<{ n: number }>(sql`select count(*)::int as n from removal_checks`);
  assert.ok(checked.n > 100, `${checked.n} checks`);
  // A removal is dated from the first of two consecutive "removed" checks (inconclusive ones between
  // neither break nor extend the run), and confirmed by the second.
  const removals = await rows<{ item_id: string; first_removed_at: Date | string }>(
    sql`select item_id, first_removed_at from item_monitoring where first_removed_at is not null`,
  );
  assert.ok(removals.length > 20, `${removals.length} removals`);
  for (const removal of removals) {
    const checks = await rows<{ outcome: string; checked_at: Date | string }>(sql`
      select outcome, checked_at from removal_checks
      where item_id = ${removal.item_id} and outcome <> 'inconclusive' order by checked_at`);
    const at = checks.findIndex(
      (c) => new Date(c.checked_at).getTime() === new Date(removal.first_removed_at).getTime(),
    );
    assert.ok(at >= 0, 'the removal is dated from a check');
    assert.equal(checks[at]?.outcome, 'removed');
    assert.equal(checks[at + 1]?.outcome, 'removed', 'a removal confirmed by a second check');
    assert.notEqual(checks[at - 1]?.outcome, 'removed', 'dated from the first of the run');
  }
  // Checks look like the real checker's: its outcomes and reasons, a few inconclusive.
  const reasons = await rows<{ outcome: string; reason: string }>(
    sql`select distinct outcome, reason from removal_checks order by 1, 2`,
  );
  assert.ok(reasons.some((r) => r.outcome === 'inconclusive' && r.reason === 'timeout'));
  for (const reason of ['not_found', 'name_gone']) {
    assert.ok(
      reasons.some((r) => r.outcome === 'removed' && r.reason === reason),
      `removed: ${reason}`,
    );
  }
  // Times are the demo's past, and recent items are still being watched.
  const times = await one<{ future: number; watching: number; overdue: number }>(sql`
    select (select count(*) from removal_checks where checked_at > now())::int
             + (select count(*) from item_monitoring where created_at > now() or updated_at > now())::int as future,
      (select count(*) from item_monitoring where state = 'watching')::int as watching,
      (select count(*) from item_monitoring
       where state = 'watching' and first_notice_at < now() - interval '72 hours')::int as overdue`);
  assert.equal(times.future, 0, 'a monitoring time is in the future');
  assert.ok(times.watching > 0, 'recent items are still being watched');
  assert.ok(times.overdue > 0, 'some are overdue (online over 72 h after the notice)');
});

test('monitoring: child abuse material is (nearly) all removed within days; others are reminded and escalated', async () => {
  const csam = await one<{ followed: number; removed: number; median: number }>(sql`
    select count(*)::int as followed, count(first_removed_at)::int as removed,
      percentile_cont(0.5) within group (
        order by extract(epoch from (first_removed_at - first_notice_at)) / 3600.0) as median
    from item_monitoring m
    where (select a.category from assessments a where a.item_id = m.item_id and a.counts
           order by a.created_at desc limit 1) = 'child_sexual_abuse_material'
      and first_notice_at < now() - interval '14 days'`);
  assert.ok(csam.followed > 10, `${csam.followed} child abuse items followed`);
  assert.ok(csam.removed >= 0.95 * csam.followed, `${csam.removed} of ${csam.followed} removed`);
  assert.ok(Number(csam.median) < 72, `median ${csam.median} h to removal`);
  // Follow-ups are notices with their purpose, following the notice that asked for the removal.
  const followUps = await rows<{ purpose: string; n: number; unlinked: number }>(sql`
    select purpose, count(*)::int as n, count(*) filter (where follows_notice_id is null)::int as unlinked
    from notices where purpose <> 'notice' group by 1 order by 1`);
  const of = (purpose: string) => followUps.find((f) => f.purpose === purpose);
  assert.ok((of('reminder')?.n ?? 0) > 3, JSON.stringify(followUps));
  assert.ok((of('escalation')?.n ?? 0) >= 1, JSON.stringify(followUps));
  for (const f of followUps) assert.equal(f.unlinked, 0, `${f.purpose} without the notice it follows`);
  const sentReminder = await one<{ n: number }>(
    sql`select count(*)::int as n from notices where purpose = 'reminder' and state in ('sent', 'acknowledged')`,
  );
  assert.ok(sentReminder.n > 0, 'reminders left through the outbox');
  // A removed item's reporter is told "removed".
  const { item_id } = await one<{ item_id: string }>(sql`
    select m.item_id from item_monitoring m join report_items ri on ri.item_id = m.item_id and not ri.derived
    where m.state = 'removed' order by m.first_notice_at limit 1`);
  const standing = await itemStanding(database.db, item_id);
  assert.equal(standing?.status, 'removed');
  const told = await one<{ n: number }>(
    sql`select count(*)::int as n from report_messages where template_id = 'content_removed'`,
  );
  assert.ok(told.n > 0, 'some reporters were told the content is gone');
});

test('a second vigie demo refuses a database that is not empty', async () => {
  const run = capture();
  const code = await runDemoCommand([], run.io, open);
  assert.equal(code, 1);
  assert.match(
    run.err(),
    /^vigie demo: the database is not empty \(\d+ reports, 6 staff accounts\)[^\n]*\n$/,
  );
  const [totals] = await database.db.select({ n: count() }).from(reports);
  assert.equal(totals?.n, REPORTS);
});

test('vigie demo --help explains itself; bad options exit 2', async () => {
  const help = capture();
  assert.equal(await runDemoCommand(['--help'], help.io, open), 0);
  assert.match(help.out(), /usage: vigie demo/);
  const bad = capture();
  assert.equal(await runDemoCommand(['--reports', 'many'], bad.io, open), 2);
  assert.match(bad.err(), /^vigie demo: /);
  for (const until of ['yesterday', '2999-01-01T00:00:00Z']) {
    const wrong = capture();
    assert.equal(await runDemoCommand(['--until', until], wrong.io, open), 2);
    assert.match(wrong.err(), /^vigie demo: --until must be a date and time in the past/);
  }
});

test('the same seed gives the same data set', async () => {
  const now = new Date('2026-03-04T10:00:00Z');
  const counts = [];
  for (let run = 0; run < 2; run += 1) {
    const fresh = await openTestDatabase();
    try {
      const summary = await createDemoData(
        {
          db: fresh.db,
          secretBox: createSecretBox(TEST_SECRET_KEY),
          contactRetentionDays: config.contactRetentionDays,
          notifier: { ...config.notifier, email: 'signalement@hotline.example' },
          timeZone: config.timeZone,
          publicUrl: config.publicUrl,
        },
        { reports: 150, days: 90, random: seededRandom(7), now },
      );
      counts.push({ items: summary.items, byCategory: summary.byCategory, life: await demoCounts(fresh.db) });
    } finally {
      await fresh.close();
    }
  }
  assert.deepEqual(counts[0], counts[1]);
  assert.ok((counts[0]?.life.qualified ?? 0) > 100);
  assert.ok((counts[0]?.life.monitoring.followed ?? 0) > 10);
});
