// `vigie hash` and `vigie hashes match` against the PDQ conformance set held in
// packages/pdq/test-data/conformance (or VIGIE_CONFORMANCE_DIR/pdq), plus their error handling.

import assert from 'node:assert/strict';
import { copyFileSync, linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { conformanceDir, readLines } from '@vigie/pdq/test-support';
import { type HashRunStats, runHashCommand } from './hash.command.ts';
import { parseHashLines, runHashesMatchCommand } from './hashes-match.command.ts';

const conformance = conformanceDir();
const lines = (file: string) => readLines(file);

async function run(command: typeof runHashCommand, argv: string[], isTTY = false) {
  return runWithStats(argv, undefined, isTTY, command);
}

async function runWithStats(
  argv: string[],
  stats: HashRunStats | undefined,
  isTTY = false,
  command: typeof runHashCommand = runHashCommand,
) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) => ({
    write: (chunk: string) => {
      append(String(chunk));
      return true;
    },
  });
  const io = {
    stdout: sink((s) => (stdout += s)) as unknown as NodeJS.WritableStream,
    stderr: sink((s) => (stderr += s)) as unknown as NodeJS.WritableStream,
    isTTY,
  };
  const code = await command(argv, io, stats);
  return { code, stdout, stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'vigie-hash-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('vigie hash', () => {
  const reference = lines('reference-hash-quality.csv');
  const paths = reference.map((line) => line.split(',')[2] as string);
  const absolute = paths.map((p) => join(conformance, p));
  const strip = (out: string) => out.replaceAll(`${conformance}/`, '');

  test('hash,quality,path for every conformance image, in input order (worker pool)', async () => {
    const { code, stdout, stderr } = await run(runHashCommand, absolute);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.deepEqual(strip(stdout).split('\n').filter(Boolean), reference);
  });

  test('--dihedral gives the reference-dihedral.txt lines', async () => {
    const { code, stdout } = await run(runHashCommand, ['--dihedral', ...absolute]);
    assert.equal(code, 0);
    assert.deepEqual(strip(stdout).split('\n').filter(Boolean), lines('reference-dihedral.txt'));
  });

  test('a single file runs in-process; the path is printed as given', async () => {
    const { code, stdout } = await run(runHashCommand, [absolute[3] as string]);
    assert.equal(code, 0);
    assert.equal(stdout, `${(reference[3] as string).split(',').slice(0, 2).join(',')},${absolute[3]}\n`);
  });

  test('missing and non-image files: one stderr line each, the rest hashed, exit 1', async () => {
    const notImage = join(scratch, 'notes.txt');
    writeFileSync(notImage, 'not an image\n');
    const truncated = join(scratch, 'truncated.png');
    writeFileSync(truncated, readFileSync(absolute[3] as string).subarray(0, 200));
    const missing = join(scratch, 'missing.png');
    for (const files of [
      [missing, absolute[0], notImage, truncated],
      [missing, absolute[0], notImage, truncated, ...absolute.slice(1, 4)],
    ]) {
      const { code, stdout, stderr } = await run(runHashCommand, files as string[]);
      assert.equal(code, 1);
      assert.equal(strip(stdout).split('\n').filter(Boolean)[0], reference[0]);
      const errors = stderr.split('\n').filter(Boolean);
      assert.equal(errors.length, 3);
      assert.match(errors[0] as string, /missing\.png: file not found$/);
      assert.match(errors[1] as string, /notes\.txt: not a supported image format$/);
      assert.match(errors[2] as string, /truncated\.png: cannot decode image/);
    }
  });

  test('--help exits 0; unknown option and no files exit 2 with one line', async () => {
    const help = await run(runHashCommand, ['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^usage: vigie hash/);
    const unknown = await run(runHashCommand, ['--frobnicate', absolute[0] as string]);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stderr, 'vigie hash: unknown option --frobnicate (see vigie hash --help)\n');
    assert.equal((await run(runHashCommand, [])).code, 2);
  });

  test('progress goes to stderr only on a terminal with many files, and is erased', async () => {
    const many = [...absolute, ...absolute].slice(0, 25);
    const quiet = await run(runHashCommand, many, false);
    assert.equal(quiet.stderr, '');
    const shown = await run(runHashCommand, many, true);
    assert.match(shown.stderr, /hashed \d+\/25/);
    assert.equal(shown.stdout, quiet.stdout);
  });

  test('2,000 files: at most 2 jobs per thread in flight, on the pool and in process; lines in input order', async () => {
    // Hard links to three tiny conformance images (copied once: links cannot cross file systems).
    const names = ['tiny-5x5.png', 'tiny-6x6.png', 'tiny-16x16.png'];
    const expected = names.map((name) => {
      const line = reference.find((l) => l.endsWith(`,images/${name}`)) as string;
      return line.slice(0, line.lastIndexOf(','));
    });
    const folder = mkdtempSync(join(scratch, 'many-'));
    const sources = names.map((name) => {
      const copy = join(folder, name);
      copyFileSync(join(conformance, 'images', name), copy);
      return copy;
    });
    const count = 2000;
    const files = Array.from({ length: count }, (_, k) => {
      const file = join(folder, `${k}.png`);
      linkSync(sources[k % 3] as string, file);
      return file;
    });
    for (const threads of ['2', '1']) {
      const stats = { inFlightLimit: 0, maxInFlight: 0 };
      const { code, stdout } = await runWithStats(['--threads', threads, ...files], stats);
      assert.equal(code, 0);
      assert.deepEqual(
        stdout.split('\n').filter(Boolean),
        files.map((file, k) => `${expected[k % 3]},${file}`),
      );
      assert.equal(stats.inFlightLimit, 2 * Number(threads));
      assert.ok(stats.maxInFlight >= 1 && stats.maxInFlight <= stats.inFlightLimit, JSON.stringify(stats));
    }
  });

  test('--threads takes a whole number from 1 to 256', async () => {
    for (const bad of [['--threads', '0'], ['--threads=x'], ['--threads']]) {
      const { code, stderr } = await run(runHashCommand, [...bad, absolute[0] as string]);
      assert.equal(code, 2);
      assert.equal(stderr, 'vigie hash: --threads needs a whole number from 1 to 256\n');
    }
  });
});

