/**
 * A local SMTP server for tests, run as a child process (see smtp-sink-process.ts):
 *   node --import tsx smtp-sink.ts [port] [user:password]
 * Listens on 127.0.0.1 only, writes `{"event":"listening","port":N}` then one JSON line per message
 * received (envelope, decoded subject and text body, headers, and the raw message in base64 for
 * tests that parse it whole, attachments included) to stdout. No TLS; AUTH only when
 * credentials are given. Enough MIME decoding for what nodemailer sends as plain text.
 */
import { SMTPServer } from 'smtp-server';

const port = Number(process.argv[2] ?? 0);
const credentials = process.argv[3];

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const soft = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function parseMessage(raw: string) {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return { headers, subject: headers.subject ?? '', text: text.replace(/\r\n/g, '\n').replace(/\n$/, '') };
}

const server = new SMTPServer({
  disabledCommands: credentials ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
  // No reverse DNS of the client: the test talks to nothing but 127.0.0.1.
  disableReverseLookup: true,
  allowInsecureAuth: true,
  authOptional: !credentials,
  onAuth(auth, _session, callback) {
    if (`${auth.username}:${auth.password}` === credentials) return callback(null, { user: auth.username });
    return callback(new Error('invalid credentials'));
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      const message = parseMessage(raw.toString('utf8'));
      const envelope = {
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
        to: session.envelope.rcptTo.map((r) => r.address),
        user: session.user ?? null,
      };
      process.stdout.write(
        `${JSON.stringify({ event: 'message', ...envelope, ...message, raw: raw.toString('base64') })}\n`,
      );
      callback();
    });
  },
});

server.listen(port, '127.0.0.1', () => {
  const address = server.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`${JSON.stringify({ event: 'listening', port: actual })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
