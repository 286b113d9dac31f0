/**
 * Starts smtp-sink.ts in a child process and collects what it receives, so mail tests talk to a
 * real SMTP server on 127.0.0.1 (and can take it down and bring it back on the same port).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'smtp-sink.ts');

export type ReceivedMail = {
  from: string | null;
  to: string[];
  user: string | null;
  subject: string;
  text: string;
  headers: Record<string, string>;
  /** The whole message as received, base64 (for mailparser). */
  raw: string;
};

export type SmtpSink = {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Resolves with the first message (received so far or later) matching `match`. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  stop(): Promise<void>;
};

export async function startSmtpSink(
  options: { port?: number; credentials?: string } = {},
): Promise<SmtpSink> {
  const args = ['--import', 'tsx', script, String(options.port ?? 0)];
  if (options.credentials) args.push(options.credentials);
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = '';
    child.once('exit', (code) => reject(new Error(`smtp sink exited (${code}): ${stderr}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = JSON.parse(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        if (line.event === 'listening') resolve(line.port);
        if (line.event === 'message') {
          const { event: _event, ...mail } = line;
          received.push(mail);
          for (const wake of waiters) wake();
        }
      }
    });
  });
  const authority = options.credentials ? `${options.credentials}@` : '';
  return {
    port,
    url: `smtp://${authority}127.0.0.1:${port}`,
    received,
    waitFor(match, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching mail within ${timeoutMs} ms (received ${received.length})`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
