// Owns the reference's blur-and-decimate from a float32 luma plane to the 64x64 buffer:
// two pairs of 1-D box filters ("Jarosz" filter, downscaling.cpp) then sampling at pixel centres.
// Every sum and quotient is rounded to float32 (Float32Array stores), because the reference
// computes in `float` and the hash bits near the median are sensitive to the last ulp.

/** Window of each 1-D box pass: ceil(dim / 128), i.e. (dim + 127) / 128 in integers. */
export function boxWindow(dim: number): number {
  return Math.floor((dim + 127) / 128);
}

/**
 * One box pass along each row (`rows` rows of `cols` samples), reading `src`, writing `dst`.
 * The running window is centred the reference's way: with full window w the output at i
 * averages inputs i-(w-h)..i+h-1 with h = floor((w+2)/2), clipped at the ends, and the sum is
 * kept as a running float32 (add the entering sample, then subtract the leaving one).
 */
export function boxRows(
  src: Float32Array,
  dst: Float32Array,
  rows: number,
  cols: number,
  window: number,
): void {
  let r = 0;
  // Four rows at a time: each row's running sum is a serial chain of float32 roundings, so
  // interleaving independent rows lets the CPU overlap them (about 2x faster than one by one).
  for (; r + 4 <= rows; r += 4) boxFourRows(src, dst, r * cols, cols, window);
  for (; r < rows; r++) boxOneRow(src, dst, r * cols, cols, window);
}

function boxOneRow(src: Float32Array, dst: Float32Array, base: number, cols: number, window: number): void {
  const fround = Math.fround;
  const half = Math.floor((window + 2) / 2);
  const warm = half - 1;
  const grow = window - half + 1;
  const full = cols - window;
  let ri = base;
  let li = base;
  let oi = base;
  let n = 0;
  let sum = 0;
  for (let k = 0; k < warm; k++, n++) sum = fround(sum + (src[ri++] as number));
  for (let k = 0; k < grow; k++) {
    sum = fround(sum + (src[ri++] as number));
    n++;
    dst[oi++] = sum / n;
  }
  for (let k = 0; k < full; k++) {
    sum = fround(sum + (src[ri++] as number));
    sum = fround(sum - (src[li++] as number));
    dst[oi++] = sum / n;
  }
  for (let k = 0; k < warm; k++) {
    sum = fround(sum - (src[li++] as number));
    n--;
    dst[oi++] = sum / n;
  }
}

/** boxOneRow on rows starting at base, base+cols, base+2cols, base+3cols, interleaved. */
function boxFourRows(src: Float32Array, dst: Float32Array, base: number, cols: number, window: number): void {
  const fround = Math.fround;
  const half = Math.floor((window + 2) / 2);
  const warm = half - 1;
  const grow = window - half + 1;
  const full = cols - window;
  const c1 = cols;
  const c2 = 2 * cols;
  const c3 = 3 * cols;
  let ri = base;
  let li = base;
  let oi = base;
  let n = 0;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = 0; k < warm; k++, n++, ri++) {
    s0 = fround(s0 + (src[ri] as number));
    s1 = fround(s1 + (src[ri + c1] as number));
    s2 = fround(s2 + (src[ri + c2] as number));
    s3 = fround(s3 + (src[ri + c3] as number));
  }
  for (let k = 0; k < grow; k++, ri++, oi++) {
    s0 = fround(s0 + (src[ri] as number));
    s1 = fround(s1 + (src[ri + c1] as number));
    s2 = fround(s2 + (src[ri + c2] as number));
    s3 = fround(s3 + (src[ri + c3] as number));
    n++;
    dst[oi] = s0 / n;
    dst[oi + c1] = s1 / n;
    dst[oi + c2] = s2 / n;
    dst[oi + c3] = s3 / n;
  }
  for (let k = 0; k < full; k++, ri++, li++, oi++) {
    s0 = fround(fround(s0 + (src[ri] as number)) - (src[li] as number));
    s1 = fround(fround(s1 + (src[ri + c1] as number)) - (src[li + c1] as number));
    s2 = fround(fround(s2 + (src[ri + c2] as number)) - (src[li + c2] as number));
    s3 = fround(fround(s3 + (src[ri + c3] as number)) - (src[li + c3] as number));
    dst[oi] = s0 / n;
    dst[oi + c1] = s1 / n;
    dst[oi + c2] = s2 / n;
    dst[oi + c3] = s3 / n;
  }
  for (let k = 0; k < warm; k++, li++, oi++) {
    s0 = fround(s0 - (src[li] as number));
    s1 = fround(s1 - (src[li + c1] as number));
    s2 = fround(s2 - (src[li + c2] as number));
    s3 = fround(s3 - (src[li + c3] as number));
    n--;
    dst[oi] = s0 / n;
    dst[oi + c1] = s1 / n;
    dst[oi + c2] = s2 / n;
    dst[oi + c3] = s3 / n;
  }
}

