/** `vigie start`: configuration → database (embedded or DATABASE_URL) → migrations → jobs → HTTP. */
import pino from 'pino';
import { loadConfig } from './platform/config.ts';
import { createJobQueue } from './platform/jobs/index.ts';
import { createServer, jobRegistrations, openConfiguredDatabase } from './server.ts';

export async function start(): Promise<void> {
  const config = loadConfig();
  // Start-up can take seconds (the embedded database, migrations): say where it is.
  const startup = pino({ level: config.logLevel, name: 'startup' });
  startup.info(
    config.databaseUrl ? 'connecting to PostgreSQL' : `opening the embedded database in ${config.dataDir}`,
  );
  const database = await openConfiguredDatabase(config);
  startup.info('database open; applying migrations');
  await database.migrate();
  const app = await createServer(config, database);
  const jobs = createJobQueue(database, { enabled: config.jobs, log: app.log });
  for (const register of jobRegistrations) await register(jobs, { config, database });
  startup.info('migrations applied; starting the job queue');
  await jobs.start();
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const where = database.kind === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL server';
  app.log.info(`Vigie is running at ${config.publicUrl} (${where})`);
}
