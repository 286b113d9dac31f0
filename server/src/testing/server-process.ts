/**
 * Starts the real `vigie start` command as a child process on a free port, with its own data
 * directory, for tests that need a running server (browser tests, crash tests, benchmarks).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const vigieBin = path.join(serverRoot, 'bin/vigie.mjs');

export type ServerProcess = {
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  env: Record<string, string>;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Graceful stop (SIGTERM); removes the data folder if start made it. */
  stop(): Promise<void>;
  /** Crash (SIGKILL): nothing gets a chance to flush. */
  kill(): Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function makeDataDir(prefix = 'vigie-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Runs a `vigie` CLI command to completion with the same environment style as the server. A command
 * still running after `timeoutMs` is killed and reported with code -1 (a start that never exits).
 */
export async function runVigie(
  args: string[],
  env: Record<string, string>,
  options: { timeoutMs?: number } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [vigieBin, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? -1 : (code ?? 1), stdout, stderr });
    });
  });
}

export async function startServerProcess(
  options: { env?: Record<string, string>; dataDir?: string; port?: number; timeoutMs?: number } = {},
): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? makeDataDir();
  const env: Record<string, string> = {
    PORT: String(port),
    HOST: '127.0.0.1',
    VIGIE_DATA_DIR: dataDir,
    VIGIE_PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'info',
    ...options.env,
  };
  const child: ChildProcess = spawn(process.execPath, [vigieBin, 'start'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited during start-up:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    await exited;
  };
  return {
    url,
    port,
    pid: child.pid ?? 0,
    dataDir,
    env,
    output: () => output,
    async stop() {
      await signal('SIGTERM');
      // A folder made here is nobody else's: remove it. A caller's folder is the caller's to remove.
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
    kill: () => signal('SIGKILL'),
  };
}
