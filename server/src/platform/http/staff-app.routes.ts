/**
 * Serves the built staff web app (`web/dist`, a Vite build with base `/app/`) under `/app/`.
 * Hashed assets are cached forever, index.html never; any other GET under /app/ that is not a
 * file gets index.html so the app's own router can show the page (deep links, reloads). The API
 * lives under /api and is left to the features.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { AppPlugin } from './app.ts';
import { useStaffAppPolicy } from './security-headers.ts';

export const defaultStaffAppDir = fileURLToPath(new URL('../../../../web/dist', import.meta.url));

const NOT_BUILT_MESSAGE =
  'The staff app is not built: run npm run build -w web, then restart the server.\n' +
  "L'application du personnel n'est pas construite : lancez npm run build -w web, puis redémarrez le serveur.\n";

function sendIndex(reply: FastifyReply) {
  return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
}

/** The staff app plugin; `distDir` is injectable so tests can serve a fixture or a missing build. */
export function createStaffAppRoutes(options: { distDir?: string } = {}): AppPlugin {
  const distDir = options.distDir ?? defaultStaffAppDir;
  return async (app) => {
    // Without a trailing slash the app's relative routing would be off by one segment.
    app.get('/app', { schema: { hide: true } }, async (request, reply) => {
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      return reply.redirect(`/app/${query}`, 302);
    });

    await app.register(
      async (scope) => {
        useStaffAppPolicy(scope);
        if (!fs.existsSync(path.join(distDir, 'index.html'))) {
          scope.get('/*', { schema: { hide: true } }, async (_request, reply) =>
            reply
              .status(503)
              .header('cache-control', 'no-store')
              .type('text/plain; charset=utf-8')
              .send(NOT_BUILT_MESSAGE),
          );
          return;
        }
        await scope.register(fastifyStatic, {
          root: distDir,
          prefix: '/',
          cacheControl: false,
          // The build writes .br and .gz copies (web/precompress.ts): sent to browsers that accept them.
          preCompressed: true,
          schemaHide: true,
          setHeaders: (reply, filePath) => {
            const hashed = filePath.startsWith(path.join(distDir, 'assets') + path.sep);
            reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
          },
        });
        scope.setNotFoundHandler(async (request, reply) => {
          const pathname = request.url.split('?')[0] ?? '';
          // A missing asset is a real 404: answering HTML to a script request hides the error.
          const isPage =
            (request.method === 'GET' || request.method === 'HEAD') && !pathname.startsWith('/app/assets/');
          if (isPage) return sendIndex(reply);
          return reply
            .status(404)
            .type('application/json; charset=utf-8')
            .send({
              error: { code: 'route.not_found', message: `No route for ${request.method} ${pathname}` },
              request_id: request.id,
            });
        });
      },
      { prefix: '/app' },
    );
  };
}

export const staffAppRoutes: AppPlugin = createStaffAppRoutes();
