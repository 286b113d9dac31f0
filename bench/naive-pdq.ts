// Baseline for bench:pdq: PDQ written the straightforward way (float64, full four blur passes over
// every column, textbook DCT loops, a sort for the median) — what a first port looks like. Only
// used to measure the optimised @vigie/pdq against in the same run.

const DCT = (() => {
  const m = new Float64Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++)
      m[i * 64 + j] = Math.sqrt(2 / 64) * Math.cos((Math.PI / 128) * (i + 1) * (2 * j + 1));
  }
  return m;
})();

function box(
  src: Float64Array,
  dst: Float64Array,
  rows: number,
  cols: number,
  w: number,
  alongRows: boolean,
) {
  const half = Math.floor((w + 2) / 2);
  const [outer, inner, step, lineStep] = alongRows ? [rows, cols, 1, cols] : [cols, rows, cols, 1];
  for (let o = 0; o < outer; o++) {
    const base = o * lineStep;
    for (let i = 0; i < inner; i++) {
      let sum = 0;
      let n = 0;
      for (let k = i - (w - half); k <= i + half - 1; k++) {
        if (k >= 0 && k < inner) {
          sum += src[base + k * step] as number;
          n++;
        }
      }
      dst[base + i * step] = sum / n;
    }
  }
}

export function naivePdqHash(pixels: Uint8Array, width: number, height: number): string {
  const shrink = width > 512 || height > 512;
  const cols = shrink ? 512 : width;
  const rows = shrink ? 512 : height;
  const a = new Float64Array(rows * cols);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      const sx = shrink ? Math.floor((x * width) / 512) : x;
      const sy = shrink ? Math.floor((y * height) / 512) : y;
      const i = (sy * width + sx) * 3;
      a[y * cols + x] =
        0.299 * (pixels[i] as number) + 0.587 * (pixels[i + 1] as number) + 0.114 * (pixels[i + 2] as number);
    }
  }
  const b = new Float64Array(rows * cols);
  const wr = Math.ceil(cols / 128);
  const wc = Math.ceil(rows / 128);
  for (let pass = 0; pass < 2; pass++) {
    box(a, b, rows, cols, wr, true);
    box(b, a, rows, cols, wc, false);
  }
  const d64 = new Float64Array(64 * 64);
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 64; j++) {
      d64[i * 64 + j] = a[
        Math.floor(((i + 0.5) * rows) / 64) * cols + Math.floor(((j + 0.5) * cols) / 64)
      ] as number;
    }
  }
  const out = new Float64Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) {
        for (let l = 0; l < 64; l++)
          sum += (DCT[i * 64 + k] as number) * (d64[k * 64 + l] as number) * (DCT[j * 64 + l] as number);
      }
      out[i * 16 + j] = sum;
    }
  }
  const median = [...out].sort((x, y) => x - y)[127] as number;
  let bits = 0n;
  for (let k = 0; k < 256; k++) if ((out[k] as number) > median) bits |= 1n << BigInt(k);
  return bits.toString(16).padStart(64, '0');
}
