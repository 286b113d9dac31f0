/**
 * Configuration: everything comes from environment variables, validated once at start-up.
 * A wrong value stops the server with a message naming the variable, never a silent default.
 */
import net from 'node:net';
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
  VIGIE_TRUST_PROXY: z.string().default('false'),
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
  VIGIE_HOTLINE_NAME: z.string().trim().min(1).max(200).default('Vigie'),
  VIGIE_HOTLINE_EMAIL: z
    .email('must be an e-mail address (where hosts and partners answer notices)')
    .optional(),
  VIGIE_EXPOSURE_BREAK_MINUTES: positiveInt(60),
  VIGIE_BLOB_DIR: z.string().min(1).optional(),
  VIGIE_MEDIA_MAX_BYTES: positiveInt(50 * 1024 * 1024),
  VIGIE_MEDIA_WORKERS: positiveInt(1),
  VIGIE_MEDIA_QUEUE: z.coerce.number().int().min(0).default(8),
  VIGIE_AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  VIGIE_DNS_SERVERS: z
    .string()
    .optional()
    .refine(
      (value) => value === undefined || value.split(',').every((entry) => dnsServerAddress(entry.trim())),
      'must be a comma-separated list of resolver addresses: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53',
    ),
  VIGIE_FETCH_PROXY: z
    .string()
    .regex(/^https?:\/\/[^/]+/, 'must look like http://proxy.internal:3128')
    .optional(),
  VIGIE_FETCH_USER_AGENT: z.string().min(1).max(200).optional(),
  VIGIE_FETCH_TIMEOUT_SECONDS: positiveInt(15),
  VIGIE_FETCH_MAX_BYTES: positiveInt(20 * 1024 * 1024),
  VIGIE_MONITORING_CONCURRENCY: positiveInt(16),
  VIGIE_MONITORING_PER_HOST: positiveInt(2),
  VIGIE_MONITORING_HOST_SPACING_MS: z.coerce.number().int().min(0).default(1000),
  VIGIE_UNSAFE_FETCH_ALLOW_FOR_TESTS: z
    .string()
    .optional()
    .refine(
      (value) =>
        value === undefined ||
        value.split(',').every((entry) => /^127\.\d+\.\d+\.\d+$|^::1$/.test(entry.trim())),
      'takes loopback addresses only (127.x.x.x, ::1): it exists for browser tests against local servers',
    ),
  VIGIE_RDAP_BOOTSTRAP_DIR: z.string().min(1).optional(),
  VIGIE_CHROMIUM: z.string().min(1).default('/usr/bin/chromium'),
  VIGIE_CAPTURE_MAX_MEDIA: z.coerce.number().int().min(0).default(20),
  VIGIE_CAPTURE_MAX_BYTES: positiveInt(100 * 1024 * 1024),
  VIGIE_TIME_ZONE: z
    .string()
    .default('Europe/Paris')
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris'),
  VIGIE_POLICE_BATCH_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  VIGIE_TRANSPARENCY_PAGE: z.enum(['on', 'off']).default('on'),
  VIGIE_TRANSPARENCY_MIN_COUNT: positiveInt(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  VIGIE_HEADERS_TIMEOUT_SECONDS: positiveInt(20),
  VIGIE_REQUEST_TIMEOUT_SECONDS: positiveInt(30),
  VIGIE_BODY_MIN_BYTES_PER_SECOND: positiveInt(16 * 1024),
  VIGIE_KEEP_ALIVE_TIMEOUT_SECONDS: positiveInt(5),
  VIGIE_MAX_CONNECTIONS: positiveInt(512),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  secretKey: string | undefined;
  publicUrl: string;
  /** Which peers may speak for the client through X-Forwarded-*: nobody, N hops, or listed proxies. */
  trustProxy: TrustProxy;
  rateLimit: { reports: number; windowMs: number };
  contactRetentionDays: number;
  dbPoolSize: number;
  jobs: boolean;
  /** Outgoing mail; without an SMTP URL mail stays queued in the outbox. */
  mail: { smtpUrl: string | undefined; from: string };
  /**
   * Who sends notices, as hosts, platforms and partner hotlines read it (in the text and the XARF
   * report): the hotline's name, the address they answer to, its website (the public URL).
   */
  notifier: { name: string; email: string; website: string };
  /** Continuous media exposure after which an analyst is told a break is due. */
  exposureBreakMinutes: number;
  /** Encrypted evidence blobs (default `<dataDir>/blobs`). */
  blobDir: string;
  /** Largest evidence file an analyst may upload. */
  mediaMaxBytes: number;
  /** Uploads examined at once in worker threads, and how many may wait for one. */
  mediaPool: { workers: number; queue: number };
  /** Where the daily audit job appends a signed checkpoint (unset: it only verifies the chain). */
  auditCheckpointFile: string | undefined;
  /** Resolvers for hosting look-ups and the safe fetcher (`ip` or `ip:port`); unset: the system's. */
  dnsServers: string[] | undefined;
  /** The safe fetcher, the one way Vigie reads reported URLs (platform/fetch). */
  fetch: {
    proxy: string | undefined;
    userAgent: string;
    timeoutMs: number;
    maxBytes: number;
    /** Loopback addresses the fetcher may reach anyway: browser tests only (VIGIE_UNSAFE_…). */
    allowForTests: string[];
  };
  /** Removal checks: at once overall, at once per host, and least time between two on one host. */
  monitoring: { concurrency: number; perHost: number; hostSpacingMs: number };
  /** A folder of RDAP bootstrap files replacing the bundled ones (features/hosting/data). */
  rdapBootstrapDir: string | undefined;
  /**
   * Evidence capture (features/capture): the chromium that renders screenshots (optional: absent,
   * captures go on without), and how many embedded media one capture fetches, in how many bytes.
   */
  capture: { chromium: string; maxMedia: number; maxMediaBytes: number };
  /** The hotline's time zone (IANA): its local dates and times (the police portal's daily batch). */
  timeZone: string;
  /** The police portal's daily batch is prepared at this local hour (0–23). */
  policeBatchHour: number;
  /**
   * The public page of yearly figures (features/statistics/pages): whether it is served, and the
   * smallest count it shows exactly (a count above zero under it shows as "< minCount").
   */
  transparency: { page: boolean; minCount: number };
  logLevel: string;
  /** Slow-client limits (platform/http/slow-requests.ts, docs/adr/0005-proxy-and-timeouts.md). */
  http: HttpLimits;
};

