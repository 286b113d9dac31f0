/**
 * A small data set whose figures are known, for the transparency page's tests (through app.inject and
 * in a browser): reports in three years through intake's own submitReport, then their items qualified,
 * hosted, notified and found removed as qualification, hosting, notices and monitoring would leave them
 * (written directly, like notices.testing.ts, so the set states only the facts the figures read).
 * Made-up addresses on reserved example names only. For tests only.
 *
 * The main year, once (`copies: 1`):
 *   March      10 child sexual abuse material, illegal; hosted 6 NL, 4 FR; one police transmission
 *              (10 items), a host notice each, one partner forward (the 6 NL items)
 *   June        6 racial or religious hatred, illegal (5 race or origin, 1 religion); hosted US; a
 *              platform notice each
 *   September   7 claimed terrorism (3 by the API), 5 qualified illegal, 2 still open; 2 grooming, illegal
 *   November    5 other, not illegal
 *   Removal of the 16 notified: 6 after 10 h, 3 after 30 h, 3 after 200 h, 4 still online.
 * The year before: 8 reports (May, not qualified). The current year: 1 report (January).
 * Each further copy repeats the main year one month later.
 */
import { sql } from 'drizzle-orm';
import type { SecretBox } from '../../../platform/crypto/secret-box.ts';
import { type Queryable, rowsOf } from '../../../platform/db/database.ts';
import { type Channel, submitReport } from '../../intake/index.ts';

export type DataSetContext = { db: Queryable; secretBox: SecretBox };
export type DataSet = {
  /** Every address reported, tracking code given and provider named: none may reach the page. */
  urls: string[];
  trackingCodes: string[];
  providers: string[];
};

const HOST_NAME = 'Hébergeur Exemple SAS';
const PLATFORM_NAME = 'Plateforme Exemple';
const PARTNER_NAME = 'Meldpunt Voorbeeld';
const HOUR = 3_600_000;

type Item = { id: string; url: string; assessmentId?: string };

