// biome-ignore-all format: instruction listings are laid out by hand, a few per line
// Assembles the WebAssembly SIMD linear-scan kernel (see src/scan-wasm.ts) and writes its bytes
// to src/scan-wasm-bytes.ts. Hand-assembled so the repository needs no WebAssembly toolchain;
// scan-kernel.wat beside this script is the same function in text form, for reading.
// Run: npx tsx packages/pdq/scripts/build-scan-wasm.ts

import { writeFileSync } from 'node:fs';

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
};
const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
};
const str = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];

// Opcodes used (core and SIMD, the 0xfd prefix followed by a LEB128 sub-opcode).
const I32 = 0x7f;
const V128 = 0x7b;
const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const i32const = (n: number) => [0x41, ...sleb(n)];
const simd = (op: number, ...imm: number[]) => [0xfd, ...uleb(op), ...imm];
const v128load = (offset: number) => simd(0x00, 4, ...uleb(offset));
const V128_XOR = simd(0x51);
const V128_ANY_TRUE = simd(0x53);
const I8X16_POPCNT = simd(0x62);
const I8X16_ADD = simd(0x6e);
const I16X8_EXTADD_PAIRWISE_I8X16_U = simd(0x7d);
const I32X4_SPLAT = simd(0x11);
const I32X4_LE_U = simd(0x3e);
const I32X4_BITMASK = simd(0xa4);
const I16X8_SPLAT = simd(0x10);
const I16X8_NARROW_I32X4_U = simd(0x86);
const I32X4_DOT_I16X8_S = simd(0xba);
const I32_ADD = [0x6a];
const I32_GE_U = [0x4f];
const I32_EQ = [0x46];
const I32_STORE = (offset: number) => [0x36, 2, ...uleb(offset)];

// scan(query, hashes, groups, maxDistance, out, outCapacity) -> pairs written
// For each group of 4 consecutive hashes (128 bytes) whose distances to the 32-byte query include
// one <= maxDistance, writes the pair (group index, 4-bit mask of matching hashes) to `out`.
// (Groups of 8 with an i16x8 compare measured ~35% slower: more live vectors than registers.)
// Stops early when `outCapacity` pairs are written; the caller resumes after the last group.
const [Q, P, GROUPS, MAXD, OUT, CAP] = [0, 1, 2, 3, 4, 5];
const [Q0, Q1, THR, ONES, M] = [6, 7, 8, 9, 10];
const H = [11, 12, 13, 14]; // per-hash lane counts, then reused for the tree
const [G, N] = [15, 16];

/**
 * Bit count of (hash at P+offset) XOR query as 4 i32 lanes (each the count of 4 bytes, <= 64):
 * per-byte popcounts of both 16-byte halves added, then widened pairwise and summed pairwise
 * (dot product with ones, which compiles to single x86 instructions).
 */
const laneCounts = (offset: number) => [
  ...get(P), ...v128load(offset), ...get(Q0), ...V128_XOR, ...I8X16_POPCNT,
  ...get(P), ...v128load(offset + 16), ...get(Q1), ...V128_XOR, ...I8X16_POPCNT,
  ...I8X16_ADD, ...I16X8_EXTADD_PAIRWISE_I8X16_U, ...get(ONES), ...I32X4_DOT_I16X8_S,
];
/** Halves the lanes per hash: x's lanes pairwise in lanes 0-1, y's in lanes 2-3 (both <= 256). */
const pairReduce = (x: number, y: number) => [
  ...get(x), ...get(y), ...I16X8_NARROW_I32X4_U, ...get(ONES), ...I32X4_DOT_I16X8_S,
];
const h = (k: number) => H[k] as number;

const body = [
  ...vec([
    [9, V128],
    [2, I32],
  ]),
  ...get(Q), ...v128load(0), ...set(Q0),
  ...get(Q), ...v128load(16), ...set(Q1),
  ...get(MAXD), ...I32X4_SPLAT, ...set(THR),
  ...i32const(1), ...I16X8_SPLAT, ...set(ONES),
  0x02, 0x40, // block
  0x03, 0x40, // loop
  ...get(G), ...get(GROUPS), ...I32_GE_U, 0x0d, 1, // br_if out of the block
  ...[0, 1, 2, 3].flatMap((k) => [...laneCounts(32 * k), ...set(h(k))]),
  ...pairReduce(h(0), h(1)), ...set(h(0)),
  ...pairReduce(h(2), h(3)), ...set(h(2)),
  ...pairReduce(h(0), h(2)), // distances of hashes 0..3, one i32 lane each
  ...get(THR), ...I32X4_LE_U, ...set(M),
  ...get(M), ...V128_ANY_TRUE,
  0x04, 0x40, // if any hash matched
  ...get(OUT), ...get(G), ...I32_STORE(0),
  ...get(OUT), ...get(M), ...I32X4_BITMASK, ...I32_STORE(4),
  ...get(OUT), ...i32const(8), ...I32_ADD, ...set(OUT),
  ...get(N), ...i32const(1), ...I32_ADD, ...set(N),
  ...get(N), ...get(CAP), ...I32_EQ, 0x0d, 2, // br_if out of the block when full
  0x0b, // end if
  ...get(P), ...i32const(128), ...I32_ADD, ...set(P),
  ...get(G), ...i32const(1), ...I32_ADD, ...set(G),
  0x0c, 0, // br loop
  0x0b, // end loop
  0x0b, // end block
  ...get(N),
  0x0b, // end function
];

const module = [
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [I32]]), ...vec([[I32]])]])),
  ...section(2, vec([[...str('env'), ...str('memory'), 0x02, 0x00, 0x01]])),
  ...section(3, vec([[0]])),
  ...section(7, vec([[...str('scan'), 0x00, 0]])),
  ...section(10, vec([[...uleb(body.length), ...body]])),
];

const bytes = Uint8Array.from(module);
new WebAssembly.Module(bytes); // throws with the reason if the module is invalid
const base64 = btoa(String.fromCharCode(...bytes));
const target = new URL('../src/scan-wasm-bytes.ts', import.meta.url);
writeFileSync(
  target,
  `// Generated by packages/pdq/scripts/build-scan-wasm.ts; do not edit. ${bytes.length} bytes.\n` +
    `export const SCAN_WASM_BASE64 = '${base64}';\n`,
);
console.log(`wrote ${bytes.length} bytes to src/scan-wasm-bytes.ts`);
