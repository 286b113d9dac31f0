// The data set of bench:stats, generated in set-based SQL on a migrated PostgreSQL database: reports
// over three growing years, their items (most reports name one address, some several, some addresses
// are reported again, a few are derived by analysts), assessments with a hotline's mix of categories
// and verdicts, hosting look-ups, the notices the pack's rules call for (with the reminders and
// escalations of its monitoring schedule while the content stays online) and removal monitoring.
// Every attribute is a hash of the row's number, so two runs make the same data. The mix, the
// look-ups and the notices' recipients come from stats-mix.ts; values are the code's lists, so the
// data passes every CHECK and has the shape the application writes.
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { HOSTING_STATES, LOOKUP_REASONS } from '../../server/src/features/hosting/index.ts';
import type { ItemOrigin, ItemState } from '../../server/src/features/intake/index.ts';
import { TRUSTED_REPORTER_KINDS } from '../../server/src/features/intake/intake.tables.ts';
import { LEFT_STATES, type MonitoringState } from '../../server/src/features/monitoring/index.ts';
import { REMOVAL_RECIPIENTS } from '../../server/src/features/monitoring/monitoring.queries.ts';
import type { NoticeChannel, NoticePurpose, NoticeState } from '../../server/src/features/notices/index.ts';
import type {
  AssessmentStatus,
  Resolution,
  SecondDecision,
} from '../../server/src/features/qualification/index.ts';
import { pack } from '../../server/src/jurisdictions/index.ts';
import { VERDICTS } from '../../server/src/jurisdictions/jurisdiction.ts';
import type { Role } from '../../server/src/platform/auth/roles.ts';
import {
  ARRIVALS,
  array,
  CATEGORY_IDS,
  COUNTRIES,
  categories,
  claimWeight,
  entries,
  FORMAT_ARGS,
  ITEMS_PER_REPORT,
  LANGUAGE_MIX,
  lit,
  lookupTemplates,
  NO_PARTNER,
  OTHER,
  oneOf,
  REMOVAL_HOURS,
  routes,
  TEMPLATE_MIX,
  TEMPLATES,
  type Template,
  TLDS,
  typed,
  weighted,
} from './stats-mix.ts';

export type StatsDataOptions = {
  reports: number;
  items: number;
  /** The year measured; the data covers it and the two before, growing. */
  year: number;
  /** Nothing happens after this (reports, verdicts, notices, removals). */
  end: Date;
  log: (line: string) => void;
};

/** What the data holds by construction, for the bench to check the figures against. */
export type StatsDataFacts = {
  year: number;
  end: string;
  reports: number;
  reportsInYear: number;
  items: number;
  derivedItems: number;
};

/** Shares of the reports by year: the year measured holds half. */
const YEAR_SHARES = [0.2, 0.3, 0.5];

// ---- Generation ---------------------------------------------------------------------------------

