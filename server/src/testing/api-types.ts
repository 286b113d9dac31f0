/**
 * The staff app's API types (web/src/api/schema.d.ts), written by openapi-typescript from the
 * OpenAPI document the server publishes. The app is built in-process on a throw-away database, never
 * listening: the document comes from the routes' zod schemas, not from any data.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { createTestApp } from './test-app.ts';

export const API_TYPES_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../web/src/api/schema.d.ts',
);

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`npm run api:types\`: do not edit by hand.
 * web/src/api/types.ts names the shapes the pages use.
 */
`;

/** The server's OpenAPI document, as GET /api/openapi.json serves it. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const { app, close } = await createTestApp();
  try {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    if (response.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${response.statusCode}`);
    return response.json();
  } finally {
    await close();
  }
}

/** The text of schema.d.ts for the server as it is now. */
export async function apiTypesSource(): Promise<string> {
  const document = await openApiDocument();
  // biome-ignore lint/suspicious/noExplicitAny: openapi-typescript types its input as its own OpenAPI3 interface
  const ast = await openapiTS(document as any, { alphabetize: true });
  return HEADER + astToString(ast);
}