export async function buildTransparencyDataSet(
  ctx: DataSetContext,
  options: { year: number; currentYear: number; copies?: number },
): Promise<DataSet> {
  const { db } = ctx;
  const set: DataSet = { urls: [], trackingCodes: [], providers: [HOST_NAME, PLATFORM_NAME, PARTNER_NAME] };
  const rows = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query));
  const [analyst] = await rows<{ id: string }>(sql`
    insert into staff (email, display_name, role) values (${`analyst-${Date.now()}@hotline.test`}, 'Analyste', 'analyst')
    returning id`);

  const at = (year: number, month: number, day: number, hour = 10) =>
    new Date(Date.UTC(year, month - 1, day, hour));

  async function report(receivedAt: Date, category: string, channel: Channel = 'web_form'): Promise<Item> {
    const url = `https://transparency-${set.urls.length + 1}.example/page/${receivedAt.getTime()}`;
    const submitted = await submitReport(
      { db, secretBox: ctx.secretBox, contactRetentionDays: 30 },
      { category, urls: [url], language: 'fr' },
      { channel, reporterKind: channel === 'api' ? 'trusted_flagger' : 'public', receivedAt },
    );
    set.urls.push(url);
    set.trackingCodes.push(submitted.trackingCode);
    const [item] = await rows<{ id: string }>(sql`select id from items where url = ${url}`);
    if (!item) throw new Error(`no item for ${url}`);
    return { id: item.id, url };
  }

  async function reports(
    n: number,
    when: (i: number) => Date,
    category: string,
    channel?: (i: number) => Channel,
  ) {
    const made: Item[] = [];
    for (let i = 0; i < n; i++) made.push(await report(when(i), category, channel?.(i)));
    return made;
  }

  async function assess(
    items: Item[],
    category: string,
    verdict: string,
    details: (i: number) => object = () => ({}),
  ) {
    for (const [i, item] of items.entries()) {
      const [row] = await rows<{ id: string }>(sql`
        insert into assessments (item_id, staff_id, category, legal_bases, verdict, details, status, created_at)
        select ${item.id}, ${analyst?.id}, ${category}, '[]'::jsonb, ${verdict}, ${JSON.stringify(details(i))}::jsonb,
          'final', first_reported_at + interval '1 day'
        from items where id = ${item.id}
        returning id`);
      item.assessmentId = row?.id;
      // A final verdict takes the item out of the queue, as qualification does.
      await db.execute(sql`update items set state = 'assessed' where id = ${item.id}`);
    }
  }

  async function host(items: Item[], country: string) {
    for (const item of items) {
      await db.execute(sql`insert into item_hosting (item_id, state, due_at, latest_record_id, country)
        values (${item.id}, 'done', null, null, ${country})`);
    }
  }

  async function notice(kind: string, name: string, channel: string, items: Item[], sentAt: Date) {
    const [row] = await rows<{ id: string }>(sql`
      insert into notices (recipient_kind, channel, address, recipient_name, language, source, rule_id, state,
        not_before, subject, body_text, sent_at)
      values (${kind}, ${channel}, ${channel === 'email' ? 'abuse@provider.example' : null}, ${name}, 'fr',
        'test', 'test', 'sent', ${sentAt}, 'Notification', 'Notification', ${sentAt})
      returning id`);
    for (const item of items) {
      await db.execute(sql`insert into notice_items (notice_id, item_id, assessment_id, recipient_key)
        values (${row?.id}, ${item.id}, ${item.assessmentId}, ${`${kind}:${name}`})`);
    }
  }

  /** One host or platform notice per item, and removal monitoring from it: gone after `hours`, or not. */
  async function notifyEach(
    kind: string,
    name: string,
    items: Item[],
    sentAt: Date,
    hours: (number | null)[],
  ) {
    for (const [i, item] of items.entries()) {
      await notice(kind, name, 'email', [item], sentAt);
      const removedAfter = hours[i] ?? null;
      const removedAt = removedAfter === null ? null : new Date(sentAt.getTime() + removedAfter * HOUR);
      await db.execute(sql`
        insert into item_monitoring (item_id, state, first_notice_at, first_removed_at, removed_at, reminded_from)
        values (${item.id}, ${removedAt ? 'removed' : 'watching'}, ${sentAt}, ${removedAt}, ${removedAt}, ${sentAt})`);
    }
  }

  const copies = options.copies ?? 1;
  for (let copy = 0; copy < copies; copy++) {
    const y = options.year;
    const day = (month: number) => (i: number) => at(y, month + copy, 2 + i);

    const csam = await reports(10, day(3), 'child_sexual_abuse_material');
    await assess(csam, 'child_sexual_abuse_material', 'illegal');
    await host(csam.slice(0, 6), 'NL');
    await host(csam.slice(6), 'FR');
    await notice('police_portal', 'PHAROS', 'portal_batch', csam, at(y, 3 + copy, 20));
    await notice('partner_hotline', PARTNER_NAME, 'email', csam.slice(0, 6), at(y, 3 + copy, 16));
    await notifyEach('host', HOST_NAME, csam, at(y, 3 + copy, 15), [10, 10, 10, 10, 10, 10, 30, 30, 30, 200]);

    const hate = await reports(6, day(6), 'hate_racial_religious');
    await assess(hate, 'hate_racial_religious', 'illegal', (i) => ({
      protected_ground: i < 5 ? 'race_origin' : 'religion',
    }));
    await host(hate, 'US');
    await notifyEach('platform', PLATFORM_NAME, hate, at(y, 6 + copy, 10), [
      200,
      200,
      null,
      null,
      null,
      null,
    ]);

    const terror = await reports(7, day(9), 'terrorism', (i) => (i < 3 ? 'api' : 'web_form'));
    await assess(terror.slice(0, 5), 'terrorism', 'illegal');
    const grooming = await reports(2, (i) => at(y, 9 + copy, 20 + i), 'grooming');
    await assess(grooming, 'grooming', 'illegal');

    const other = await reports(5, day(11), 'other');
    await assess(other, 'other', 'not_illegal');
  }
  await reports(8, (i) => at(options.year - 1, 5, 2 + i), 'other');
  await reports(1, () => at(options.currentYear, 1, 5), 'other');
  return set;
}
