/**
 * A known data set for the figures' tests, written straight into the working tables with the times
 * each test chooses (the services stamp "now", which a test of years and months cannot use). Only
 * what the figures read is filled in; the rest takes its defaults.
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Verdict } from '../../jurisdictions/jurisdiction.ts';
import { type Queryable, rowsOf } from '../../platform/db/database.ts';
import type { Channel, ItemOrigin, ItemState, ReporterKind } from '../intake/index.ts';
import { LEFT_STATES } from '../monitoring/index.ts';
import type { NoticePurpose, NoticeState, RecipientKind } from '../notices/index.ts';

export type FixtureNotice = {
  kind: RecipientKind;
  sentAt: string;
  purpose?: NoticePurpose;
  state?: NoticeState;
  recipient?: string;
  /** The country of the hosting record the notice relied on (else the item's). */
  country?: string;
};

export type FixtureItem = {
  url: string;
  origin?: ItemOrigin;
  /** When it came in: its report's time unless given (a derived item's own time). */
  enteredAt?: string;
  /** The counting verdict (none: still open, state 'new'). */
  verdict?: Verdict;
  category?: string;
  ground?: string;
  /** When the verdict came to count: the assessment, or the second analyst's agreement. */
  assessedAt?: string;
  secondAt?: string;
  state?: ItemState;
  country?: string;
  lookup?: { platform?: boolean; cdn?: boolean; resolved?: boolean };
  notices?: FixtureNotice[];
  /** Removal monitoring: when the content was first found gone. */
  removedAt?: string;
};

export type FixtureReport = {
  receivedAt: string;
  channel?: Channel;
  reporterKind?: ReporterKind;
  claimed?: string;
  items: FixtureItem[];
};

const hasLeft = (state: NoticeState) => (LEFT_STATES as readonly NoticeState[]).includes(state);
const code = () => `VG-${crypto.randomBytes(4).toString('hex').toUpperCase()}`;

export async function addFixtureReports(
  q: Queryable,
  staffId: string,
  reports: FixtureReport[],
): Promise<void> {
  const itemIds = new Map<string, string>();
  for (const report of reports) {
    const [r] = rowsOf<{ id: string }>(
      await q.execute(sql`
        insert into reports (tracking_code, secret_hash, channel, reporter_kind, received_at, claimed_category, language)
        values (${code()}, 'x', ${report.channel ?? 'web_form'}, ${report.reporterKind ?? 'public'},
                ${report.receivedAt}, ${report.claimed ?? 'other'}, 'fr')
        returning id`),
    );
    for (const [position, item] of report.items.entries()) {
      let itemId = itemIds.get(item.url);
      if (!itemId) {
        itemId = await addItem(q, staffId, item, item.enteredAt ?? report.receivedAt);
        itemIds.set(item.url, itemId);
      }
      await q.execute(sql`
        insert into report_items (report_id, item_id, position, derived)
        values (${r?.id}, ${itemId}, ${position}, ${item.origin === 'derived'})`);
    }
  }
}

async function addItem(q: Queryable, staffId: string, item: FixtureItem, enteredAt: string): Promise<string> {
  const state = item.state ?? (item.verdict ? 'assessed' : 'new');
  const category = item.category ?? 'other';
  const [row] = rowsOf<{ id: string }>(
    await q.execute(sql`
      insert into items (url, first_reported_at, last_reported_at, state, category, origin)
      values (${item.url}, ${enteredAt}, ${enteredAt}, ${state}, ${category}, ${item.origin ?? 'reported'})
      returning id`),
  );
  const itemId = row?.id as string;
  let assessmentId: string | null = null;
  if (item.verdict) {
    const details = item.ground ? { protected_ground: item.ground } : {};
    const [a] = rowsOf<{ id: string }>(
      await q.execute(sql`
        insert into assessments (item_id, staff_id, category, legal_bases, verdict, details, status, created_at,
                                 second_staff_id, second_decision, second_at)
        values (${itemId}, ${staffId}, ${category}, '[]'::jsonb, ${item.verdict}, ${JSON.stringify(details)}::jsonb,
                ${item.secondAt ? 'confirmed' : 'final'}, ${item.assessedAt ?? enteredAt},
                ${item.secondAt ? staffId : null}, ${item.secondAt ? 'agree' : null}, ${item.secondAt ?? null})
        returning id`),
    );
    assessmentId = a?.id ?? null;
  }
  let recordId: string | null = null;
  if (item.country || item.lookup) {
    recordId = await addHostingRecord(q, itemId, item.url, item.country ?? null, item.lookup ?? {});
    await q.execute(sql`
      insert into item_hosting (item_id, state, latest_record_id, country, due_at)
      values (${itemId}, 'done', ${recordId}, ${item.country ?? null}, null)`);
  }
  await addNotices(q, itemId, item, assessmentId, recordId);
  return itemId;
}