/**
 * The same box pass down each column. All columns advance together row by row (one running sum
 * per column, kept in a Float32Array so every store rounds to float32 exactly as the reference's
 * `float sum` does), so memory is read in order and the columns' sums are independent work.
 * Only the columns listed in `columns` are computed when given.
 */
export function boxColumns(
  src: Float32Array,
  dst: Float32Array,
  rows: number,
  cols: number,
  window: number,
  columns?: Int32Array,
): void {
  if (columns) {
    boxPickedColumns(src, dst, rows, cols, window, columns);
    return;
  }
  const half = Math.floor((window + 2) / 2);
  const warm = half - 1;
  const grow = window - half + 1;
  const full = rows - window;
  const sums = new Float32Array(cols);
  let ri = 0;
  let li = 0;
  let oi = 0;
  let n = 0;
  for (let k = 0; k < warm; k++, ri += cols, n++) {
    for (let j = 0; j < cols; j++) sums[j] += src[ri + j] as number;
  }
  const fround = Math.fround;
  for (let k = 0; k < grow; k++, ri += cols, oi += cols) {
    n++;
    for (let j = 0; j < cols; j++) {
      const s = fround((sums[j] as number) + (src[ri + j] as number));
      sums[j] = s;
      dst[oi + j] = s / n;
    }
  }
  for (let k = 0; k < full; k++, ri += cols, li += cols, oi += cols) {
    for (let j = 0; j < cols; j++) {
      const s = fround(fround((sums[j] as number) + (src[ri + j] as number)) - (src[li + j] as number));
      sums[j] = s;
      dst[oi + j] = s / n;
    }
  }
  for (let k = 0; k < warm; k++, li += cols, oi += cols) {
    n--;
    for (let j = 0; j < cols; j++) {
      const s = fround((sums[j] as number) - (src[li + j] as number));
      sums[j] = s;
      dst[oi + j] = s / n;
    }
  }
}

/** boxColumns restricted to some columns (the last pass only feeds the 64 sampled columns). */
function boxPickedColumns(
  src: Float32Array,
  dst: Float32Array,
  rows: number,
  cols: number,
  window: number,
  picked: Int32Array,
): void {
  const half = Math.floor((window + 2) / 2);
  const warm = half - 1;
  const grow = window - half + 1;
  const full = rows - window;
  const count = picked.length;
  const sums = new Float32Array(count);
  let ri = 0;
  let li = 0;
  let oi = 0;
  let n = 0;
  for (let k = 0; k < warm; k++, ri += cols, n++) {
    for (let c = 0; c < count; c++) sums[c] += src[ri + (picked[c] as number)] as number;
  }
  for (let k = 0; k < grow; k++, ri += cols, oi += cols) {
    n++;
    for (let c = 0; c < count; c++) {
      const j = picked[c] as number;
      sums[c] += src[ri + j] as number;
      dst[oi + j] = (sums[c] as number) / n;
    }
  }
  for (let k = 0; k < full; k++, ri += cols, li += cols, oi += cols) {
    for (let c = 0; c < count; c++) {
      const j = picked[c] as number;
      sums[c] += src[ri + j] as number;
      sums[c] -= src[li + j] as number;
      dst[oi + j] = (sums[c] as number) / n;
    }
  }
  for (let k = 0; k < warm; k++, li += cols, oi += cols) {
    n--;
    for (let c = 0; c < count; c++) {
      const j = picked[c] as number;
      sums[c] -= src[li + j] as number;
      dst[oi + j] = (sums[c] as number) / n;
    }
  }
}

/** Input index sampled for each of the 64 outputs: the reference samples pixel centres. */
export function samplePoints(dim: number): Int32Array {
  const points = new Int32Array(64);
  for (let i = 0; i < 64; i++) points[i] = Math.floor(((i + 0.5) * dim) / 64);
  return points;
}

/**
 * Blur (two row+column pass pairs) and decimate `luma` (height x width, row-major; overwritten)
 * into `out` (64x64). `scratch` must hold width*height floats.
 */
export function blurAndDecimate(
  luma: Float32Array,
  scratch: Float32Array,
  width: number,
  height: number,
  out: Float32Array,
): void {
  const rowWindow = boxWindow(width);
  const columnWindow = boxWindow(height);
  const sampleRows = samplePoints(height);
  const sampleCols = samplePoints(width);
  boxRows(luma, scratch, height, width, rowWindow);
  boxColumns(scratch, luma, height, width, columnWindow);
  boxRows(luma, scratch, height, width, rowWindow);
  // The last column pass only matters at the 64 sampled columns: each column is independent.
  boxColumns(scratch, luma, height, width, columnWindow, width > 64 ? uniqueSorted(sampleCols) : undefined);
  for (let i = 0; i < 64; i++) {
    const rowBase = (sampleRows[i] as number) * width;
    for (let j = 0; j < 64; j++) out[i * 64 + j] = luma[rowBase + (sampleCols[j] as number)] as number;
  }
}

function uniqueSorted(points: Int32Array): Int32Array {
  return Int32Array.from(new Set(points));
}
