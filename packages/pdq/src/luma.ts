// Owns turning decoded 8-bit pixels into the float32 luma plane the PDQ core hashes, with the
// reference's channel handling and pre-shrink. Decoding files is left to callers (see
// server/src/features/hashing/decode-image.ts for the Node/sharp path).

/** Samples per pixel: grey, grey+alpha, RGB, RGBA. Alpha is always ignored (never composited). */
export type Channels = 1 | 2 | 3 | 4;
export type PixelArray = Uint8Array | Uint8ClampedArray;

/** The reference shrinks anything wider or taller than this to exactly 512x512 (pdqio.cpp). */
export const PRESHRINK_DIM = 512;

// float32 coefficients, as `const float luma_from_R_coeff = 0.299` etc. in the reference.
const LUMA_R = Math.fround(0.299);
const LUMA_G = Math.fround(0.587);
const LUMA_B = Math.fround(0.114);

// Each coefficient times every byte value, rounded to float32 as the reference's float multiply.
const LUMA_R_TABLE = byteProducts(LUMA_R);
const LUMA_G_TABLE = byteProducts(LUMA_G);
const LUMA_B_TABLE = byteProducts(LUMA_B);

function byteProducts(coefficient: number): Float32Array {
  const table = new Float32Array(256);
  for (let v = 0; v < 256; v++) table[v] = coefficient * v;
  return table;
}

export interface LumaPlane {
  luma: Float32Array;
  width: number;
  height: number;
}

/**
 * Reproduces the reference decoder's choice of grey for images whose pixels all have R=G=B.
 * ImageMagick hands such images to the reference as 1-channel PNM (P5), and the grey path
 * (luma = grey value) can differ by one float32 ulp from the RGB formula, which flips hash bits.
 * sharp, by contrast, returns 3 channels for grey PNGs. Returns the input unchanged when it is
 * not grey; returns a new 1-channel array when it is.
 */
export function toReferenceChannels(
  pixels: PixelArray,
  channels: Channels,
): { pixels: PixelArray; channels: Channels } {
  if (channels < 3) {
    if (channels === 1) return { pixels, channels };
    return { pixels: takeChannel(pixels, channels), channels: 1 };
  }
  for (let i = 0; i < pixels.length; i += channels) {
    const r = pixels[i];
    if (r !== pixels[i + 1] || r !== pixels[i + 2]) return { pixels, channels };
  }
  return { pixels: takeChannel(pixels, channels), channels: 1 };
}

function takeChannel(pixels: PixelArray, channels: number): Uint8Array {
  const grey = new Uint8Array(pixels.length / channels);
  for (let i = 0, o = 0; o < grey.length; i += channels, o++) grey[o] = pixels[i] ?? 0;
  return grey;
}

/**
 * Float32 luma of the image, after the reference's pre-shrink: when either side exceeds 512 the
 * 8-bit samples are resampled to exactly 512x512 by nearest neighbour at the top-left phase
 * (output x copies input floor(x*W/512); CImg `resize(512, 512)`, interpolation type 1), aspect
 * ratio ignored, before the luma conversion.
 */
export function lumaPlane(
  pixels: PixelArray,
  width: number,
  height: number,
  channels: Channels,
  out?: Float32Array,
): LumaPlane {
  checkPixels(pixels, width, height, channels);
  const shrink = width > PRESHRINK_DIM || height > PRESHRINK_DIM;
  const outWidth = shrink ? PRESHRINK_DIM : width;
  const outHeight = shrink ? PRESHRINK_DIM : height;
  const size = outWidth * outHeight;
  const luma = out && out.length >= size ? out.subarray(0, size) : new Float32Array(size);

  // Source column offsets (in samples) for each output column.
  const columnOffsets = new Int32Array(outWidth);
  for (let x = 0; x < outWidth; x++) {
    columnOffsets[x] = (shrink ? Math.floor((x * width) / PRESHRINK_DIM) : x) * channels;
  }
  const rowStride = width * channels;
  const grey = channels < 3;
  for (let y = 0; y < outHeight; y++) {
    const rowStart = (shrink ? Math.floor((y * height) / PRESHRINK_DIM) : y) * rowStride;
    const o = y * outWidth;
    if (grey) {
      for (let x = 0; x < outWidth; x++)
        luma[o + x] = pixels[rowStart + (columnOffsets[x] as number)] as number;
    } else if (!shrink) {
      for (let x = 0, i = rowStart; x < outWidth; x++, i += channels) {
        const rg = Math.fround(
          (LUMA_R_TABLE[pixels[i] as number] as number) + (LUMA_G_TABLE[pixels[i + 1] as number] as number),
        );
        luma[o + x] = rg + (LUMA_B_TABLE[pixels[i + 2] as number] as number);
      }
    } else {
      for (let x = 0; x < outWidth; x++) {
        const i = rowStart + (columnOffsets[x] as number);
        // ((R*cR + G*cG) + B*cB), each step rounded to float32 as in the reference.
        const rg = Math.fround(
          (LUMA_R_TABLE[pixels[i] as number] as number) + (LUMA_G_TABLE[pixels[i + 1] as number] as number),
        );
        luma[o + x] = rg + (LUMA_B_TABLE[pixels[i + 2] as number] as number);
      }
    }
  }
  return { luma, width: outWidth, height: outHeight };
}

function checkPixels(pixels: PixelArray, width: number, height: number, channels: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new RangeError(`bad image size ${width}x${height}`);
  }
  if (channels !== 1 && channels !== 2 && channels !== 3 && channels !== 4) {
    throw new RangeError(`channels must be 1, 2, 3 or 4, got ${channels}`);
  }
  if (pixels.length < width * height * channels) {
    throw new RangeError(`pixel buffer too short: ${pixels.length} < ${width}x${height}x${channels}`);
  }
}