async function addHostingRecord(
  q: Queryable,
  itemId: string,
  url: string,
  country: string | null,
  lookup: NonNullable<FixtureItem['lookup']>,
): Promise<string> {
  const contacts = lookup.platform
    ? [
        {
          role: 'platform',
          channel: 'email',
          address: 'abuse@platform.test',
          name: 'Platform',
          source: 'directory',
          as_of: '2026-01-01T00:00:00Z',
        },
      ]
    : [];
  const body = {
    url,
    normalized_url: url,
    host: new URL(url).hostname,
    registrable_domain: null,
    cnames: [],
    ips: lookup.resolved === false ? [] : ['192.0.2.1'],
    asn: null,
    as_name: null,
    country,
    cdn: lookup.cdn ? { name: 'CDN' } : null,
    abuse_contacts: contacts,
    problems: [],
    looked_up_at: '2026-01-01T00:00:00Z',
    databases: { country: null, asn: null },
  };
  const [r] = rowsOf<{ id: string }>(
    await q.execute(sql`
      insert into hosting_records (item_id, looked_up_at, reason, country, lookup)
      values (${itemId}, now(), 'new_item', ${country}, ${JSON.stringify(body)}::jsonb) returning id`),
  );
  return r?.id as string;
}

async function addNotices(
  q: Queryable,
  itemId: string,
  item: FixtureItem,
  assessmentId: string | null,
  itemRecordId: string | null,
): Promise<void> {
  const left: string[] = [];
  for (const [i, notice] of (item.notices ?? []).entries()) {
    if (!assessmentId) throw new Error(`${item.url}: a notice needs a verdict`);
    const state = notice.state ?? 'sent';
    const recordId =
      notice.country !== undefined
        ? await addHostingRecord(q, itemId, item.url, notice.country, {})
        : itemRecordId;
    const [n] = rowsOf<{ id: string }>(
      await q.execute(sql`
        insert into notices (recipient_kind, channel, address, recipient_name, language, source, rule_id, purpose,
                             state, not_before, subject, body_text, sent_at)
        values (${notice.kind}, 'email', 'abuse@recipient.test', ${notice.recipient ?? null}, 'fr', 'test', 'test',
                ${notice.purpose ?? 'notice'}, ${state}, ${notice.sentAt}, 'Notice', 'Text',
                ${hasLeft(state) ? notice.sentAt : null})
        returning id`),
    );
    await q.execute(sql`
      insert into notice_items (notice_id, item_id, assessment_id, hosting_record_id, recipient_key)
      values (${n?.id}, ${itemId}, ${assessmentId}, ${recordId}, ${`${notice.kind}:${i}`})`);
    if (hasLeft(state)) left.push(notice.sentAt);
  }
  if (left.length === 0) return;
  const first = left.sort()[0];
  await q.execute(sql`
    insert into item_monitoring (item_id, state, first_notice_at, first_removed_at, removed_at, reminded_from)
    values (${itemId}, ${item.removedAt ? 'removed' : 'watching'}, ${first}, ${item.removedAt ?? null},
            ${item.removedAt ?? null}, ${first})`);
}
