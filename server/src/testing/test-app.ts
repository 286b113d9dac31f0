/** Builds the whole application on a throw-away database, for route tests through app.inject(). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { type Config, loadConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import { createServer } from '../server.ts';
import { openTestDatabase, TEST_SECRET_KEY } from './test-database.ts';

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** Everything the server logged, for tests that check what must never be logged. */
  logs(): string;
  close(): Promise<void>;
};

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  // Each test app keeps its evidence blobs in its own folder, removed on close.
  const blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-test-blobs-'));
  const config = loadConfig({
    VIGIE_BLOB_DIR: blobDir,
    VIGIE_DATA_DIR: path.join(os.tmpdir(), 'vigie-test-unused'),
    VIGIE_SECRET_KEY: TEST_SECRET_KEY.toString('base64'),
    VIGIE_RATE_LIMIT_REPORTS: '0',
    VIGIE_JOBS: 'off',
    LOG_LEVEL: 'info',
    ...env,
  });
  const database = await openTestDatabase();
  const logStream = new PassThrough();
  const chunks: Buffer[] = [];
  logStream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const app = await createServer(config, database, { logStream });
  await app.ready();
  return {
    app,
    database,
    config,
    logs: () => Buffer.concat(chunks).toString('utf8'),
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(blobDir, { recursive: true, force: true });
    },
  };
}
