/**
 * One process per embedded database. PGlite has no locking of its own: two processes that open the
 * same data folder each work on their own copy in memory and overwrite each other's files (an account
 * made by `vigie admin create` while the server ran was silently lost, and the next start aborted).
 * This file owns the lock that prevents it: `<dataDir>/vigie.lock`, created with O_EXCL, holding who
 * took it (pid, command, host, start time); removed when the holder closes the database or exits.
 *
 * A lock whose holder died (SIGKILL, power cut) is taken over: on the same host, its pid is gone, or
 * is a zombie, or — on Linux, where pids are reused, by containers in particular — belongs to a process
 * that started at another time. A lock from another host cannot be checked: it is refused with the
 * file's name. PostgreSQL (DATABASE_URL) takes no lock: it is made for many clients.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'vigie.lock';

/** The data folder is held by another process: the message says which and what to do. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

export type DataDirLock = { file: string; release(): void };

type Holder = { pid: number; command: string; host: string; since: string; identity?: string; token: string };

/** A lock being written has no content for a moment; one still empty after this was left by a crash. */
const WRITING_GRACE_MS = 5_000;
/** Folders this process holds: opening the same database twice in one process is refused too. */
const heldHere = new Set<string>();

export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const file = path.join(dataDir, LOCK_FILE);
  if (heldHere.has(file))
    throw new DataDirLockedError(`the database in ${dataDir} is already open in this process`);
  const me = describeThisProcess();
  for (let attempt = 0; attempt < 50; attempt++) {
    if (tryCreate(file, me)) return holdLock(file, me);
    const raw = readLock(file);
    if (raw === undefined) continue; // released between the two calls: try again at once
    const holder = parseHolder(raw);
    if (!holder) {
      if (ageMs(file) < WRITING_GRACE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
    } else if (isAlive(holder)) {
      throw new DataDirLockedError(describeHolder(holder, file));
    }
    // Another process is taking the same stale lock over: give it a moment.
    if (!removeStaleLock(file, raw)) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new DataDirLockedError(`could not take the lock ${file}: another process keeps changing it`);
}

function describeThisProcess(): Holder {
  return {
    pid: process.pid,
    command: commandOf(process.argv.slice(2)),
    host: os.hostname(),
    since: new Date().toISOString(),
    identity: processIdentity(process.pid),
    token: crypto.randomBytes(8).toString('hex'),
  };
}

/** The vigie command words ("start", "admin create"), without its options. */
function commandOf(args: string[]): string {
  const words: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('-') || words.length === 2) break;
    words.push(arg);
  }
  return words.join(' ');
}

function tryCreate(file: string, me: Holder): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, `${JSON.stringify(me)}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function holdLock(file: string, me: Holder): DataDirLock {
  heldHere.add(file);
  const release = () => {
    if (!heldHere.delete(file)) return;
    process.off('exit', release);
    // Only our own lock: after a takeover by mistake, never delete someone else's.
    if (parseHolder(readLock(file) ?? '')?.token === me.token) fs.rmSync(file, { force: true });
  };
  // Whatever way the process ends (process.exit included), the lock goes with it.
  process.on('exit', release);
  return { file, release };
}

function readLock(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(raw: string): Holder | undefined {
  try {
    const holder = JSON.parse(raw) as Holder;
    return Number.isSafeInteger(holder.pid) && typeof holder.host === 'string' ? holder : undefined;
  } catch {
    return undefined;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function isAlive(holder: Holder): boolean {
  if (holder.host !== os.hostname()) return true; // cannot tell: refuse, the message says what to do
  if (holder.pid === process.pid) return false; // a previous process that had our pid (pid 1 in a container)
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const identity = processIdentity(holder.pid);
  if (identity === 'zombie') return false;
  return !(holder.identity && identity && holder.identity !== identity);
}

/**
 * Linux: "<boot id>/<start time in clock ticks>" names a process for good (a pid alone is reused);
 * "zombie" for a dead process its parent has not reaped. Elsewhere unknown: the pid is all we have.
 */
function processIdentity(pid: number): string | undefined {
  try {
    const bootId = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state ppid …": the command may hold spaces and parentheses, so cut after the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X') return 'zombie';
    return `${bootId}/${fields[19]}`;
  } catch {
    return undefined;
  }
}

/**
 * Removes a dead holder's lock. Two processes may judge the same lock stale at once: each must
 * delete only the lock it judged, never the fresh one the other has just taken, so the check and the
 * removal happen under a short-lived second lock (itself removed if a crash left it behind).
 */
function removeStaleLock(file: string, staleRaw: string): boolean {
  const takeover = `${file}.takeover`;
  let fd: number;
  try {
    fd = fs.openSync(takeover, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (ageMs(takeover) > WRITING_GRACE_MS) fs.rmSync(takeover, { force: true });
    return false;
  }
  try {
    if (readLock(file) === staleRaw) fs.rmSync(file, { force: true });
    return true;
  } finally {
    fs.closeSync(fd);
    fs.rmSync(takeover, { force: true });
  }
}

function describeHolder(holder: Holder, file: string): string {
  const who =
    holder.command === 'start'
      ? 'the server is running'
      : holder.command
        ? `"vigie ${holder.command}" is running`
        : 'another Vigie process is running';
  const what = holder.command === 'start' ? 'stop it' : 'wait for it to finish';
  if (holder.host !== os.hostname()) {
    return `${who} (pid ${holder.pid} on ${holder.host}): ${what}, or use DATABASE_URL; if it is not running any more, delete ${file}`;
  }
  return `${who} (pid ${holder.pid}): ${what}, or use DATABASE_URL`;
}
