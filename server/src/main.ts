/** `vigie start`: configuration → database (embedded or DATABASE_URL) → migrations → jobs → HTTP. */
import { loadConfig } from './platform/config.ts';
import { createJobQueue } from './platform/jobs/index.ts';
import { createServer, jobRegistrations, openConfiguredDatabase } from './server.ts';

export async function start(): Promise<void> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  await database.migrate();
  const app = await createServer(config, database);
  const jobs = createJobQueue(database, { enabled: config.jobs, log: app.log });
  for (const register of jobRegistrations) await register(jobs, { config, database });
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
