// Owns the optional WebAssembly kernels for brute-force scans: instantiation, and the memory
// layout shared with HashStore (which keeps its hashes inside the module's memory so the kernels
// read them in place). Two kernels with one contract: scalar (native i64.popcnt with an early
// exit after the first 128 bits; the default, faster where measured, and needing no SIMD) and
// SIMD (i8x16.popcnt). Falls back to nothing (callers use the plain-TS scan) without
// WebAssembly. The bytes come from scripts/build-scan-wasm.ts.

import { SCAN_SCALAR_WASM_BASE64, SCAN_SIMD_WASM_BASE64 } from './scan-wasm-bytes.ts';

export type ScanKernelKind = 'scalar' | 'simd';

/** Byte offsets inside the module memory. Hashes start at page 1, 32 bytes each. */
export const QUERY_OFFSET = 0;
export const OUT_OFFSET = 64;
export const OUT_CAPACITY = 4096; // (group, mask) pairs per call
export const HASHES_OFFSET = 65536;
export const PAGE_BYTES = 65536;

export interface ScanKernel {
  memory: WebAssembly.Memory;
  /** Returns the number of (group, mask) pairs written at OUT_OFFSET. */
  scan: (
    query: number,
    hashes: number,
    groups: number,
    maxDistance: number,
    out: number,
    capacity: number,
  ) => number;
}

const compiled = new Map<ScanKernelKind, WebAssembly.Module | null>();

function compiledModule(kind: ScanKernelKind): WebAssembly.Module | null {
  if (!compiled.has(kind)) {
    let module: WebAssembly.Module | null = null;
    try {
      if (typeof WebAssembly === 'object' && typeof atob === 'function') {
        const base64 = kind === 'simd' ? SCAN_SIMD_WASM_BASE64 : SCAN_SCALAR_WASM_BASE64;
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        if (WebAssembly.validate(bytes)) module = new WebAssembly.Module(bytes);
      }
    } catch {
      module = null;
    }
    compiled.set(kind, module);
  }
  return compiled.get(kind) ?? null;
}

/**
 * A fresh kernel with its own memory sized for `hashCapacity` hashes, or null without
 * WebAssembly (or, for 'simd', without WebAssembly SIMD).
 */
export function createScanKernel(hashCapacity: number, kind: ScanKernelKind = 'scalar'): ScanKernel | null {
  const module = compiledModule(kind);
  if (!module) return null;
  try {
    const memory = new WebAssembly.Memory({ initial: pagesFor(hashCapacity) });
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    return { memory, scan: instance.exports.scan as ScanKernel['scan'] };
  } catch {
    return null;
  }
}

export function pagesFor(hashCapacity: number): number {
  return 1 + Math.ceil((hashCapacity * 32) / PAGE_BYTES);
}

/** Largest hash count a 4 GiB wasm32 memory can hold after the first page. */
export const MAX_WASM_HASHES = Math.floor(((65536 - 1) * PAGE_BYTES) / 32);
