/**
 * A list of values (roles, item states, verdicts, languages…) is written once, as a named constant,
 * and everything else derives from it: SQL through platform/db/value-lists.ts, routes through the
 * capability table, the staff app through the session and the API's types. This test finds every
 * list constant of the server (`export const NAME = ['a', 'b', …]`) and fails on any place in the
 * server or the staff app that spells two or more of its values out again in a row: an SQL
 * `in ('a', 'b')`, an inline array, a type union `'a' | 'b'`, or `x === 'a' || x === 'b'`.
 * A list assigned to a name of its own (a subset such as OPEN_STATES, a capability's roles) is a
 * definition, not a respelling. Tests are not scanned: they write expectations out on purpose.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

type Source = { file: string; text: string };
type Run = { start: number; end: number; values: string[] };

function readSources(): Source[] {
  return ['server/src', 'web/src'].flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts'))
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return { file: path.relative(root, file), text: fs.readFileSync(file, 'utf8') };
      }),
  );
}

const LITERAL = /'((?:[^'\\\n]|\\.)*)'/g;
/** What may stand between two values of one spelled-out list. */
const SEPARATOR = /^\s*(?:,|\|\|?|\|\|\s*[\w.]+\s*===?)\s*$/;
/** The text before a list literal that makes it the definition of a named list. */
const NAMED = /(?:\b(?:const|let)\s+\w+(?:\s*:[^=;]+)?\s*=|\b\w+\s*:)\s*\[\s*$/;

/** Runs of two or more string literals separated only by commas, bars or `|| x ===`. */
function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  for (const m of text.matchAll(LITERAL)) {
    const end = m.index + m[0].length;
    if (run && SEPARATOR.test(text.slice(run.end, m.index))) {
      run.values.push(m[1] as string);
      run.end = end;
      continue;
    }
    if (run) runs.push(run);
    run = { start: m.index, end, values: [m[1] as string] };
  }
  if (run) runs.push(run);
  return runs.filter((r) => r.values.length >= 2);
}

function listConstants(sources: Source[]) {
  return sources.flatMap(({ file, text }) =>
    [...text.matchAll(/export const ([A-Z][A-Z0-9_]*)(?:\s*:[^=]+)?\s*=\s*\[([^\]]*)\]/g)]
      .map((m) => ({
        name: m[1] as string,
        file,
        values: [...(m[2] as string).matchAll(LITERAL)].map((v) => v[1]),
      }))
      .filter((list) => list.values.length >= 2),
  );
}

function findRespellings(sources: Source[]): string[] {
  const lists = listConstants(sources);
  const found: string[] = [];
  for (const { file, text } of sources) {
    for (const run of runsOf(text)) {
      if (NAMED.test(text.slice(Math.max(0, run.start - 200), run.start))) continue;
      for (const list of lists) {
        const values = new Set(run.values.filter((v) => list.values.includes(v)));
        if (values.size < 2) continue;
        const line = text.slice(0, run.start).split('\n').length;
        found.push(`${file}:${line} spells out ${[...values].join(', ')} of ${list.name} (${list.file})`);
      }
    }
  }
  return found;
}

test('the scan finds the list constants and the ways a list gets spelled out again', () => {
  const sources = [
    { file: 'lists.ts', text: "export const STATES = ['new', 'open', 'closed'] as const;" },
    {
      file: 'uses.ts',
      text: [
        "const OPEN = ['new', 'open'] as const satisfies readonly State[];",
        "sql`state in ('new', 'open')`;",
        "type Open = 'new' | 'open';",
        "const open = state === 'new' || state === 'open';",
        "z.enum(['open', 'closed']);",
        "if (state === 'closed') log('new');",
      ].join('\n'),
    },
  ];
  assert.deepEqual(findRespellings(sources), [
    'uses.ts:2 spells out new, open of STATES (lists.ts)',
    'uses.ts:3 spells out new, open of STATES (lists.ts)',
    'uses.ts:4 spells out new, open of STATES (lists.ts)',
    'uses.ts:5 spells out open, closed of STATES (lists.ts)',
  ]);
});

test('no list of values is spelled out twice in the server or the staff app', () => {
  const sources = readSources();
  assert.ok(
    listConstants(sources).some((list) => list.name === 'OPEN_STATES'),
    'the scan found no lists',
  );
  assert.deepEqual(findRespellings(sources), []);
});
