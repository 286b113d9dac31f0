/** `vigie start`: configuration → database (embedded or DATABASE_URL) → migrations → HTTP. */
import { loadConfig } from './platform/config.ts';
import { createServer, openConfiguredDatabase } from './server.ts';

export async function start(): Promise<void> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  await database.migrate();
  const app = await createServer(config, database);
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const where = database.kind === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL server';
  app.log.info(`Vigie is running at ${config.publicUrl} (${where})`);
}
