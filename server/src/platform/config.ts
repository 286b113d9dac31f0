/**
 * Configuration: everything comes from environment variables, validated once at start-up.
 * A wrong value stops the server with a message naming the variable, never a silent default.
 */
import path from 'node:path';
import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  VIGIE_DATA_DIR: z.string().min(1).default('./data'),
  VIGIE_SECRET_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=?$/, 'must be 32 bytes in base64 (generate with: openssl rand -base64 32)')
    .optional(),
  VIGIE_PUBLIC_URL: z.string().url().optional(),
  VIGIE_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  VIGIE_RATE_LIMIT_REPORTS: z.coerce.number().int().min(0).default(20),
  VIGIE_RATE_LIMIT_WINDOW_MINUTES: positiveInt(10),
  VIGIE_CONTACT_RETENTION_DAYS: positiveInt(365),
  VIGIE_DB_POOL_SIZE: positiveInt(10),
  VIGIE_JOBS: z.enum(['on', 'off']).default('on'),
  VIGIE_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, 'must look like smtp://user:pass@host:587 or smtps://host:465')
    .optional(),
  VIGIE_MAIL_FROM: z.string().min(3).default('Vigie <no-reply@localhost>'),
  VIGIE_EXPOSURE_BREAK_MINUTES: positiveInt(60),
  VIGIE_BLOB_DIR: z.string().min(1).optional(),
  VIGIE_MEDIA_MAX_BYTES: positiveInt(50 * 1024 * 1024),
  VIGIE_MEDIA_WORKERS: positiveInt(1),
  VIGIE_MEDIA_QUEUE: z.coerce.number().int().min(0).default(8),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  secretKey: string | undefined;
  publicUrl: string;
  trustProxy: boolean;
  rateLimit: { reports: number; windowMs: number };
  contactRetentionDays: number;
  dbPoolSize: number;
  jobs: boolean;
  /** Outgoing mail; without an SMTP URL mail stays queued in the outbox. */
  mail: { smtpUrl: string | undefined; from: string };
  /** Continuous media exposure after which an analyst is told a break is due. */
  exposureBreakMinutes: number;
  /** Encrypted evidence blobs (default `<dataDir>/blobs`). */
  blobDir: string;
  /** Largest evidence file an analyst may upload. */
  mediaMaxBytes: number;
  /** Uploads examined at once in worker threads, and how many may wait for one. */
  mediaPool: { workers: number; queue: number };
  logLevel: string;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`invalid configuration: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.VIGIE_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    secretKey: e.VIGIE_SECRET_KEY,
    publicUrl: (e.VIGIE_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    trustProxy: e.VIGIE_TRUST_PROXY === 'true',
    rateLimit: { reports: e.VIGIE_RATE_LIMIT_REPORTS, windowMs: e.VIGIE_RATE_LIMIT_WINDOW_MINUTES * 60_000 },
    contactRetentionDays: e.VIGIE_CONTACT_RETENTION_DAYS,
    dbPoolSize: e.VIGIE_DB_POOL_SIZE,
    jobs: e.VIGIE_JOBS === 'on',
    mail: { smtpUrl: e.VIGIE_SMTP_URL, from: e.VIGIE_MAIL_FROM },
    exposureBreakMinutes: e.VIGIE_EXPOSURE_BREAK_MINUTES,
    blobDir: path.resolve(e.VIGIE_BLOB_DIR ?? path.join(dataDir, 'blobs')),
    mediaMaxBytes: e.VIGIE_MEDIA_MAX_BYTES,
    mediaPool: { workers: e.VIGIE_MEDIA_WORKERS, queue: e.VIGIE_MEDIA_QUEUE },
    logLevel: e.LOG_LEVEL,
  };
}
