/** The SQL that stores reports: no rules here, those live in intake.service.ts. */
import { eq, sql } from 'drizzle-orm';
import { type Queryable, rowsOf } from '../../platform/db/database.ts';
import { reports } from './intake.tables.ts';

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
  /** Reports from the public form only (see form-token.ts); null otherwise. */
  form_token_hash: string | null;
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
 * cannot deadlock. A row whose form token hash is already stored (by an earlier or a concurrent
 * statement, or earlier in this batch) is skipped with its items and links. Returns the tracking
 * codes of the rows stored.
 */
export async function insertReports(db: Queryable, rows: ReportRow[]): Promise<Set<string>> {
  const result = await db.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
        tracking_code text, secret_hash text, channel text, reporter_kind text, received_at timestamptz,
        claimed_category text, description text, language text, contact_email_enc text,
        contact_expires_at timestamptz, form_token_hash text, urls jsonb, severity int, assess_within_hours int,
        trusted boolean)
    ), new_reports as (
      insert into reports (tracking_code, secret_hash, channel, reporter_kind, received_at, claimed_category,
                           description, language, contact_email_enc, contact_expires_at, form_token_hash,
                           public_updated_at)
      select tracking_code, secret_hash, channel, reporter_kind, received_at, claimed_category, description,
             language, contact_email_enc, contact_expires_at, form_token_hash, received_at
      from input
      on conflict (form_token_hash) do nothing
      returning id, tracking_code
    ), links as (
      -- Only the reports stored: a form posted again must not count its addresses twice.
      select input.tracking_code, input.received_at, input.claimed_category, input.severity, input.channel,
             input.language, input.trusted, input.received_at + input.assess_within_hours * interval '1 hour' as due_at,
             u.url, u.position
      from input join new_reports using (tracking_code),
           jsonb_array_elements_text(input.urls) with ordinality as u(url, position)
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
    ), linked as (
      insert into report_items (report_id, item_id, position)
      select new_reports.id, upserted.id, links.position
      from links join new_reports using (tracking_code) join upserted using (url)
    )
    select tracking_code from new_reports`);
  return new Set(rowsOf<{ tracking_code: string }>(result).map((r) => r.tracking_code));
}

/** The report a form post with this token hash made, if any. */
export async function findReportByFormToken(
  db: Queryable,
  formTokenHash: string,
): Promise<{ trackingCode: string; receivedAt: Date } | undefined> {
  const [row] = await db
    .select({ trackingCode: reports.trackingCode, receivedAt: reports.receivedAt })
    .from(reports)
    .where(eq(reports.formTokenHash, formTokenHash))
    .limit(1);
  return row;
}
