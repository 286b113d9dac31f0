/**
 * Fixtures for notices tests: an item with its verdict and hosting record as qualification and
 * hosting would leave them (written directly, so each test states only the facts routing reads),
 * and the context the proposals job runs with. For tests only.
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../platform/db/database.ts';
import type { TestApp } from '../../testing/test-app.ts';
import type { AbuseContact } from '../hosting/index.ts';
import type { AssessmentStatus } from '../qualification/index.ts';
import { reportItem } from '../triage/workspace.testing.ts';
import { type NoticeParts, noticeParts, type PartnerFor } from './notice-parts.ts';
import type { ProposalContext } from './notice-proposals.ts';

let counter = 0;

export const hostContact = (address: string, name = 'Hébergeur Exemple SAS'): AbuseContact => ({
  role: 'host',
  channel: 'email',
  address,
  name,
  source: 'rdap_ip',
  as_of: new Date().toISOString(),
});

export type FinalItem = { id: string; url: string; assessmentId: string; hostingRecordId: string | null };

/**
 * A reported item with an assessment (final by default, or pending four eyes) and a settled hosting
 * look-up in `country` with `contacts` (no record at all with `country: undefined`).
 */
export async function qualifiedItem(
  t: TestApp,
  staffId: string,
  options: {
    category?: string;
    legalBases?: string[];
    verdict?: string;
    status?: AssessmentStatus;
    country?: string | null;
    contacts?: AbuseContact[];
    host?: string;
    ip?: string;
  } = {},
): Promise<FinalItem> {
  const host = options.host ?? `site-${process.pid}-${++counter}.example`;
  const item = await reportItem(t, { url: `https://${host}/page/${counter}` });
  const [assessment] = rowsOf<{ id: string }>(
    await t.database.db.execute(sql`
      insert into assessments (item_id, staff_id, category, legal_bases, verdict, details, status)
      values (${item.id}, ${staffId}, ${options.category ?? 'child_sexual_abuse_material'},
        ${JSON.stringify(options.legalBases ?? ['FR-CP-227-23'])}::jsonb, ${options.verdict ?? 'illegal'},
        '{}'::jsonb, ${options.status ?? 'final'})
      returning id`),
  );
  let hostingRecordId: string | null = null;
  if (options.country !== undefined) {
    const lookup = {
      url: item.url,
      normalized_url: item.url,
      host,
      registrable_domain: host,
      cnames: [],
      ips: [options.ip ?? '192.0.2.10'],
      asn: 64500,
      as_name: 'EXAMPLE-AS',
      country: options.country,
      cdn: null,
      abuse_contacts: options.contacts ?? [],
      problems: [],
      looked_up_at: new Date().toISOString(),
      databases: { country: null, asn: null },
    };
    const [record] = rowsOf<{ id: string }>(
      await t.database.db.execute(sql`
        insert into hosting_records (item_id, looked_up_at, reason, country, asn, lookup)
        values (${item.id}, now(), 'new_item', ${options.country}, 64500, ${JSON.stringify(lookup)}::jsonb)
        returning id`),
    );
    hostingRecordId = record?.id ?? null;
  }
  await t.database.db.execute(sql`
    insert into item_hosting (item_id, state, due_at, latest_record_id, country)
    values (${item.id}, 'done', null, ${hostingRecordId}, ${options.country ?? null})
    on conflict (item_id) do update set state = 'done', due_at = null,
      latest_record_id = excluded.latest_record_id, country = excluded.country`);
  return { id: item.id, url: item.url, assessmentId: assessment?.id ?? '', hostingRecordId };
}

export function proposalContext(
  t: TestApp,
  options: { parts?: NoticeParts; partnerFor?: PartnerFor; now?: () => Date } = {},
): ProposalContext {
  return {
    db: t.database.db,
    secretBox: t.app.deps.secretBox,
    notifier: t.config.notifier,
    parts: options.parts ?? noticeParts,
    partnerFor: options.partnerFor ?? (async () => null),
    log: t.app.log,
    ...(options.now ? { now: options.now } : {}),
  };
}

export const randomId = () => crypto.randomUUID();
