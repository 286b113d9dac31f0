/**
 * Receiving reports and telling reporters where their report stands. A report is committed
 * before its tracking code is returned: the whole submission is one SQL statement (report, items
 * and links; see intake.queries.ts), so it is durable the moment the database answers.
 */
import { eq } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import { categoryUrgency } from '../../jurisdictions/jurisdiction.ts';
import { type SecretBox, safeEqual, sha256 } from '../../platform/crypto/secret-box.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { reportedAddressStandings, summariseReport } from '../outcomes/index.ts';
import { formSubmissionKeys } from './form-token.ts';
import { findReportByFormToken, insertReports, type ReportRow } from './intake.queries.ts';
import type { NewReport, ReportStatus } from './intake.schemas.ts';
import { type Channel, isTrustedReporter, type ReporterKind, reports } from './intake.tables.ts';
import { announceReportsStored } from './intake-events.ts';
import type { ReportBatcher } from './report-batch.ts';
import { newReporterSecret, newTrackingCode, normaliseSecret } from './tracking-code.ts';

export type IntakeContext = {
  db: Queryable;
  secretBox: SecretBox;
  contactRetentionDays: number;
  /** Groups concurrent submissions into one statement (the public API uses it; see report-batch.ts). */
  batcher?: ReportBatcher;
};

export type SubmittedReport = { trackingCode: string; secret: string; receivedAt: Date };

type Source = { channel: Channel; reporterKind: ReporterKind; receivedAt?: Date };

/**
 * What a post of the public form gave: a new report, the same report again (same tracking code
 * and secret: a reload or a double click), or, once the receipt is older than RESHOW_SECRET_MS,
 * the report without its secret.
 */
export type FormSubmission =
  | ({ outcome: 'stored' | 'repeated' } & SubmittedReport)
  | { outcome: 'repeated_late'; trackingCode: string; receivedAt: Date };

/**
 * How long a form posted again shows the secret again. Reloads and retries come within minutes;
 * later, whoever holds that browser's history (a shared computer) must not get the secret back.
 */
export const RESHOW_SECRET_MS = 60 * 60_000;

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (error: unknown) =>
  (error as { code?: string })?.code === UNIQUE_VIOLATION ||
  (error as { cause?: { code?: string } })?.cause?.code === UNIQUE_VIOLATION;

export async function submitReport(
  ctx: IntakeContext,
  report: NewReport,
  source: Source = { channel: 'api', reporterKind: 'public' },
): Promise<SubmittedReport> {
  const secret = newReporterSecret();
  const stored = await storeReport(ctx, report, source, secret, null);
  // Without a form token nothing can already be stored in its place.
  if (!stored) throw new Error('a report without a form token was not stored');
  return { ...stored, secret };
}

/** A post of the public form carrying the one-time token of the page it came from (form-token.ts). */
export async function submitFormReport(
  ctx: IntakeContext,
  report: NewReport,
  formToken: string,
  source: Source,
): Promise<FormSubmission> {
  const { tokenHash, secret } = formSubmissionKeys(ctx.secretBox, formToken, report);
  // Twice at most: the earlier report may be deleted between the two statements.
  for (let attempt = 1; ; attempt++) {
    const stored = await storeReport(ctx, report, source, secret, tokenHash);
    if (stored) return { outcome: 'stored', ...stored, secret };
    const earlier = await findRepeatedFormReport(ctx, report, formToken, source.receivedAt);
    if (earlier) return earlier;
    if (attempt >= 2) throw new Error('a form report was neither stored nor found');
  }
}

/**
 * The receipt of a form already posted with this token and these contents, or null: a reload
 * answers with it before anything else (it is not a new report, so not a new try either).
 */
export async function findRepeatedFormReport(
  ctx: IntakeContext,
  report: NewReport,
  formToken: string,
  now = new Date(),
): Promise<Exclude<FormSubmission, { outcome: 'stored' }> | null> {
  const { tokenHash, secret } = formSubmissionKeys(ctx.secretBox, formToken, report);
  const earlier = await findReportByFormToken(ctx.db, tokenHash);
  if (!earlier) return null;
  return now.getTime() - earlier.receivedAt.getTime() > RESHOW_SECRET_MS
    ? { outcome: 'repeated_late', ...earlier }
    : { outcome: 'repeated', ...earlier, secret };
}

/** Stores the report in one statement; null when a report with this form token hash already exists. */
async function storeReport(
  ctx: IntakeContext,
  report: NewReport,
  source: Source,
  secret: string,
  formTokenHash: string | null,
): Promise<{ trackingCode: string; receivedAt: Date } | null> {
  const urls = [...new Set(report.urls)];
  const receivedAt = source.receivedAt ?? new Date();
  const contactEnc = report.contact_email ? ctx.secretBox.seal(report.contact_email) : null;
  const contactExpiresAt = report.contact_email
    ? new Date(receivedAt.getTime() + ctx.contactRetentionDays * 86_400_000).toISOString()
    : null;
  const urgency = categoryUrgency(pack, report.category);
  for (let attempt = 1; ; attempt++) {
    const row: ReportRow = {
      tracking_code: newTrackingCode(),
      secret_hash: sha256(normaliseSecret(secret)),
      channel: source.channel,
      reporter_kind: source.reporterKind,
      received_at: receivedAt.toISOString(),
      claimed_category: report.category,
      description: report.description || null,
      language: report.language,
      contact_email_enc: contactEnc,
      contact_expires_at: contactExpiresAt,
      form_token_hash: formTokenHash,
      urls,
      severity: urgency.severity,
      assess_within_hours: urgency.assessWithinHours,
      trusted: isTrustedReporter(source.reporterKind),
    };
    try {
      // One statement either way: alone, or grouped with concurrent reports (group commit).
      const stored = ctx.batcher
        ? await ctx.batcher.add(row)
        : (await insertReports(ctx.db, [row])).has(row.tracking_code);
      if (stored) announceReportsStored();
      return stored ? { trackingCode: row.tracking_code, receivedAt } : null;
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
      id: reports.id,
      trackingCode: reports.trackingCode,
      secretHash: reports.secretHash,
      receivedAt: reports.receivedAt,
      claimedCategory: reports.claimedCategory,
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
  // The status is derived from the addresses' facts (features/outcomes), not stored.
  const addresses = await reportedAddressStandings(db, row.id);
  const summary = summariseReport(addresses.map((a) => a.status));
  const updatedAt = Math.max(
    row.publicUpdatedAt.getTime(),
    ...addresses.map((a) => a.changedAt?.getTime() ?? 0),
  );
  return {
    tracking_code: row.trackingCode,
    received_at: row.receivedAt.toISOString(),
    status: summary.status,
    updated_at: new Date(updatedAt).toISOString(),
    message: row.publicMessage,
    category: row.claimedCategory,
    handled: summary.handled,
    total: summary.total,
    addresses: addresses.map((a) => ({ number: a.number, status: a.status, message: a.message })),
  };
}
