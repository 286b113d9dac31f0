// biome-ignore-all format: instruction listings are laid out by hand, a few per line
// Assembles the two WebAssembly linear-scan kernels (see src/scan-wasm.ts: SIMD i8x16.popcnt and
// scalar i64.popcnt, one module each) and writes their bytes to src/scan-wasm-bytes.ts.
// Hand-assembled so the repository needs no WebAssembly toolchain; scan-kernel.wat beside this
// script is the same functions in text form, for reading.
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

// scan (scalar form): the same contract with native 64-bit popcounts (i64.popcnt, one x86
// POPCNT or an ARM cnt+addv each; the SIMD i8x16.popcnt is emulated by ~6 shuffles on x86 without
// AVX-512 BITALG), 4 per hash, with an early exit: the first 128 bits alone already differ in more
// than maxDistance bits for nearly every random pair, so the second half is rarely read. Valid
// without SIMD, so every WebAssembly engine can run it.
const I64 = 0x7e;
const i64load = (offset: number) => [0x29, 3, ...uleb(offset)];
const I64_XOR = [0x85];
const I64_POPCNT = [0x7b];
const I64_ADD = [0x7c];
const I32_WRAP_I64 = [0xa7];
const I32_LE_U = [0x4d];
const I32_OR = [0x72];
const [SQ0, SQ1, SQ2, SQ3] = [6, 7, 8, 9]; // i64 query words
const [SG, SN, SM, SD] = [10, 11, 12, 13]; // i32: group, pairs written, lane mask, distance
/** popcnt((hash word at P+offset) XOR query word q) as an i64. */
const wordCount = (offset: number, q: number) => [...get(P), ...i64load(offset), ...get(q), ...I64_XOR, ...I64_POPCNT];
const lane = (k: number) => [
  ...wordCount(32 * k, SQ0), ...wordCount(32 * k + 8, SQ1), ...I64_ADD, ...I32_WRAP_I64, ...set(SD),
  ...get(SD), ...get(MAXD), ...I32_LE_U,
  0x04, 0x40, // if the first half is within reach, add the second
  ...get(SD), ...wordCount(32 * k + 16, SQ2), ...wordCount(32 * k + 24, SQ3), ...I64_ADD, ...I32_WRAP_I64,
  ...I32_ADD, ...get(MAXD), ...I32_LE_U,
  0x04, 0x40, ...get(SM), ...i32const(1 << k), ...I32_OR, ...set(SM), 0x0b,
  0x0b,
];
const scalarBody = [
  ...vec([
    [4, I64],
    [4, I32],
  ]),
  ...[SQ0, SQ1, SQ2, SQ3].flatMap((q, k) => [...get(Q), ...i64load(8 * k), ...set(q)]),
  0x02, 0x40, // block
  0x03, 0x40, // loop
  ...get(SG), ...get(GROUPS), ...I32_GE_U, 0x0d, 1, // br_if out of the block
  ...i32const(0), ...set(SM),
  ...[0, 1, 2, 3].flatMap(lane),
  ...get(SM),
  0x04, 0x40, // if any hash matched
  ...get(OUT), ...get(SG), ...I32_STORE(0),
  ...get(OUT), ...get(SM), ...I32_STORE(4),
  ...get(OUT), ...i32const(8), ...I32_ADD, ...set(OUT),
  ...get(SN), ...i32const(1), ...I32_ADD, ...set(SN),
  ...get(SN), ...get(CAP), ...I32_EQ, 0x0d, 2, // br_if out of the block when full
  0x0b, // end if
  ...get(P), ...i32const(128), ...I32_ADD, ...set(P),
  ...get(SG), ...i32const(1), ...I32_ADD, ...set(SG),
  0x0c, 0, // br loop
  0x0b, // end loop
  0x0b, // end block
  ...get(SN),
  0x0b, // end function
];

const moduleWith = (code: number[]) => [
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [I32]]), ...vec([[I32]])]])),
  ...section(2, vec([[...str('env'), ...str('memory'), 0x02, 0x00, 0x01]])),
  ...section(3, vec([[0]])),
  ...section(7, vec([[...str('scan'), 0x00, 0]])),
  ...section(10, vec([[...uleb(code.length), ...code]])),
];

const encode = (code: number[]): [string, number] => {
  const bytes = Uint8Array.from(moduleWith(code));
  new WebAssembly.Module(bytes); // throws with the reason if the module is invalid
  return [btoa(String.fromCharCode(...bytes)), bytes.length];
};
const [simdBase64, simdBytes] = encode(body);
const [scalarBase64, scalarBytes] = encode(scalarBody);
const target = new URL('../src/scan-wasm-bytes.ts', import.meta.url);
writeFileSync(
  target,
  '// Generated by packages/pdq/scripts/build-scan-wasm.ts; do not edit.\n' +
    `// SIMD kernel (i8x16.popcnt), ${simdBytes} bytes.\n` +
    `export const SCAN_SIMD_WASM_BASE64 =\n  '${simdBase64}';\n` +
    `// Scalar kernel (i64.popcnt, no SIMD needed), ${scalarBytes} bytes.\n` +
    `export const SCAN_SCALAR_WASM_BASE64 =\n  '${scalarBase64}';\n`,
);
console.log('wrote src/scan-wasm-bytes.ts');
