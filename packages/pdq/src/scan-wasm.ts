// Owns the optional WebAssembly SIMD kernel for brute-force scans: instantiation, and the memory
// layout shared with HashStore (which keeps its hashes inside the module's memory so the kernel
// reads them in place). Falls back to nothing (callers use the plain-TS scan) where WebAssembly
// SIMD is unavailable. The bytes come from scripts/build-scan-wasm.ts.

import { SCAN_WASM_BASE64 } from './scan-wasm-bytes.ts';

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

let compiled: WebAssembly.Module | null | undefined;

function compiledModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    compiled = null;
    try {
      if (typeof WebAssembly === 'object' && typeof atob === 'function') {
        const bytes = Uint8Array.from(atob(SCAN_WASM_BASE64), (c) => c.charCodeAt(0));
        if (WebAssembly.validate(bytes)) compiled = new WebAssembly.Module(bytes);
      }
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** A fresh kernel with its own memory sized for `hashCapacity` hashes, or null without SIMD. */
export function createScanKernel(hashCapacity: number): ScanKernel | null {
  const module = compiledModule();
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