export type TrustProxy = false | { hops: number } | { proxies: string[] };

export type HttpLimits = {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  bodyMinBytesPerSecond: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
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
  const publicUrl = (e.VIGIE_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    secretKey: e.VIGIE_SECRET_KEY,
    publicUrl,
    trustProxy: parseTrustProxy(e.VIGIE_TRUST_PROXY),
    rateLimit: { reports: e.VIGIE_RATE_LIMIT_REPORTS, windowMs: e.VIGIE_RATE_LIMIT_WINDOW_MINUTES * 60_000 },
    contactRetentionDays: e.VIGIE_CONTACT_RETENTION_DAYS,
    dbPoolSize: e.VIGIE_DB_POOL_SIZE,
    jobs: e.VIGIE_JOBS === 'on',
    mail: { smtpUrl: e.VIGIE_SMTP_URL, from: e.VIGIE_MAIL_FROM },
    notifier: {
      name: e.VIGIE_HOTLINE_NAME,
      email: e.VIGIE_HOTLINE_EMAIL ?? addressIn(e.VIGIE_MAIL_FROM),
      website: publicUrl,
    },
    exposureBreakMinutes: e.VIGIE_EXPOSURE_BREAK_MINUTES,
    blobDir: path.resolve(e.VIGIE_BLOB_DIR ?? path.join(dataDir, 'blobs')),
    mediaMaxBytes: e.VIGIE_MEDIA_MAX_BYTES,
    mediaPool: { workers: e.VIGIE_MEDIA_WORKERS, queue: e.VIGIE_MEDIA_QUEUE },
    auditCheckpointFile: e.VIGIE_AUDIT_CHECKPOINT_FILE && path.resolve(e.VIGIE_AUDIT_CHECKPOINT_FILE),
    dnsServers: e.VIGIE_DNS_SERVERS?.split(',').map((entry) => entry.trim()),
    monitoring: {
      concurrency: e.VIGIE_MONITORING_CONCURRENCY,
      perHost: e.VIGIE_MONITORING_PER_HOST,
      hostSpacingMs: e.VIGIE_MONITORING_HOST_SPACING_MS,
    },
    fetch: {
      proxy: e.VIGIE_FETCH_PROXY,
      userAgent:
        e.VIGIE_FETCH_USER_AGENT ??
        `Vigie/0.1 (internet hotline content check${e.VIGIE_PUBLIC_URL ? `; +${e.VIGIE_PUBLIC_URL}` : ''})`,
      timeoutMs: e.VIGIE_FETCH_TIMEOUT_SECONDS * 1000,
      maxBytes: e.VIGIE_FETCH_MAX_BYTES,
      allowForTests: e.VIGIE_UNSAFE_FETCH_ALLOW_FOR_TESTS?.split(',').map((entry) => entry.trim()) ?? [],
    },
    rdapBootstrapDir: e.VIGIE_RDAP_BOOTSTRAP_DIR && path.resolve(e.VIGIE_RDAP_BOOTSTRAP_DIR),
    capture: {
      chromium: e.VIGIE_CHROMIUM,
      maxMedia: e.VIGIE_CAPTURE_MAX_MEDIA,
      maxMediaBytes: e.VIGIE_CAPTURE_MAX_BYTES,
    },
    timeZone: e.VIGIE_TIME_ZONE,
    policeBatchHour: e.VIGIE_POLICE_BATCH_HOUR,
    transparency: { page: e.VIGIE_TRANSPARENCY_PAGE === 'on', minCount: e.VIGIE_TRANSPARENCY_MIN_COUNT },
    logLevel: e.LOG_LEVEL,
    http: {
      headersTimeoutMs: e.VIGIE_HEADERS_TIMEOUT_SECONDS * 1000,
      requestTimeoutMs: e.VIGIE_REQUEST_TIMEOUT_SECONDS * 1000,
      bodyMinBytesPerSecond: e.VIGIE_BODY_MIN_BYTES_PER_SECOND,
      keepAliveTimeoutMs: e.VIGIE_KEEP_ALIVE_TIMEOUT_SECONDS * 1000,
      maxConnections: e.VIGIE_MAX_CONNECTIONS,
    },
  };
}

