// Owns `vigie hash`: PDQ hashes of image files, one line per file in input order, in the
// reference tool's format. Decoding and hashing run on a worker-thread pool when there are
// several files, with at most IN_FLIGHT_PER_THREAD jobs per thread started and not yet printed,
// so memory stays flat however many files are given; failures are reported per file on stderr
// and turn the exit code to 1.

import { availableParallelism } from 'node:os';
import type { HashFileOptions, HashFileResult } from './hash-file.ts';
import { mapInOrder } from './map-in-order.ts';

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  isTTY: boolean;
}

export const HASH_USAGE = `usage: vigie hash [--dihedral] [--apply-exif-orientation] [--threads N] FILE...

Prints the PDQ hash of each image, one line per file, in the order given:
  hash,quality,path
With --dihedral, the hashes of the 8 rotations/mirrors (reference order orig, rot90, rot180,
rot270, flipx, flipy, flipp, flipm), then quality, then path, comma-separated.

Hashes are bit-identical to Meta's reference pdq-photo-hasher. Like the reference, EXIF
orientation is ignored unless --apply-exif-orientation is given; alpha is ignored; images over
100 megapixels are refused. Quality below 50 means the hash is unreliable for matching.
A file that cannot be read or decoded is reported on stderr; the others are still hashed and the
exit code is 1.

options:
  --dihedral                 print the 8 dihedral hashes
  --apply-exif-orientation   rotate per EXIF before hashing
  --threads N                decode and hash on N threads (default: the number of cores;
                             1 hashes in this process)
  --help                     this text
`;

/** Files above which a worker pool is used; below it, starting threads costs more than it saves. */
const POOL_THRESHOLD = 4;
const PROGRESS_THRESHOLD = 20;
/**
 * Jobs per thread started and not yet printed: two keep a thread busy while its last result
 * travels back (and, in process, overlap one decode with one hash). Each job in flight may hold a
 * decoded image (up to 100 megapixels), so this, not the file count, bounds memory.
 */
export const IN_FLIGHT_PER_THREAD = 2;
const MAX_THREADS = 256;

/** Filled in by runHashCommand for callers that watch its scheduling (tests, benchmarks). */
export interface HashRunStats {
  /** Jobs allowed in flight at once (IN_FLIGHT_PER_THREAD x threads used). */
  inFlightLimit: number;
  /** Most jobs handed to the hasher and not yet finished at any moment. */
  maxInFlight: number;
}

export async function runHashCommand(argv: string[], io: CommandIo, stats?: HashRunStats): Promise<number> {
  const options: HashFileOptions = { dihedral: false, applyExifOrientation: false };
  const files: string[] = [];
  let threads = availableParallelism();
  let optionsEnded = false;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') files.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--help' || arg === '-h') {
      io.stdout.write(HASH_USAGE);
      return 0;
    } else if (arg === '--dihedral') options.dihedral = true;
    else if (arg === '--apply-exif-orientation') options.applyExifOrientation = true;
    else if (arg === '--threads' || arg.startsWith('--threads=')) {
      const value = arg === '--threads' ? argv[++k] : arg.slice('--threads='.length);
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < 1 || parsed > MAX_THREADS) {
        io.stderr.write(`vigie hash: --threads needs a whole number from 1 to ${MAX_THREADS}\n`);
        return 2;
      }
      threads = parsed;
    } else {
      io.stderr.write(`vigie hash: unknown option ${arg} (see vigie hash --help)\n`);
      return 2;
    }
  }
  if (files.length === 0) {
    io.stderr.write('vigie hash: no files given (see vigie hash --help)\n');
    return 2;
  }

  const hasher = await makeHasher(files.length, threads);
  const limit = IN_FLIGHT_PER_THREAD * hasher.threads;
  let inFlight = 0;
  let maxInFlight = 0;
  const run = async (file: string) => {
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    try {
      return await hasher.run(file, options);
    } finally {
      inFlight--;
    }
  };
  const progress =
    io.isTTY && files.length > PROGRESS_THRESHOLD ? new Progress(io.stderr, files.length) : null;
  let failures = 0;
  try {
    await mapInOrder(files, limit, run, (result, k) => {
      progress?.clear();
      if (result.ok) io.stdout.write(`${result.line}\n`);
      else {
        failures++;
        io.stderr.write(`vigie hash: ${files[k]}: ${result.message}\n`);
      }
      progress?.show(k + 1);
    });
  } finally {
    progress?.clear();
    await hasher.close();
    if (stats) Object.assign(stats, { inFlightLimit: limit, maxInFlight } satisfies HashRunStats);
  }
  return failures > 0 ? 1 : 0;
}

interface Hasher {
  threads: number;
  run: (file: string, options: HashFileOptions) => Promise<HashFileResult>;
  close: () => Promise<void>;
}

async function makeHasher(fileCount: number, threads: number): Promise<Hasher> {
  const size = Math.min(fileCount, threads);
  if (fileCount < POOL_THRESHOLD || size < 2) {
    const { hashFileToLine } = await import('./hash-file.ts');
    return { threads: 1, run: hashFileToLine, close: async () => {} };
  }
  const { HashPool } = await import('./hash-pool.ts');
  const pool = new HashPool(size);
  return { threads: size, run: (file, options) => pool.hash(file, options), close: () => pool.close() };
}

/** "hashed 120/5000" on one stderr line, redrawn at most every 100 ms. */
class Progress {
  private last = 0;
  private shown = false;
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly total: number,
  ) {}
  show(done: number): void {
    const now = Date.now();
    if (done < this.total && now - this.last < 100) return;
    this.last = now;
    this.stream.write(`\rhashed ${done}/${this.total}`);
    this.shown = true;
  }
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
