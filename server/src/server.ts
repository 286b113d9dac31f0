/**
 * The composition root: configuration → database → migrations → HTTP application with every
 * feature's routes. `main.ts` starts it; tests build it against a throw-away database.
 */
import type { FastifyInstance } from 'fastify';
import { intakeApiRoutes } from './features/intake/index.ts';
import type { Config } from './platform/config.ts';
import { createSecretBox, resolveSecretKey } from './platform/crypto/secret-box.ts';
import { type Database, openDatabase } from './platform/db/database.ts';
import { type AppPlugin, buildApp } from './platform/http/app.ts';

/** Every feature's routes, in registration order. */
export const plugins: AppPlugin[] = [
  async (app, deps) => {
    app.get('/api/health', { schema: { hide: true } }, async () => ({
      status: 'ok',
      database: deps.database.kind,
    }));
  },
  intakeApiRoutes,
];

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl, poolSize: config.dbPoolSize })
    : openDatabase({ kind: 'embedded', dataDir: config.dataDir });
}

export async function createServer(
  config: Config,
  database: Database,
  options: { logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  const secretBox = createSecretBox(resolveSecretKey(config.secretKey, config.dataDir));
  const app = await buildApp({ config, database, secretBox }, plugins, options);
  return app;
}
