/** Runs a `vigie` sub-command in the test process and gives back its exit code and what it printed. */
import { PassThrough } from 'node:stream';
import type { CliIo } from '../cli.ts';

export type CliOutput = { code: number; stdout: string; stderr: string };

export async function captureCli(run: (io: CliIo) => Promise<number>): Promise<CliOutput> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await run({ stdout, stderr, isTTY: false });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
