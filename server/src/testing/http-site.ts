/**
 * A real HTTP server on a loopback address for tests of what Vigie fetches (the safe fetcher,
 * capture): routes answer as a test says, and the server records every connection and request so a
 * test can prove what was — or was never — contacted, and which headers arrived.
 */
import http from 'node:http';
import type net from 'node:net';

export type SiteHandler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export type TestSite = {
  /** `http://host:port` (no trailing slash). */
  origin: string;
  host: string;
  port: number;
  /** Connections accepted so far. */
  connections(): number;
  /** Requests received so far, in order. */
  requests: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
};

export async function startTestSite(
  routes: Record<string, SiteHandler>,
  options: { host?: string; port?: number } = {},
): Promise<TestSite> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const requests: TestSite['requests'] = [];
  const server = http.createServer((request, response) => {
    requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    const path = new URL(request.url ?? '/', 'http://site').pathname;
    const handler = routes[path];
    if (handler) return handler(request, response);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connection', (socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    host,
    port,
    connections: () => connections,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
