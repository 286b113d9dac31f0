/**
 * `vigie start`: configuration → database (embedded or DATABASE_URL) → migrations → jobs → HTTP.
 * A start that fails closes what it opened (the embedded database's lock first of all) and rejects
 * with a one-line reason; the CLI prints it and exits non-zero, never leaving a process without a
 * listener behind.
 */
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { notifierProblem } from './features/notices/index.ts';
import { hasAdministrator } from './platform/auth/index.ts';
import { type Config, loadConfig } from './platform/config.ts';
import type { Database } from './platform/db/database.ts';
import { createJobQueue, type JobQueue } from './platform/jobs/index.ts';
import { createServer, jobRegistrations, migrateDatabase, openConfiguredDatabase } from './server.ts';

/** A stop that takes longer than this (a job that will not end) exits anyway. */
const SHUTDOWN_GRACE_MS = 30_000;

/** What a start-up has opened so far, to close in reverse order if a later step fails. */
type Opened = { app?: FastifyInstance; jobs?: JobQueue; database?: Database };

export async function start(): Promise<void> {
  const config = loadConfig();
  // Start-up can take seconds (the embedded database, migrations): say where it is.
  const startup = pino({ level: config.logLevel, name: 'startup' });
  const log = (line: string) => startup.warn(line);
  const opened: Opened = {};
  try {
    startup.info(
      config.databaseUrl ? 'connecting to PostgreSQL' : `opening the embedded database in ${config.dataDir}`,
    );
    if (config.fetch.allowForTests.length > 0) {
      startup.warn(
        `VIGIE_UNSAFE_FETCH_ALLOW_FOR_TESTS is set: the safe fetcher may reach ${config.fetch.allowForTests.join(', ')}. It exists for browser tests; never set it on a hotline's server.`,
      );
    }
    const database = await openConfiguredDatabase(config, { log });
    opened.database = database;
    startup.info('database open; applying migrations');
    await migrateDatabase(database);
    const app = await createServer(config, database, { log });
    opened.app = app;
    const jobs = createJobQueue(database, { enabled: config.jobs, log: app.log });
    for (const register of jobRegistrations) await register(jobs, { config, database });
    startup.info('migrations applied; starting the job queue');
    await jobs.start();
    opened.jobs = jobs;
    await app.listen({ port: config.port, host: config.host });
    const where =
      database.kind === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL server';
    app.log.info(`Vigie is running at ${config.publicUrl} (${where})`);
    if (!(await hasAdministrator(database.db))) startup.warn(firstAdministratorHint(database));
    const notifier = notifierProblem(config.notifier);
    if (notifier) startup.warn(`no notice can be approved yet. ${notifier}`);
  } catch (error) {
    await closeOpened(opened);
    throw new Error(describeStartFailure(error, config));
  }
  // One Ctrl+C often arrives twice (the terminal signals npm and the server, and npm passes it on):
  // a second signal must not cut the graceful stop short, which would leave the database unclosed.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    opened.app?.log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    await closeOpened(opened);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** What a newcomer who just ran `npm start` needs next: nobody can sign in yet. */
function firstAdministratorHint(database: Database): string {
  const command = 'npx vigie admin create --email you@your-hotline.example --role admin';
  return database.kind === 'embedded'
    ? `No administrator yet. Stop the server (Ctrl+C), run: ${command}, then npm start again.`
    : `No administrator yet. Run: ${command}`;
}

/** HTTP first (no new work), then jobs, then the database (which releases its lock). */
async function closeOpened(opened: Opened): Promise<void> {
  const steps = [() => opened.app?.close(), () => opened.jobs?.stop(), () => opened.database?.close()];
  for (const step of steps) {
    try {
      await step();
    } catch {
      // Closing the rest matters more than why one part would not close.
    }
  }
}

/** A reason a newcomer can act on, naming the setting to change. */
export function describeStartFailure(error: unknown, config: Pick<Config, 'host' | 'port'>): string {
  const { code, message } = error as { code?: string; message?: string };
  switch (code) {
    case 'EADDRINUSE':
      return `port ${config.port} on ${config.host} is already in use: stop what uses it, or set PORT`;
    case 'EACCES':
      return `not allowed to listen on port ${config.port} (ports below 1024 need privileges): set PORT`;
    case 'EADDRNOTAVAIL':
      return `HOST ${config.host} is not an address of this machine: set HOST (e.g. 127.0.0.1 or 0.0.0.0)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return `HOST ${config.host} does not resolve to an address: set HOST (e.g. 127.0.0.1 or 0.0.0.0)`;
    default:
      return (message || String(error)).split('\n')[0] ?? '';
  }
}
