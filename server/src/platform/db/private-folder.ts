/**
 * Folders only their owner may enter: the embedded data folder (database files, the key file) and
 * the evidence blob folder kept inside it. PGlite writes most of its files world-readable and the
 * default umask makes new folders 0755, so the folder itself is what keeps other local accounts out:
 * it is made 0700 whatever the umask, and a folder left open by an older version is closed on open.
 */
import fs from 'node:fs';
import path from 'node:path';

export type LogLine = (line: string) => void;

/** Where notices go when the caller has no logger (CLI commands): one line on stderr. */
export const logOnStderr: LogLine = (line) => process.stderr.write(`vigie: ${line}\n`);

const PRIVATE = 0o700;

/** Creates `dir` (and missing parents) mode 0700, or makes an existing one 0700, saying so. */
export function makePrivateFolder(dir: string, log: LogLine = logOnStderr): void {
  const created = fs.mkdirSync(dir, { recursive: true, mode: PRIVATE });
  const mode = fs.statSync(dir).mode & 0o777;
  if (mode === PRIVATE) return;
  fs.chmodSync(dir, PRIVATE);
  // A folder made just now only differs through the umask: nothing to tell.
  if (!created) log(`${dir} was mode ${mode.toString(8)}: made it private to its owner (700)`);
}

/** A file that must stay the owner's (the key file): fixes a looser mode, saying so. */
export function keepFilePrivate(file: string, log: LogLine = logOnStderr): void {
  const mode = fs.statSync(file).mode & 0o777;
  if ((mode & 0o077) === 0) return;
  fs.chmodSync(file, 0o600);
  log(`${file} was mode ${mode.toString(8)}: made it private to its owner (600)`);
}

/** Whether `inner` is `outer` or lies under it (both absolute). */
export function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
