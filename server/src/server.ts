/**
 * The composition root: configuration → database → migrations → HTTP application with every
 * feature's routes. `main.ts` starts it; tests build it against a throw-away database.
 */
import type { FastifyInstance } from 'fastify';
import { bulkRoutes } from './features/bulk/index.ts';
import { captureRoutes, registerCaptureJobs } from './features/capture/index.ts';
import { evidenceRoutes, registerEvidenceJobs } from './features/evidence/index.ts';
import { feedbackRoutes } from './features/feedback/index.ts';
import { directoryRoutes, hostingRoutes, registerHostingJobs } from './features/hosting/index.ts';
import { intakeApiRoutes, intakePageRoutes, registerIntakeJobs } from './features/intake/index.ts';
import { monitoringJobs, monitoringRoutes } from './features/monitoring/index.ts';
import {
  followNoticeMail,
  noticeJobs,
  noticesRoutes,
  policeBatchRoutes,
  registerPoliceBatchJobs,
} from './features/notices/index.ts';
import { findPartnerHotline, partnerRoutes, seedPartnerHotlines } from './features/partners/index.ts';
import { qualificationRoutes } from './features/qualification/index.ts';
import { preferencesRoutes, staffRoutes } from './features/staff/index.ts';
import { registerStatisticsJobs, statisticsRoutes, transparencyRoutes } from './features/statistics/index.ts';
import { triageRoutes } from './features/triage/index.ts';
import { wellbeingRoutes } from './features/wellbeing/index.ts';
import { registerAuditJobs } from './platform/audit/audit.jobs.ts';
import { auditRoutes } from './platform/audit/audit.routes.ts';
import { keyAuditChain } from './platform/audit/audit.service.ts';
import { configureAuditChain } from './platform/audit/audit-keys.ts';
import { authRoutes, registerAuthJobs } from './platform/auth/index.ts';
import { createFileBlobStore } from './platform/blobs/index.ts';
import type { Config } from './platform/config.ts';
import { createSecretBox, resolveSecretKey } from './platform/crypto/secret-box.ts';
import { type Database, type Db, openDatabase } from './platform/db/database.ts';
import { isWithin, type LogLine, makePrivateFolder } from './platform/db/private-folder.ts';
import { type AppPlugin, buildApp } from './platform/http/app.ts';
import { staffAppRoutes } from './platform/http/staff-app.routes.ts';
import type { JobRegistration } from './platform/jobs/index.ts';
import { mailJobs } from './platform/mail/index.ts';
import { operationsRoutes } from './platform/operations/index.ts';

/** Every feature's routes, in registration order. */
export const plugins: AppPlugin[] = [
  async (app, deps) => {
    app.get('/api/health', { schema: { hide: true } }, async () => ({
      status: 'ok',
      database: deps.database.kind,
    }));
  },
  // First: it starts the table of guarded staff routes that every later plugin's routes join.
  authRoutes,
  staffRoutes,
  preferencesRoutes,
  auditRoutes,
  operationsRoutes,
  intakeApiRoutes,
  intakePageRoutes,
  staffAppRoutes,
  feedbackRoutes,
  wellbeingRoutes,
  triageRoutes,
  bulkRoutes,
  qualificationRoutes,
  evidenceRoutes,
  directoryRoutes,
  partnerRoutes,
  hostingRoutes,
  captureRoutes,
  noticesRoutes,
  policeBatchRoutes,
  monitoringRoutes,
  statisticsRoutes,
  transparencyRoutes,
];

/** Every feature's job handlers and schedules (`<feature>.jobs.ts`); main.ts starts the queue. */
export const jobRegistrations: JobRegistration[] = [
  registerIntakeJobs,
  // A notice follows its e-mail (sent, failed) in the transaction that settles the message.
  mailJobs({ settled: followNoticeMail }),
  registerEvidenceJobs,
  registerCaptureJobs,
  registerAuthJobs,
  registerAuditJobs,
  registerHostingJobs,
  noticeJobs({ findPartner: findPartnerHotline }),
  registerPoliceBatchJobs,
  monitoringJobs({ findPartner: findPartnerHotline }),
  registerStatisticsJobs,
];

/** Reference data features put into a new database once its tables exist (each seeds at most once). */
export const dataSeeds: ((db: Db) => Promise<unknown>)[] = [seedPartnerHotlines];

/** Applies the migrations, then the features' seeds: what `vigie start` and `vigie migrate` run. */
export async function migrateDatabase(database: Database): Promise<void> {
  await database.migrate();
  for (const seed of dataSeeds) await seed(database.db);
}

/** The configured database, with this process's audit chain key set for whatever writes to it. */
export async function openConfiguredDatabase(
  config: Config,
  options: { log?: LogLine } = {},
): Promise<Database> {
  configureAuditChain(resolveSecretKey(config.secretKey, config.dataDir, options.log));
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl, poolSize: config.dbPoolSize })
    : openDatabase({ kind: 'embedded', dataDir: config.dataDir, log: options.log });
}

export async function createServer(
  config: Config,
  database: Database,
  options: { logStream?: NodeJS.WritableStream; log?: LogLine } = {},
): Promise<FastifyInstance> {
  const secretKey = resolveSecretKey(config.secretKey, config.dataDir, options.log);
  // Evidence in the data folder (the default) is as private as the rest of it; a folder elsewhere
  // (a shared volume) keeps the permissions its administrator chose.
  if (isWithin(config.blobDir, config.dataDir)) makePrivateFolder(config.blobDir, options.log);
  const secretBox = createSecretBox(secretKey);
  configureAuditChain(secretKey);
  await keyAuditChain(database.db);
  const blobStore = createFileBlobStore(config.blobDir, secretKey);
  const app = await buildApp({ config, database, secretBox, blobStore }, plugins, options);
  return app;
}
