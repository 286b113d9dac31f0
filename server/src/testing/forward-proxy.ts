/**
 * A small forward proxy on 127.0.0.1 for tests of VIGIE_FETCH_PROXY: it answers HTTP CONNECT by
 * resolving the requested name itself (as an anonymising exit would) and tunnelling to it, and
 * records every CONNECT target so a test can see what the fetcher asked for — and what it never did.
 */
import http from 'node:http';
import net from 'node:net';

export type TestProxy = {
  /** `http://127.0.0.1:port`, the form VIGIE_FETCH_PROXY takes. */
  url: string;
  /** The `host:port` of every CONNECT received, in order. */
  connects: string[];
  close(): Promise<void>;
};

/** `resolve` turns the requested host into the address the proxy connects to. */
export async function startForwardProxy(resolve: (host: string) => Promise<string>): Promise<TestProxy> {
  const connects: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((_req, res) => res.writeHead(405).end('CONNECT only'));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    connects.push(target);
    client.on('error', () => {});
    const url = new URL(`http://${target}`);
    resolve(url.hostname.replace(/^\[(.*)\]$/, '$1')).then(
      (address) => {
        const upstream = net.connect(Number(url.port || 80), address, () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          if (head.length > 0) upstream.write(head);
          upstream.pipe(client);
          client.pipe(upstream);
        });
        sockets.add(upstream);
        upstream.on('close', () => sockets.delete(upstream));
        upstream.on('error', () => client.destroy());
      },
      () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
