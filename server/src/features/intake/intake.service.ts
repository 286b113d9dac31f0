/**
 * Receiving reports and telling reporters where their report stands. A report is committed
 * before its tracking code is returned: the whole submission is one SQL statement (report, items
 * and links), so it is durable the moment the database answers.
 */
import { eq, sql } from 'drizzle-orm';
import { safeEqual, type SecretBox, sha256 } from '../../platform/crypto/secret-box.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { NewReport, PublicStatus, ReportStatus } from './intake.schemas.ts';
import { reports } from './intake.tables.ts';
import { newReporterSecret, newTrackingCode, normaliseSecret } from './tracking-code.ts';

export const CHANNELS = ['web_form', 'api', 'partner_hotline', 'hash_list', 'staff'] as const;
export type Channel = (typeof CHANNELS)[number];
export const REPORTER_KINDS = ['public', 'trusted_flagger', 'partner_hotline', 'staff'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

export type IntakeContext = {
  db: Queryable;
  secretBox: SecretBox;
  contactRetentionDays: number;
};

export type SubmittedReport = { trackingCode: string; secret: string; receivedAt: Date };

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (error: unknown) =>
  (error as { code?: string })?.code === UNIQUE_VIOLATION ||
  (error as { cause?: { code?: string } })?.cause?.code === UNIQUE_VIOLATION;

export async function submitReport(
  ctx: IntakeContext,
  report: NewReport,
  source: { channel: Channel; reporterKind: ReporterKind; receivedAt?: Date } = {
    channel: 'api',
    reporterKind: 'public',
  },
): Promise<SubmittedReport> {
  const urls = [...new Set(report.urls)];
  const secret = newReporterSecret();
  const receivedAt = source.receivedAt ?? new Date();
  const contactEnc = report.contact_email ? ctx.secretBox.seal(report.contact_email) : null;
  const contactExpiresAt = report.contact_email
    ? new Date(receivedAt.getTime() + ctx.contactRetentionDays * 86_400_000).toISOString()
    : null;
  for (let attempt = 1; ; attempt++) {
    const trackingCode = newTrackingCode();
    try {
      // Items are upserted in URL order so concurrent reports of the same URLs cannot deadlock.
      await ctx.db.execute(sql`
        with new_report as (
          insert into reports (tracking_code, secret_hash, channel, reporter_kind, received_at, claimed_category,
                               description, language, contact_email_enc, contact_expires_at, public_updated_at)
          values (${trackingCode}, ${sha256(normaliseSecret(secret))}, ${source.channel}, ${source.reporterKind},
                  ${receivedAt.toISOString()}, ${report.category}, ${report.description || null}, ${report.language},
                  ${contactEnc}, ${contactExpiresAt}, ${receivedAt.toISOString()})
          returning id
        ), urls as (
          select value as url, ordinality as position
          from jsonb_array_elements_text(${JSON.stringify(urls)}::jsonb) with ordinality
        ), upserted as (
          insert into items (url, first_reported_at, last_reported_at)
          select url, ${receivedAt.toISOString()}, ${receivedAt.toISOString()} from urls order by url
          on conflict (url) do update
            set last_reported_at = excluded.last_reported_at, report_count = items.report_count + 1
          returning id, url
        )
        insert into report_items (report_id, item_id, position)
        select new_report.id, upserted.id, urls.position
        from new_report, upserted join urls on urls.url = upserted.url`);
      return { trackingCode, secret, receivedAt };
    } catch (error) {
      // A tracking-code collision (1 in ~10^11 per pair) gets a fresh code; anything else is real.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** The public view of a report, or null when the code is unknown or the secret is wrong (same answer). */
export async function findReportStatus(
  db: Queryable,
  trackingCode: string,
  secret: string,
): Promise<ReportStatus | null> {
  const [row] = await db
    .select({
      trackingCode: reports.trackingCode,
      secretHash: reports.secretHash,
      receivedAt: reports.receivedAt,
      publicStatus: reports.publicStatus,
      publicMessage: reports.publicMessage,
      publicUpdatedAt: reports.publicUpdatedAt,
    })
    .from(reports)
    .where(eq(reports.trackingCode, trackingCode))
    .limit(1);
  const offered = sha256(normaliseSecret(secret));
  // Compare even when the row is missing, so timing does not tell a known code from an unknown one.
  const matches = safeEqual(row?.secretHash ?? sha256('no such report'), offered);
  if (!row || !matches) return null;
  return {
    tracking_code: row.trackingCode,
    received_at: row.receivedAt.toISOString(),
    status: row.publicStatus as PublicStatus,
    updated_at: row.publicUpdatedAt.toISOString(),
    message: row.publicMessage,
  };
}
