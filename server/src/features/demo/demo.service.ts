/**
 * Fills an empty database with the demo data set: reports submitted through intake's own
 * `submitReport` (so they are stored exactly like real ones) with public statuses that match their
 * age, one staff account per role with known credentials, and an audit event for the whole
 * operation. Refuses a database that already holds reports or staff: demo data must never mix with
 * a hotline's real work.
 */
import crypto from 'node:crypto';
import { count, sql } from 'drizzle-orm';
import { TOTP } from 'otpauth';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import {
  CLI_ACTOR,
  createStaffWithCredentials,
  newTotpSecret,
  type Role,
  staff,
} from '../../platform/auth/index.ts';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { createDirectoryEntry } from '../hosting/index.ts';
import { createReportBatcher, items, reports, submitReport } from '../intake/index.ts';
import { type DemoReport, generateReports, type Random } from './demo-data.ts';
import { DEMO_DIRECTORY } from './demo-directory.ts';

type IntakeContext = Parameters<typeof submitReport>[0];
type SubmittedReport = Awaited<ReturnType<typeof submitReport>>;

export type DemoContext = { db: Db; secretBox: SecretBox; contactRetentionDays: number };
export type DemoOptions = {
  reports: number;
  days: number;
  random: Random;
  onProgress?: (done: number, total: number) => void;
};
export type DemoCredentials = {
  role: Role;
  email: string;
  password: string;
  totpSecret: string;
  otpauthUrl: string;
};
export type DemoSummary = {
  reports: number;
  items: number;
  from: Date;
  to: Date;
  byCategory: Record<string, number>;
  staff: DemoCredentials[];
  /** The newest report's tracking code and secret, to try the public status page. */
  sample: SubmittedReport | undefined;
};

const BATCH = 500;
const DEMO_STAFF: Array<{ role: Role; email: string; displayName: string }> = [
  { role: 'admin', email: 'admin@hotline.example', displayName: 'Alice Admin' },
  { role: 'supervisor', email: 'supervisor@hotline.example', displayName: 'Samir Superviseur' },
  { role: 'analyst', email: 'analyst1@hotline.example', displayName: 'Anna Analyste' },
  { role: 'analyst', email: 'analyst2@hotline.example', displayName: 'Bruno Analyste' },
  { role: 'liaison_officer', email: 'liaison@hotline.example', displayName: 'Lina Liaison' },
  { role: 'auditor', email: 'auditor@hotline.example', displayName: 'Omar Auditeur' },
];

export async function assertEmptyDatabase(db: Db): Promise<void> {
  const [r] = await db.select({ n: count() }).from(reports);
  const [s] = await db.select({ n: count() }).from(staff);
  if ((r?.n ?? 0) > 0 || (s?.n ?? 0) > 0) {
    throw new AppError(
      'demo.database_not_empty',
      409,
      `the database is not empty (${r?.n ?? 0} reports, ${s?.n ?? 0} staff accounts): demo data only goes into an empty one`,
    );
  }
}

export async function createDemoData(ctx: DemoContext, options: DemoOptions): Promise<DemoSummary> {
  await assertEmptyDatabase(ctx.db);
  const generated = generateReports(options.random, {
    count: options.reports,
    days: options.days,
    contactRetentionDays: ctx.contactRetentionDays,
  });
  // Submitted as intake stores any report, many at a time: the batcher groups them into few statements.
  const intake = {
    db: ctx.db,
    secretBox: ctx.secretBox,
    contactRetentionDays: ctx.contactRetentionDays,
    batcher: createReportBatcher(ctx.db, { maxInFlight: 1, maxBatch: 250 }),
  };
  let sample: SubmittedReport | undefined;
  for (let start = 0; start < generated.length; start += BATCH) {
    const batch = generated.slice(start, start + BATCH);
    const submitted = await Promise.all(batch.map((report) => submitDemoReport(intake, report)));
    await setPublicStatuses(ctx.db, batch, submitted);
    sample = submitted.at(-1) ?? sample;
    options.onProgress?.(Math.min(start + BATCH, generated.length), generated.length);
  }
  const credentials = await createDemoStaff(ctx);
  for (const entry of DEMO_DIRECTORY) await createDirectoryEntry(ctx.db, entry, CLI_ACTOR);
  const byCategory: Record<string, number> = {};
  for (const report of generated) byCategory[report.category] = (byCategory[report.category] ?? 0) + 1;
  const [itemCount] = await ctx.db.select({ n: count() }).from(items);
  const summary = {
    reports: generated.length,
    items: itemCount?.n ?? 0,
    from: generated[0]?.receivedAt ?? new Date(),
    to: generated.at(-1)?.receivedAt ?? new Date(),
    byCategory,
    staff: credentials,
    sample,
  };
  await ctx.db.transaction((tx) =>
    appendAuditEvent(tx, {
      actorStaffId: CLI_ACTOR.staffId,
      actorLabel: CLI_ACTOR.label,
      action: 'demo.created',
      details: {
        reports: summary.reports,
        items: summary.items,
        from: summary.from.toISOString(),
        to: summary.to.toISOString(),
        staff: credentials.map((c) => c.email),
      },
    }),
  );
  return summary;
}

function submitDemoReport(intake: IntakeContext, report: DemoReport): Promise<SubmittedReport> {
  return submitReport(
    intake,
    {
      category: report.category,
      urls: report.urls,
      description: report.description,
      language: report.language,
      contact_email: report.contactEmail,
    },
    { channel: report.channel, reporterKind: report.reporterKind, receivedAt: report.receivedAt },
  );
}

/** The status each report has reached by now, in one statement per batch. */
async function setPublicStatuses(db: Db, batch: DemoReport[], submitted: SubmittedReport[]): Promise<void> {
  const statuses = batch.flatMap((report, k) =>
    report.status === 'received'
      ? []
      : [{ code: submitted[k]?.trackingCode, status: report.status, at: report.statusAt.toISOString() }],
  );
  if (statuses.length === 0) return;
  await db.execute(sql`
    update reports set public_status = s.status, public_updated_at = s.at
    from jsonb_to_recordset(${JSON.stringify(statuses)}::jsonb) as s(code text, status text, at timestamptz)
    where reports.tracking_code = s.code`);
}

async function createDemoStaff(ctx: DemoContext): Promise<DemoCredentials[]> {
  const credentials: DemoCredentials[] = [];
  for (const person of DEMO_STAFF) {
    const password = `demo-${crypto.randomBytes(9).toString('base64url')}`;
    const totpSecret = newTotpSecret();
    await createStaffWithCredentials(
      { db: ctx.db, secretBox: ctx.secretBox },
      { ...person, password, totpSecret },
      CLI_ACTOR,
    );
    const otpauthUrl = new TOTP({ issuer: 'Vigie', label: person.email, secret: totpSecret }).toString();
    credentials.push({ role: person.role, email: person.email, password, totpSecret, otpauthUrl });
  }
  return credentials;
}
