/** The SQL that stores reports: no rules here, those live in intake.service.ts. */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';

/** One report as stored: column values, plus its normalised, de-duplicated URLs. */
export type ReportRow = {
  tracking_code: string;
  secret_hash: string;
  channel: string;
  reporter_kind: string;
  received_at: string;
  claimed_category: string;
  description: string | null;
  language: string;
  contact_email_enc: string | null;
  contact_expires_at: string | null;
  urls: string[];
  /** Queue fields of the items it creates: the claimed category's urgency in the pack, reporter trust. */
  severity: number;
  assess_within_hours: number;
  trusted: boolean;
};

/**
 * Stores reports with their items and links in ONE statement, so they are committed together the
 * moment it returns. Items are upserted grouped by URL (a URL in several reports of the batch is
 * one item counted once per report) and in URL order, so concurrent statements sharing URLs
 * cannot deadlock.
 */
export async function insertReports(db: Queryable, rows: ReportRow[]): Promise<void> {
  await db.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
        tracking_code text, secret_hash text, channel text, reporter_kind text, received_at timestamptz,
        claimed_category text, description text, language text, contact_email_enc text,
        contact_expires_at timestamptz, urls jsonb, severity int, assess_within_hours int, trusted boolean)
    ), new_reports as (
      insert into reports (tracking_code, secret_hash, channel, reporter_kind, received_at, claimed_category,
                           description, language, contact_email_enc, contact_expires_at, public_updated_at)
      select tracking_code, secret_hash, channel, reporter_kind, received_at, claimed_category, description,
             language, contact_email_enc, contact_expires_at, received_at
      from input
      returning id, tracking_code
    ), links as (
      select input.tracking_code, input.received_at, input.claimed_category, input.severity, input.channel,
             input.language, input.trusted, input.received_at + input.assess_within_hours * interval '1 hour' as due_at,
             u.url, u.position
      from input, jsonb_array_elements_text(input.urls) with ordinality as u(url, position)
    ), upserted as (
      -- Queue fields: the most severe claim sets the working category and its service target (the
      -- earliest such report first); channel and language are the first report's; trust is any report's.
      insert into items (url, first_reported_at, last_reported_at, report_count, category, severity, due_at,
                         channel, language, trusted)
      select url, min(received_at), max(received_at), count(*),
             (array_agg(claimed_category order by severity, received_at))[1], min(severity),
             (array_agg(due_at order by severity, received_at))[1],
             (array_agg(channel order by received_at))[1], (array_agg(language order by received_at))[1],
             bool_or(trusted)
      from links group by url order by url
      on conflict (url) do update
        set last_reported_at = greatest(items.last_reported_at, excluded.last_reported_at),
            report_count = items.report_count + excluded.report_count,
            trusted = items.trusted or excluded.trusted,
            -- Until an analyst has assessed it, a more severe later claim raises the item's urgency.
            category = case when items.state = 'new' and excluded.severity < items.severity
                            then excluded.category else items.category end,
            due_at = case when items.state = 'new' and excluded.severity < items.severity
                          then least(items.due_at, excluded.due_at) else items.due_at end,
            severity = case when items.state = 'new' then least(items.severity, excluded.severity)
                            else items.severity end
      returning id, url
    )
    insert into report_items (report_id, item_id, position)
    select new_reports.id, upserted.id, links.position
    from links join new_reports using (tracking_code) join upserted using (url)`);
}
