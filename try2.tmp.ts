import { readFileSync } from 'node:fs';
import { MatchIndex, HashStore, hexToWords } from './packages/pdq/src/index.ts';
const dir = '/work/shared/conformance/pdq/matching/';
const hay = readFileSync(dir + 'haystack.txt', 'utf8').trim().split('\n');
const nee = readFileSync(dir + 'needles.txt', 'utf8').trim().split('\n');
const exp = readFileSync(dir + 'expected-matches-d31.csv', 'utf8').trim().split('\n').slice(1).join('\n');
for (const wasm of [true, false]) for (const min of [1, 100000]) {
  const idx = new MatchIndex({ wasm, minIndexedSize: min });
  idx.addMany(null, hay);
  const rows: string[] = [];
  const t = performance.now();
  nee.forEach((n, i) => { for (const m of idx.search(n, 31)) rows.push(`${i},${m.id},${m.distance}`); });
  console.log(wasm, min, idx.usesWasm, rows.join('\n') === exp, rows.length, (performance.now() - t).toFixed(1), 'ms');
}
// scan speed
for (const wasm of [true, false]) {
  const s = new HashStore({ wasm });
  const N = 1 << 20; const p = new Uint32Array(N * 8); for (let i = 0; i < p.length; i++) p[i] = (Math.random() * 2 ** 32) >>> 0;
  s.addPacked(p);
  const q = hexToWords(hay[0]!);
  s.scan(q, 31);
  const t = performance.now(); let k = 0;
  for (let r = 0; r < 20; r++) k += s.scan(q, 31).length;
  const dt = (performance.now() - t) / 1000;
  console.log('scan', wasm, (20 * N / dt / 1e9).toFixed(2), 'G/s', k);
}