export async function generateStatsData(
  client: pg.Client,
  options: StatsDataOptions,
): Promise<StatsDataFacts> {
  const { year, log } = options;
  const END = `'${options.end.toISOString()}'::timestamptz`;
  const started = performance.now();
  const step = async (label: string, ...statements: string[]) => {
    const t = performance.now();
    for (const statement of statements) {
      await client.query(statement);
      // The planner needs the helper tables' sizes to join them by hash rather than row by row.
      const created = /^\s*create unlogged table (\w+)/.exec(statement)?.[1];
      if (created) await client.query(`analyze ${created}`);
    }
    log(`  ${label.padEnd(44)} ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`);
  };
  const byYear = YEAR_SHARES.map((share, i) => {
    const y = year - YEAR_SHARES.length + 1 + i;
    const start = new Date(Date.UTC(y, 0, 1, 12));
    const last = new Date(Math.min(Date.UTC(y, 11, 31, 12), options.end.getTime()));
    return { year: y, n: Math.round(options.reports * share), start, last };
  });
  let first = 1;
  const years = byYear.map((y) => {
    const row = `(${first}, ${y.n}, '${y.start.toISOString()}'::timestamptz, '${y.last.toISOString()}'::timestamptz)`;
    first += y.n;
    return row;
  });
  const reports = first - 1;
  const reportsInYear = byYear.at(-1)?.n ?? 0;

  // Session settings for a bulk load: foreign keys are not checked row by row (the data is built
  // consistent), commits do not wait for the disk, sorts and hashes get room.
  await client.query(`set session_replication_role = replica`).catch(() => {
    log('  (not a superuser: foreign keys are checked row by row, generation is slower)');
  });
  await client.query(`set synchronous_commit = off`);
  await client.query(`set work_mem = '256MB'`);

  await step(
    'helpers',
    `create or replace function bench_h(k bigint, salt text) returns int language sql immutable parallel safe
       as $$ select abs(hashtext(salt || k::text) % 1000000) $$`,
    `create or replace function bench_u(k bigint, salt text) returns float8 language sql immutable parallel safe
       as $$ select (abs(hashtext(salt || k::text) % 1000000) + 0.5) / 1000000.0 $$`,
    `create or replace function bench_n(k bigint, salt text, n bigint) returns bigint language sql immutable parallel safe
       as $$ select abs(hashtextextended(salt || k::text, 0) % n) $$`,
    `create unlogged table bench_cats as select * from jsonb_to_recordset(${lit(JSON.stringify(categories()))}::jsonb)
       as c(id text, severity int, hours int, basis text, vcum int[], dcum int[], four_eyes text[], grounds text[],
            reminder_days int, reminders int)`,
    `create unlogged table bench_routes as select * from jsonb_to_recordset(${lit(JSON.stringify(routes()))}::jsonb)
       as r(cat text, verdict text, place text, tpl text, escalation boolean, kind text, channel text, address text,
            name text, language text, source text, rule_id text, delay_hours float8, automatic boolean, rkey text)`,
    `create unlogged table bench_templates as select * from jsonb_to_recordset(${lit(JSON.stringify(lookupTemplates()))}::jsonb)
       as t(tpl text, json text)`,
    `insert into staff (email, display_name, role)
       select 'analyst' || g || '@bench.test', 'Analyst ' || g, ${typed<Role>('analyst')} from generate_series(1, 20) g
       union all
       select 'supervisor' || g || '@bench.test', 'Supervisor ' || g, ${typed<Role>('supervisor')} from generate_series(1, 3) g`,
    `create unlogged table bench_staff as
       select array_agg(id order by email) filter (where ${oneOf('role', ['analyst'])}) as analysts,
              array_agg(id order by email) filter (where ${oneOf('role', ['supervisor'])}) as supervisors
       from staff`,
  );

  await step(
    `reports (${reports.toLocaleString('en')})`,
    `create unlogged table bench_reports as
     select r, id, received_at, channel, reporter_kind, claimed, language, n_items,
            (sum(n_items) over (order by r) - n_items)::bigint as first_item
     from (
       select g.r, gen_random_uuid() as id,
         y.start_at + (y.last_at - y.start_at) * ((g.r - y.first + bench_u(g.r, 'time')) / y.n) as received_at,
         split_part(a.arrival, ' ', 1) as channel, split_part(a.arrival, ' ', 2) as reporter_kind,
         ${weighted(
           `bench_h(g.r, 'claim')`,
           CATEGORY_IDS.map((id) => [id, claimWeight(id)] as const),
         )} as claimed,
         ${weighted(`bench_h(g.r, 'language')`, entries(LANGUAGE_MIX))} as language,
         ${weighted(`bench_h(g.r, 'items')`, ITEMS_PER_REPORT)}::int as n_items
       from (values ${years.join(', ')}) as y(first, n, start_at, last_at),
         generate_series(y.first, y.first + y.n - 1) g(r)
         cross join lateral (select ${weighted(`bench_h(g.r, 'arrival')`, ARRIVALS)} as arrival) a
     ) t`,
    `insert into reports (id, tracking_code, secret_hash, channel, reporter_kind, received_at, claimed_category,
                          language, public_updated_at)
     select id, 'VG-BENCH-' || r, md5(r::text), channel, reporter_kind, received_at, claimed, language, received_at
     from bench_reports`,
  );

  const reportedItems = Number(
    (await client.query(`select coalesce(max(first_item + n_items), 0)::bigint as n from bench_reports`))
      .rows[0].n,
  );
  const items = Math.max(options.items, reportedItems);
  const derivedItems = items - reportedItems;
  await step(
    `items (${reportedItems.toLocaleString('en')} reported, ${derivedItems.toLocaleString('en')} derived)`,
    `create unlogged table bench_items as
     select k, gen_random_uuid() as id, false as derived, null::bigint as parent, r.received_at as first_at,
            r.claimed, r.channel, r.language, r.r as first_report
     from bench_reports r, generate_series(r.first_item + 1, r.first_item + r.n_items) k`,
    `insert into bench_items
     select g.k, gen_random_uuid(), true, p.k, least(p.first_at + (1 + 199 * bench_u(g.k, 'derived')) * interval '1 hour', ${END}),
            p.claimed, p.channel, p.language, p.first_report
     from generate_series(${reportedItems + 1}, ${items}) g(k)
     join bench_items p on p.k = 1 + bench_n(g.k, 'parent', ${reportedItems})`,
    // The report's own addresses; one report in 17 names again an address reported before; a derived
    // item is linked to its parent's reports, marked derived (features/qualification/derived.ts).
    `create unlogged table bench_links as
     select i.first_report as r, i.k, (i.k - r.first_item)::int as position, false as derived
     from bench_items i join bench_reports r on r.r = i.first_report where not i.derived
     union all
     select r.r, r.first_item - bench_n(r.r, 'again', least(r.first_item, 20000)), r.n_items + 1, false
     from bench_reports r where r.first_item > 0 and bench_h(r.r, 'again') < 60000`,
    `insert into bench_links
     select l.r, d.k, (100 + row_number() over (partition by l.r order by d.k))::int, true
     from bench_items d join bench_links l on l.k = d.parent where d.derived`,
  );

  const status = (s: AssessmentStatus) => typed(s);
  const hosted = (t: Template) => typed(t);
  const country = (t: Template) => weighted(`bench_h(d.k, 'country')`, entries(COUNTRIES[t]));
  await step(
    'plan of every item (verdicts, hosting, removal)',
    `create unlogged table bench_plan as
     with base as (
       select i.k, i.id, i.derived, par.id as parent_id, i.first_at, coalesce(l.last_at, i.first_at) as last_at,
         coalesce(l.n, 0)::int as report_count, coalesce(l.trusted, false) as trusted,
         i.claimed, i.channel, i.language,
         case when i.claimed = ${lit(OTHER)} and bench_h(i.k, 'requalify') < 700000
                or bench_h(i.k, 'requalify') < 60000
              then ${weighted(
                `bench_h(i.k, 'requalified')`,
                pack.categories.map((c) => [c.id, claimWeight(c.id)] as const),
              )}
              else i.claimed end as cat
       from bench_items i
       left join bench_items par on par.k = i.parent
       left join (select l.k, count(*) as n, max(r.received_at) as last_at,
                         bool_or(${oneOf('r.reporter_kind', TRUSTED_REPORTER_KINDS)}) as trusted
                  from bench_links l join bench_reports r on r.r = l.r where not l.derived group by l.k) l on l.k = i.k
     ), assessed as (
       select b.*, c.severity, c.hours, c.basis, c.reminder_days, c.reminders,
         case when cardinality(c.grounds) > 0 then c.grounds[1 + bench_h(b.k, 'ground') % cardinality(c.grounds)] end as ground,
         v.verdict, v.created_at, v.verdict = any(c.four_eyes) as four_eyes,
         v.created_at + (1 + 20 * bench_u(b.k, 'second')) * interval '1 hour' as second_at,
         v.created_at + (3 + 60 * bench_u(b.k, 'resolved')) * interval '1 hour' as resolved_at,
         bench_h(b.k, 'disputed') < 30000 as disputed
       from base b join bench_cats c on c.id = b.cat
       cross join lateral (select
         (${array(VERDICTS)})[width_bucket(bench_h(b.k, 'verdict'), case when b.derived then c.dcum else c.vcum end) + 1] as verdict,
         b.first_at + c.hours * (0.05 + 1.5 * bench_u(b.k, 'delay') ^ 2)
           * (case when bench_h(b.k, 'late') < 30000 then 8 else 1 end) * interval '1 hour' as created_at) v
     ), decided as (
       select a.*, s.status,
         case s.status when ${status('final')} then a.created_at when ${status('confirmed')} then a.second_at
                       when ${status('upheld')} then a.resolved_at end as decided_at
       from assessed a cross join lateral (select case
         when a.created_at > ${END} then null
         when not a.four_eyes then ${status('final')}
         when a.second_at > ${END} then ${status('pending_second')}
         when not a.disputed then ${status('confirmed')}
         when a.resolved_at > ${END} then ${status('disputed')}
         else ${status('upheld')} end as status) s
     ), placed as (
       select d.*, t.tpl,
         case t.tpl ${TEMPLATES.filter((x) => Object.keys(COUNTRIES[x]).length)
           .map((x) => `when ${hosted(x)} then ${country(x)}`)
           .join(' ')} end as cc,
         'platform' || (1 + floor(25 * bench_u(d.k, 'platform') ^ 2))::int as platform,
         'cdn' || (1 + floor(4 * bench_u(d.k, 'cdn') ^ 2))::int as cdn,
         'registrar' || bench_h(d.k, 'registrar') % 30 as registrar,
         ${weighted(`bench_h(d.k, 'tld')`, entries(TLDS))} as tld,
         bench_n(d.k, 'site', 40000) as site_n,
         1 + bench_h(d.k, 'ip') % 254 as ip_n
       from decided d
       cross join lateral (select ${weighted(`bench_h(d.k, 'hosting')`, entries(TEMPLATE_MIX))} as tpl) t
     )
     select p.*, h.domain, h.host, h.ip,
       case p.tpl when ${hosted('hosted_ip')} then 'http://' || h.host || '/' || p.k
                  else 'https://' || h.host || '/c/' || p.k end as url,
       case when p.tpl in (${hosted('unresolved')}, ${hosted('none')}) then null
            when p.tpl = ${hosted('platform')} then 65000 + substring(p.platform from '[0-9]+')::int
            when p.tpl = ${hosted('behind_cdn')} then 65100 + substring(p.cdn from '[0-9]+')::int
            else 64500 + bench_h(p.k, 'asn') % 400 end as asn,
       'host-' || lower(p.cc) || '-' || bench_h(p.k, 'host') % 12 as site,
       case when p.cc is null then 'unknown' when p.cc = ${lit(pack.country)} then 'in_country'
            when p.cc in (${NO_PARTNER.map(lit).join(', ')}) then 'abroad_none' else 'abroad_partner' end as place,
       case when bench_h(p.k, 'kept') < 100000 then null
            else (case p.tpl ${TEMPLATES.map((x) => `when ${hosted(x)} then ${REMOVAL_HOURS[x]}`).join(' ')} end)
                 * (case when p.cc = ${lit(pack.country)} then 0.6 else 1 end) * -ln(bench_u(p.k, 'removal')) end as rh,
       case when p.status is not null then gen_random_uuid() end as aid,
       case when p.tpl <> ${hosted('none')} then gen_random_uuid() end as rec1,
       p.first_at + interval '2 minutes' as looked1,
       case when p.tpl <> ${hosted('none')} and bench_h(p.k, 'again') < 100000 and p.first_at + interval '1 day' <= ${END}
            then gen_random_uuid() end as rec2,
       p.first_at + interval '1 day' as looked2
     from placed p
     cross join lateral (select
       case p.tpl when ${hosted('platform')} then p.platform || '.com' when ${hosted('hosted_ip')} then null
                  when ${hosted('behind_cdn')} then 'shop' || p.site_n || '.' || p.tld
                  when ${hosted('unresolved')} then 'gone' || p.site_n || '.' || p.tld
                  else 'site' || p.site_n || '.' || p.tld end as domain) d
     cross join lateral (select d.domain,
       case p.tpl when ${hosted('platform')} then 'www.' || d.domain when ${hosted('hosted_ip')} then '198.51.100.' || p.ip_n
                  else d.domain end as host,
       case p.tpl when ${hosted('platform')} then '203.0.113.' || p.ip_n when ${hosted('behind_cdn')} then '192.0.2.' || p.ip_n
                  when ${hosted('unresolved')} then null else '198.51.100.' || p.ip_n end as ip) h`,
    `create index on bench_plan (k)`,
  );

  const origin = (o: ItemOrigin) => typed(o);
  const state = (s: ItemState) => typed(s);
  await step(
    'items and report links',
    `insert into items (id, url, first_reported_at, last_reported_at, report_count, state, category, severity, trusted,
                        channel, language, due_at, origin, parent_item_id, updated_at)
     select p.id, p.url, p.first_at, p.last_at, p.report_count,
       case when p.status is null then ${state('new')} when p.status = ${status('pending_second')} then ${state('awaiting_second')}
            when p.status = ${status('disputed')} then ${state('disputed')} else ${state('assessed')} end,
       w.id, w.severity, p.trusted, p.channel, p.language, p.first_at + cl.hours * interval '1 hour',
       case when p.derived then ${origin('derived')} else ${origin('reported')} end, p.parent_id,
       coalesce(p.decided_at, p.first_at)
     from bench_plan p
     join bench_cats w on w.id = case when p.status is null then p.claimed else p.cat end
     join bench_cats cl on cl.id = p.claimed`,
    `insert into report_items (report_id, item_id, position, derived)
     select r.id, i.id, l.position, l.derived
     from bench_links l join bench_reports r on r.r = l.r join bench_items i on i.k = l.k`,
  );

  const decision = (d: SecondDecision) => typed(d);
  const resolution = (r: Resolution) => typed(r);
  await step(
    'assessments',
    `insert into assessments (id, item_id, staff_id, category, legal_bases, verdict, details, status, second_staff_id,
                              second_decision, second_at, resolved_by, resolution, resolved_at, created_at)
     select p.aid, p.id, s.analysts[1 + bench_h(p.k, 'analyst') % cardinality(s.analysts)], p.cat,
       case when p.basis is null then '[]'::jsonb else jsonb_build_array(p.basis) end, p.verdict,
       case when p.ground is null then '{}'::jsonb else jsonb_build_object(${lit(pack.figures.groundField)}, p.ground) end,
       p.status,
       case when p.four_eyes and p.status <> ${status('pending_second')}
            then s.analysts[1 + bench_h(p.k, 'second analyst') % cardinality(s.analysts)] end,
       case p.status when ${status('confirmed')} then ${decision('agree')}
                     when ${status('disputed')} then ${decision('disagree')} when ${status('upheld')} then ${decision('disagree')} end,
       case when p.four_eyes and p.status <> ${status('pending_second')} then p.second_at end,
       case when p.status = ${status('upheld')} then s.supervisors[1 + bench_h(p.k, 'supervisor') % cardinality(s.supervisors)] end,
       case when p.status = ${status('upheld')} then ${resolution('uphold')} end,
       case when p.status = ${status('upheld')} then p.resolved_at end,
       p.created_at
     from bench_plan p, bench_staff s where p.status is not null
     union all
     -- An earlier assessment another one replaced (a re-qualification).
     select gen_random_uuid(), p.id, s.analysts[1 + bench_h(p.k, 'first analyst') % cardinality(s.analysts)], p.claimed,
       '[]'::jsonb, (${array(VERDICTS)})[1 + bench_h(p.k, 'first verdict') % ${VERDICTS.length}], '{}'::jsonb,
       ${status('superseded')}, null, null, null, null, null, null,
       p.created_at - (1 + 23 * bench_u(p.k, 'superseded')) * interval '1 hour'
     from bench_plan p, bench_staff s where p.decided_at is not null and bench_h(p.k, 'superseded') < 20000`,
  );

  const lookedUp = (at: string) => `to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
  const formatArgs = (at: string) =>
    FORMAT_ARGS.map((name) =>
      name === 'looked_up_at' ? lookedUp(at) : name === 'cc_lower' ? 'lower(p.cc)' : `p.${name}`,
    ).join(', ');
  const reason = (r: (typeof LOOKUP_REASONS)[number]) => typed(r);
  const hostingState = (s: (typeof HOSTING_STATES)[number]) => typed(s);
  await step(
    'hosting records and item hosting',
    `insert into hosting_records (id, item_id, looked_up_at, reason, country, asn, lookup)
     select p.rec1, p.id, p.looked1, ${reason('new_item')}, p.cc, p.asn, format(t.json, ${formatArgs('p.looked1')})::jsonb
     from bench_plan p join bench_templates t on t.tpl = p.tpl where p.rec1 is not null
     union all
     select p.rec2, p.id, p.looked2, ${reason('asked_again')}, p.cc, p.asn, format(t.json, ${formatArgs('p.looked2')})::jsonb
     from bench_plan p join bench_templates t on t.tpl = p.tpl where p.rec2 is not null`,
    `insert into item_hosting (item_id, state, reason, attempts, due_at, latest_record_id, country, updated_at)
     select p.id, case when p.rec1 is null then ${hostingState('gave_up')} else ${hostingState('done')} end,
       case when p.rec2 is null then ${reason('new_item')} else ${reason('asked_again')} end,
       case when p.rec1 is null then 5 else 1 end, null, coalesce(p.rec2, p.rec1), p.cc,
       case when p.rec2 is null then p.looked1 else p.looked2 end
     from bench_plan p`,
  );

  const noticeState = (s: NoticeState) => typed(s);
  const purpose = (s: NoticePurpose) => typed(s);
  const channel = (c: NoticeChannel) => typed(c);
  await step(
    'notices the rules call for',
    `create unlogged table bench_nplan as
     select x.*, concat_ws(' ', x.kind, x.channel, coalesce(x.address, '-'), x.language,
                           to_char(x.planned_at at time zone 'UTC', 'YYYY-MM-DD'), case when x.withheld then x.k::text end) as key
     from (
       select p.k, p.id as item_id, p.aid, coalesce(p.rec2, p.rec1) as rec, r.kind, r.channel, r.language, r.source,
         r.rule_id, r.automatic, format(r.address, ${formatArgs('null')}) as address, format(r.name, ${formatArgs('null')}) as name,
         format(r.rkey, ${formatArgs('null')}) as rkey,
         p.decided_at + (r.delay_hours + case when r.automatic then 0.05 else 0.25 + 6 * bench_u(p.k, r.kind) end)
           * interval '1 hour' as planned_at,
         bench_h(p.k, 'withheld ' || r.kind) < 15000 as withheld
       from bench_plan p
       join bench_routes r on not r.escalation and r.cat = p.cat and r.verdict = p.verdict and r.place = p.place and r.tpl = p.tpl
       where p.decided_at is not null
     ) x`,
    // Items to the same recipient on the same day share a notice (notice-proposals.ts joins them while
    // proposed); the police portal's notices form its daily batch.
    `create unlogged table bench_notices as
     select g.*, case when g.state in (${LEFT_STATES.map(lit).join(', ')}) then g.ready_at + interval '10 minutes' end as sent_at
     from (
       select n.*, case
         when n.withheld then ${noticeState('withheld')}
         when n.ready_at + interval '10 minutes' > ${END} then ${noticeState('proposed')}
         when abs(hashtext('failed ' || n.key) % 1000000) < 3000 then ${noticeState('failed')}
         when n.channel = ${channel('email')} and abs(hashtext('ack ' || n.key) % 1000000) < 350000 then ${noticeState('acknowledged')}
         else ${noticeState('sent')} end as state
       from (select key, gen_random_uuid() as id, min(kind) as kind, min(channel) as channel, min(address) as address,
                    min(name) as name, min(language) as language, min(source) as source, min(rule_id) as rule_id,
                    bool_and(automatic) as automatic, bool_or(withheld) as withheld,
                    min(planned_at) as first_at, max(planned_at) as ready_at
             from bench_nplan group by key) n
     ) g`,
    `insert into notices (id, recipient_kind, channel, address, recipient_name, language, source, rule_id, purpose, state,
                          automatic, not_before, approved_at, withheld_at, withheld_reason, subject, body_text, sent_at,
                          acknowledged_at, created_at, updated_at)
     select id, kind, channel, address, name, language, source, rule_id, ${purpose('notice')}, state, automatic, first_at,
       case when sent_at is not null then sent_at - interval '5 minutes' end,
       case when withheld then ready_at end, case when withheld then 'Already removed when reviewed' end,
       'Bench notice', 'Bench notice', sent_at,
       case when state = ${noticeState('acknowledged')} then sent_at + (1 + 40 * abs(hashtext('ack at ' || key) % 1000) / 1000.0) * interval '1 hour' end,
       first_at, coalesce(sent_at, ready_at)
     from bench_notices`,
    `insert into notice_items (notice_id, item_id, assessment_id, hosting_record_id, recipient_key, added_at)
     select n.id, p.item_id, p.aid, p.rec, p.rkey, p.planned_at from bench_nplan p join bench_notices n on n.key = p.key`,
  );

  await step(
    'monitoring, reminders and escalations',
    `create unlogged table bench_mon as
     select w.k, w.first_notice_at, w.first_notice, p.reminders, p.reminder_days,
       case when p.rh is not null and w.first_notice_at + p.rh * interval '1 hour' <= ${END}
            then w.first_notice_at + p.rh * interval '1 hour' end as removed_at,
       w.first_notice_at + (p.reminders + 1) * p.reminder_days * interval '1 day' as escalate_at
     from (select x.k, min(n.sent_at) as first_notice_at, (array_agg(n.id order by n.sent_at))[1] as first_notice
           from bench_nplan x join bench_notices n on n.key = x.key where n.sent_at is not null group by x.k) w
     join bench_plan p on p.k = w.k`,
    // A reminder to each recipient who can remove the content, every reminderAfterDays while it stays.
    `create unlogged table bench_reminders as
     select n.id as follows, m.m, mo.reminder_days, x.k, x.item_id, x.aid, x.rec, x.rkey,
            n.sent_at + m.m * mo.reminder_days * interval '1 day' as at
     from bench_notices n join bench_nplan x on x.key = n.key join bench_mon mo on mo.k = x.k
     cross join lateral generate_series(1, mo.reminders) m(m)
     where n.sent_at is not null and ${oneOf('n.kind', REMOVAL_RECIPIENTS)}
       and n.sent_at + m.m * mo.reminder_days * interval '1 day' <= ${END}
       and (mo.removed_at is null or mo.removed_at > n.sent_at + m.m * mo.reminder_days * interval '1 day')`,
    `create unlogged table bench_reminder_notices as
     select follows, m, reminder_days, gen_random_uuid() as id, min(at) as at
     from bench_reminders group by follows, m, reminder_days`,
    `insert into notices (id, recipient_kind, channel, address, recipient_name, language, source, rule_id, purpose,
                          follows_notice_id, state, automatic, not_before, approved_at, subject, body_text, sent_at,
                          created_at, updated_at)
     select r.id, n.kind, n.channel, n.address, n.name, n.language, n.source, n.rule_id, ${purpose('reminder')}, n.id,
       ${noticeState('sent')}, true, r.at, r.at, 'Bench reminder', 'Bench reminder', r.at + interval '5 minutes', r.at, r.at
     from bench_reminder_notices r join bench_notices n on n.id = r.follows`,
    // The key of a follow-up names its notice (follow-up-notices.ts), so each reminder is a new link.
    `insert into notice_items (notice_id, item_id, assessment_id, hosting_record_id, recipient_key, added_at)
     select rn.id, r.item_id, r.aid, r.rec, r.rkey || '#' || ${purpose('reminder')} || '#' || rn.id, r.at
     from bench_reminders r join bench_reminder_notices rn using (follows, m, reminder_days)`,
    // When the reminders did not work: each recipient of the schedule's escalation not told already.
    `create unlogged table bench_escalations as
     select gen_random_uuid() as id, mo.k, mo.escalate_at as at, mo.first_notice, p.id as item_id, p.aid,
       coalesce(p.rec2, p.rec1) as rec, e.kind, e.channel, e.language, e.source, e.rule_id,
       format(e.address, ${formatArgs('null')}) as address, format(e.name, ${formatArgs('null')}) as name,
       format(e.rkey, ${formatArgs('null')}) as rkey
     from bench_mon mo join bench_plan p on p.k = mo.k
     join bench_routes e on e.escalation and e.cat = p.cat and e.verdict = p.verdict and e.place = p.place and e.tpl = p.tpl
     where mo.escalate_at <= ${END} and (mo.removed_at is null or mo.removed_at > mo.escalate_at)`,
    `delete from bench_escalations e using bench_nplan x where x.k = e.k and x.rkey = e.rkey`,
    `insert into notices (id, recipient_kind, channel, address, recipient_name, language, source, rule_id, purpose,
                          follows_notice_id, state, automatic, not_before, approved_at, subject, body_text, sent_at,
                          created_at, updated_at)
     select id, kind, channel, address, name, language, source, rule_id, ${purpose('escalation')}, first_notice,
       case when address is null and channel <> ${channel('portal_batch')} then ${noticeState('proposed')} else ${noticeState('sent')} end,
       address is not null, at, case when address is not null or channel = ${channel('portal_batch')} then at end,
       'Bench escalation', 'Bench escalation',
       case when address is not null or channel = ${channel('portal_batch')} then at + interval '5 minutes' end, at, at
     from bench_escalations`,
    `insert into notice_items (notice_id, item_id, assessment_id, hosting_record_id, recipient_key, added_at)
     select id, item_id, aid, rec, rkey, at from bench_escalations`,
    `insert into item_monitoring (item_id, state, first_notice_at, next_check_at, removed_streak, streak_started_at,
                                  first_removed_at, removed_at, confirmed_at, reminders_sent, reminded_from, escalated_at,
                                  last_check_at, created_at, updated_at)
     select p.id,
       case when mo.removed_at is null then ${typed<MonitoringState>('watching')} else ${typed<MonitoringState>('removed')} end,
       mo.first_notice_at, case when mo.removed_at is null then ${END} + interval '1 day' end,
       case when mo.removed_at is null then 0 else 2 end, mo.removed_at, mo.removed_at, mo.removed_at,
       mo.removed_at + interval '1 hour', coalesce(r.sent, 0), coalesce(r.last_at, mo.first_notice_at),
       case when mo.escalate_at <= ${END} and (mo.removed_at is null or mo.removed_at > mo.escalate_at) then mo.escalate_at end,
       coalesce(mo.removed_at + interval '1 hour', ${END}), mo.first_notice_at, coalesce(mo.removed_at, ${END})
     from bench_mon mo join bench_plan p on p.k = mo.k
     left join (select k, count(distinct m)::int as sent, max(at) as last_at from bench_reminders group by k) r on r.k = mo.k`,
  );

  const facts: StatsDataFacts = {
    year,
    end: options.end.toISOString(),
    reports,
    reportsInYear,
    items,
    derivedItems,
  };
  await step(
    'clean up, vacuum and analyze',
    `drop table bench_cats, bench_routes, bench_templates, bench_staff, bench_reports, bench_items, bench_links,
       bench_plan, bench_nplan, bench_notices, bench_mon, bench_reminders, bench_reminder_notices, bench_escalations`,
    `drop function bench_h, bench_u, bench_n`,
    `create table bench_facts as select ${lit(JSON.stringify(facts))}::jsonb as facts`,
    // As autovacuum would leave a database filled over three years: statistics, visibility map.
    `vacuum analyze`,
  );
  await client.query(`reset session_replication_role`).catch(() => {});
  log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return facts;
}

/**
 * A busy day's work on the working tables, as the summary's refresh sees it: about 5,000 items claimed
 * (their rows rewritten, their facts unchanged), about 2,000 verdicts looked at again (rewritten,
 * unchanged), and 1,000 removals found by monitoring (their facts change).
 */
export async function simulateDay(client: pg.Client): Promise<{ touched: number; removals: number }> {
  const claimed = await client.query(
    `update items set claim_expires_at = null where id in (select id from items tablesample bernoulli (0.34))`,
  );
  const reviewed = await client.query(
    `update assessments set notes = notes where counts and item_id in (select id from items tablesample bernoulli (0.14))`,
  );
  const removed = await client.query(
    `update item_monitoring set state = ${typed<MonitoringState>('removed')}, first_removed_at = now(), removed_at = now()
     where item_id in (select item_id from item_monitoring where first_removed_at is null limit 1000)`,
  );
  const removals = removed.rowCount ?? 0;
  return { touched: (claimed.rowCount ?? 0) + (reviewed.rowCount ?? 0) + removals, removals };
}

/** The facts a kept database was generated with (--reuse). */
export async function readStatsDataFacts(client: pg.Client): Promise<StatsDataFacts> {
  const { rows } = await client.query(`select facts from bench_facts`);
  return rows[0].facts as StatsDataFacts;
}

/** Rows in the tables the figures are made of. */
export async function countStatsRows(client: pg.Client): Promise<Array<[string, number]>> {
  const tables = [
    'reports',
    'items',
    'report_items',
    'assessments',
    'hosting_records',
    'item_hosting',
    'notices',
    'notice_items',
    'item_monitoring',
  ];
  const { rows } = await client.query(
    `select ${tables.map((t) => `(select count(*) from ${t})::int as ${t}`).join(', ')}`,
  );
  return tables.map((t) => [t, rows[0][t] as number]);
}
