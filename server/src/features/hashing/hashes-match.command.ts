// Owns `vigie hashes match`: every (query, list entry) pair of PDQ hashes within a distance, as
// CSV, using @vigie/pdq's exact MatchIndex. Indices are 0-based line numbers in each file, so a
// row points back at the line even when malformed lines were skipped.

import { readFile } from 'node:fs/promises';
import { hexToWords, isHashHex, MatchIndex, PDQ_MATCH_DISTANCE } from '@vigie/pdq';
import type { CommandIo } from './hash.command.ts';

export const HASHES_MATCH_USAGE = `usage: vigie hashes match [--max-distance D] LIST_FILE QUERY_FILE

Both files hold one PDQ hash (64 hex digits) per line. Prints every pair within Hamming distance
D (inclusive; default ${PDQ_MATCH_DISTANCE}, the usual PDQ match threshold) as CSV:
  query_index,list_index,distance
sorted by query index, then list index; indices are 0-based line numbers.
A malformed line is reported on stderr with its file and line number and skipped; all matches of
the valid lines are still printed, and the exit code is then 1.

options:
  --max-distance D   0..256 (default ${PDQ_MATCH_DISTANCE})
  --help             this text
`;

const DEFAULT_MAX_DISTANCE = PDQ_MATCH_DISTANCE;

export async function runHashesMatchCommand(argv: string[], io: CommandIo): Promise<number> {
  let maxDistance = DEFAULT_MAX_DISTANCE;
  const files: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    if (arg === '--help' || arg === '-h') {
      io.stdout.write(HASHES_MATCH_USAGE);
      return 0;
    }
    if (arg === '--max-distance' || arg.startsWith('--max-distance=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++k];
      if (value === undefined || !/^\d+$/.test(value) || Number(value) > 256) {
        io.stderr.write(
          `vigie hashes match: --max-distance needs an integer 0..256, got ${value ?? 'nothing'}\n`,
        );
        return 2;
      }
      maxDistance = Number(value);
    } else if (arg.startsWith('-') && arg !== '-') {
      io.stderr.write(`vigie hashes match: unknown option ${arg} (see vigie hashes match --help)\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 2) {
    io.stderr.write('vigie hashes match: needs LIST_FILE and QUERY_FILE (see vigie hashes match --help)\n');
    return 2;
  }
  const [listFile, queryFile] = files as [string, string];

  let malformed = 0;
  const load = async (file: string) => {
    const parsed = parseHashLines(await readFile(file, 'utf8'));
    for (const bad of parsed.malformed) {
      io.stderr.write(`vigie hashes match: ${file}:${bad.line + 1}: not a 64-hex-digit hash, skipped\n`);
    }
    malformed += parsed.malformed.length;
    return parsed;
  };
  let list: ParsedHashes;
  let queries: ParsedHashes;
  try {
    list = await load(listFile);
    queries = await load(queryFile);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'file not found' : error instanceof Error ? error.message : String(error);
    io.stderr.write(`vigie hashes match: ${(error as { path?: string }).path ?? ''}: ${reason}\n`);
    return 1;
  }

  const index = new MatchIndex({ capacity: list.lines.length });
  index.addMany(list.lines, list.hashes);
  const out: string[] = ['query_index,list_index,distance'];
  for (let q = 0; q < queries.lines.length; q++) {
    const query = queries.hashes.subarray(q * 8, q * 8 + 8);
    for (const match of index.search(query, maxDistance))
      out.push(`${queries.lines[q]},${match.id},${match.distance}`);
    if (out.length >= 4096) {
      io.stdout.write(`${out.join('\n')}\n`);
      out.length = 0;
    }
  }
  if (out.length > 0) io.stdout.write(`${out.join('\n')}\n`);
  return malformed > 0 ? 1 : 0;
}

interface ParsedHashes {
  /** 0-based line number of each valid hash. */
  lines: number[];
  /** The valid hashes, packed 8 words each. */
  hashes: Uint32Array;
  malformed: { line: number }[];
}

/** One hash per line; surrounding spaces and CR are tolerated, a final newline is optional. */
export function parseHashLines(text: string): ParsedHashes {
  const rows = text.split('\n');
  if (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
  const lines: number[] = [];
  const hashes = new Uint32Array(rows.length * 8);
  const malformed: { line: number }[] = [];
  rows.forEach((row, line) => {
    const hex = row.trim();
    if (!isHashHex(hex)) {
      malformed.push({ line });
      return;
    }
    hexToWords(hex, hashes.subarray(lines.length * 8, lines.length * 8 + 8));
    lines.push(line);
  });
  return { lines, hashes: hashes.slice(0, lines.length * 8), malformed };
}
