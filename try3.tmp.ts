import { HashStore, hexToWords } from './packages/pdq/src/index.ts';
for (const N of [1 << 14, 1 << 16, 1 << 18, 1 << 22]) for (const wasm of [true, false]) {
  const s = new HashStore({ wasm });
  const p = new Uint32Array(N * 8); for (let i = 0; i < p.length; i++) p[i] = (Math.random() * 2 ** 32) >>> 0;
  s.addPacked(p);
  const q = s.get(5);
  s.scan(q, 31);
  const reps = Math.ceil(2e8 / N);
  const t = performance.now(); let k = 0;
  for (let r = 0; r < reps; r++) k += s.scan(q, 31).length;
  const dt = (performance.now() - t) / 1000;
  console.log('scan', N, wasm, (reps * N / dt / 1e9).toFixed(2), 'G/s', k / reps);
}
