/**
 * Fills an empty database with the demo data set: one staff account per role with known
 * credentials, the directory's demo entries and the partner hotlines, reports submitted through
 * intake's own `submitReport` (so they are stored exactly like real ones), then their life
 * (demo-life.ts): hosting look-ups, qualification with four eyes, notices, police batches, partner
 * forwards, replies and reporters informed, all through the features' own services. Refuses a
 * database that already holds reports or staff: demo data must never mix with a hotline's real work.
 */
import crypto from 'node:crypto';
import { count } from 'drizzle-orm';
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
import type { Notifier } from '../notices/index.ts';
import { findPartnerHotline, seedPartnerHotlines } from '../partners/index.ts';
import { type DemoCounts, demoCounts } from './demo.queries.ts';
import { type DemoReport, generateReports, type Random } from './demo-data.ts';
import { DEMO_DIRECTORY } from './demo-directory.ts';
import type { DemoCrew } from './demo-history.ts';
import { liveDemoDays } from './demo-life.ts';

type IntakeContext = Parameters<typeof submitReport>[0];
type SubmittedReport = Awaited<ReturnType<typeof submitReport>>;

export type DemoContext = {
  db: Db;
  secretBox: SecretBox;
  contactRetentionDays: number;
  /** Who signs the notices, the police batch's time zone, the tracking page's address (configuration). */
  notifier: Notifier;
  timeZone: string;
  publicUrl: string;
};
export type DemoOptions = {
  reports: number;
  days: number;
  random: Random;
  /** The demo's present (tests fix it, so a seed gives the same data set; by default the real time). */
  now?: Date;
  onProgress?: (step: string, done: number, total: number) => void;
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
  /** What their life made: verdicts, notices by state, police batches, partner forwards, feedback. */
  life: DemoCounts;
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
  const { credentials, crew } = await createDemoStaff(ctx);
  for (const entry of DEMO_DIRECTORY) await createDirectoryEntry(ctx.db, entry, CLI_ACTOR);
  // The partner hotlines that child abuse material hosted abroad is forwarded to (seeded once).
  await seedPartnerHotlines(ctx.db);
  const generated = generateReports(options.random, {
    count: options.reports,
    days: options.days,
    contactRetentionDays: ctx.contactRetentionDays,
    ...(options.now ? { now: options.now } : {}),
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
    sample = submitted.at(-1) ?? sample;
    options.onProgress?.('reports', Math.min(start + BATCH, generated.length), generated.length);
  }
  await liveDemoDays(
    {
      db: ctx.db,
      secretBox: ctx.secretBox,
      notifier: ctx.notifier,
      timeZone: ctx.timeZone,
      publicUrl: ctx.publicUrl,
      partnerFor: (country) => findPartnerHotline(ctx.db, country),
    },
    { crew, random: options.random, now: options.now, onProgress: options.onProgress },
  );
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
    life: await demoCounts(ctx.db),
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
        qualified: summary.life.qualified,
        illegal: summary.life.illegal,
        notices: summary.life.notices,
        police_batches: summary.life.policeBatches,
        monitored: summary.life.monitoring.followed,
        removed: summary.life.monitoring.removed,
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

async function createDemoStaff(
  ctx: DemoContext,
): Promise<{ credentials: DemoCredentials[]; crew: DemoCrew }> {
  const credentials: DemoCredentials[] = [];
  const actors: Array<{ role: Role; actor: { staffId: string; label: string } }> = [];
  for (const person of DEMO_STAFF) {
    const password = `demo-${crypto.randomBytes(9).toString('base64url')}`;
    const totpSecret = newTotpSecret();
    const created = await createStaffWithCredentials(
      { db: ctx.db, secretBox: ctx.secretBox },
      { ...person, password, totpSecret },
      CLI_ACTOR,
    );
    actors.push({ role: person.role, actor: { staffId: created.id, label: created.email } });
    const otpauthUrl = new TOTP({ issuer: 'Vigie', label: person.email, secret: totpSecret }).toString();
    credentials.push({ role: person.role, email: person.email, password, totpSecret, otpauthUrl });
  }
  const of = (role: Role) => actors.filter((a) => a.role === role).map((a) => a.actor);
  const [anna, bruno] = of('analyst');
  const [supervisor] = of('supervisor');
  const [liaison] = of('liaison_officer');
  if (!anna || !bruno || !supervisor || !liaison) throw new Error('demo staff incomplete');
  return { credentials, crew: { analysts: [anna, bruno], supervisor, liaison } };
}