describe('vigie hashes match', () => {
  const haystack = join(conformance, 'matching', 'haystack.txt');
  const needles = join(conformance, 'matching', 'needles.txt');
  const expectedRows = lines('matching/expected-matches-d31.csv').slice(1);

  test('haystack x needles at the default distance 31 gives expected-matches-d31.csv', async () => {
    const { code, stdout, stderr } = await run(runHashesMatchCommand, [haystack, needles]);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const [header, ...rows] = stdout.split('\n').filter(Boolean);
    assert.equal(header, 'query_index,list_index,distance');
    assert.deepEqual(rows, expectedRows);
  });

  test('--max-distance filters (both spellings)', async () => {
    const a = await run(runHashesMatchCommand, ['--max-distance', '10', haystack, needles]);
    const b = await run(runHashesMatchCommand, [`--max-distance=10`, haystack, needles]);
    assert.equal(a.stdout, b.stdout);
    const expected = expectedRows.filter((row) => Number(row.split(',')[2]) <= 10);
    assert.deepEqual(a.stdout.split('\n').filter(Boolean).slice(1), expected);
  });

  test('malformed lines: reported with line numbers, skipped, indices stay line numbers, exit 1', async () => {
    const hay = lines('matching/haystack.txt').slice(0, 50);
    const list = join(scratch, 'list.txt');
    writeFileSync(
      list,
      ['nothex', ...hay.slice(0, 3), `${hay[3]}ff`, '', `  ${hay[4]?.toUpperCase()}\r`].join('\n'),
    );
    const queries = join(scratch, 'queries.txt');
    writeFileSync(queries, `${hay[2]}\n${hay[4]}\n`);
    const { code, stdout, stderr } = await run(runHashesMatchCommand, [list, queries]);
    assert.equal(code, 1);
    assert.deepEqual(stderr.split('\n').filter(Boolean), [
      `vigie hashes match: ${list}:1: not a 64-hex-digit hash, skipped`,
      `vigie hashes match: ${list}:5: not a 64-hex-digit hash, skipped`,
      `vigie hashes match: ${list}:6: not a 64-hex-digit hash, skipped`,
    ]);
    assert.equal(stdout, 'query_index,list_index,distance\n0,3,0\n1,6,0\n');
  });

  test('usage errors exit 2; a missing file exits 1', async () => {
    assert.equal((await run(runHashesMatchCommand, [haystack])).code, 2);
    assert.equal((await run(runHashesMatchCommand, ['--max-distance', 'x', haystack, needles])).code, 2);
    assert.equal((await run(runHashesMatchCommand, ['--max-distance', '300', haystack, needles])).code, 2);
    assert.equal((await run(runHashesMatchCommand, ['--bogus', haystack, needles])).code, 2);
    const missing = await run(runHashesMatchCommand, [join(scratch, 'nope.txt'), needles]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope\.txt: file not found\n$/);
    assert.equal((await run(runHashesMatchCommand, ['--help'])).code, 0);
  });

  test('parseHashLines keeps line numbers', () => {
    const parsed = parseHashLines(`${'a'.repeat(64)}\nzz\n${'b'.repeat(64)}`);
    assert.deepEqual(parsed.lines, [0, 2]);
    assert.deepEqual(parsed.malformed, [{ line: 1 }]);
  });
});