const TRUST_PROXY_FORMS =
  'false, a hop count (1 behind one reverse proxy), or the proxy addresses/CIDRs separated by commas ' +
  '(e.g. 127.0.0.1 or 10.0.0.0/8,fd00::/8)';

/** proxy-addr's names for the usual private ranges, accepted as they are. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * `true` is refused: trusting every hop lets a client write its own address into X-Forwarded-For
 * (escaping the rate limits) and its own scheme into X-Forwarded-Proto (deciding the Secure flag).
 */
function parseTrustProxy(value: string): TrustProxy {
  const text = value.trim();
  if (text === 'false' || text === '') return false;
  if (text === 'true') {
    throw new ConfigError(
      `invalid configuration: VIGIE_TRUST_PROXY: true would let any client choose its own address; use ${TRUST_PROXY_FORMS}`,
    );
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > 10) {
      throw new ConfigError(
        `invalid configuration: VIGIE_TRUST_PROXY: a hop count is between 1 and 10; use ${TRUST_PROXY_FORMS}`,
      );
    }
    return { hops };
  }
  const proxies = text.split(',').map((entry) => entry.trim());
  const wrong = proxies.find((entry) => !isProxyAddress(entry));
  if (wrong !== undefined) {
    throw new ConfigError(
      `invalid configuration: VIGIE_TRUST_PROXY: "${wrong}" is not an IP address or CIDR; use ${TRUST_PROXY_FORMS}`,
    );
  }
  return { proxies };
}

function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** `ip`, `ip:port` or `[ipv6]:port`, as node:dns setServers takes them. */
function dnsServerAddress(entry: string): boolean {
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(entry);
  if (bracketed) return net.isIPv6(bracketed[1] ?? '') && validPort(bracketed[2]);
  if (net.isIP(entry)) return true;
  const [host, port, ...rest] = entry.split(':');
  return rest.length === 0 && net.isIPv4(host ?? '') && validPort(port);
}

const validPort = (port: string | undefined) =>
  port === undefined || (/^\d{1,5}$/.test(port) && Number(port) > 0 && Number(port) < 65536);

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The address of a From value ("Hotline <hotline@example.org>" or a bare address). */
function addressIn(from: string): string {
  return (/<([^<>\s]+)>/.exec(from)?.[1] ?? from).trim();
}
