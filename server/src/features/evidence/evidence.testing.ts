/** Synthetic evidence files for tests: generated images and minimal video headers, never real material. */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/**
 * A colour image with gradients and hard-edged blocks (so blurring is measurable); `seed` changes
 * the pattern, so each seed gives other bytes and another PDQ hash.
 */
export async function syntheticImage(
  format: 'png' | 'jpeg' | 'webp' | 'gif',
  options: { width?: number; height?: number; seed?: number } = {},
): Promise<Buffer> {
  const width = options.width ?? 640;
  const height = options.height ?? 400;
  const seed = options.seed ?? 1;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const block = (Math.floor(x / 40) + Math.floor(y / 40) + seed) % 2 === 0;
      pixels[i] = Math.floor((x / width) * 255);
      pixels[i + 1] = block ? 230 : 20;
      pixels[i + 2] = Math.floor((y / height) * 255) ^ (seed * 37);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}

/** An ISO base media box: 32-bit size, type, body. */
export function mp4Box(type: string, ...body: Buffer[]): Buffer {
  const content = Buffer.concat(body);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + content.length);
  return Buffer.concat([size, Buffer.from(type, 'latin1'), content]);
}

/**
 * A structurally sound MP4 with no real frames: ftyp (brand isom), a moov with a movie header and
 * one track header, and an mdat holding `payload` (so the file ends with it).
 */
export function minimalMp4(payload = 'synthetic'): Buffer {
  const ftyp = mp4Box(
    'ftyp',
    Buffer.from('isom', 'latin1'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2mp41'),
  );
  const mvhd = Buffer.alloc(100);
  mvhd.writeUInt32BE(1000, 12); // timescale
  mvhd.writeUInt32BE(0x00010000, 20); // rate 1.0
  mvhd.writeUInt16BE(0x0100, 24); // volume 1.0
  mvhd.writeUInt32BE(2, 96); // next track id
  const tkhd = Buffer.alloc(84);
  tkhd.writeUInt32BE(0x00000003, 0); // enabled, in movie
  tkhd.writeUInt32BE(1, 12); // track id
  const moov = mp4Box('moov', mp4Box('mvhd', mvhd), mp4Box('trak', mp4Box('tkhd', tkhd)));
  return Buffer.concat([ftyp, moov, mp4Box('mdat', Buffer.from(payload))]);
}

/** An EBML element: its id bytes, an 8-byte size, the body. */
export function ebmlElement(id: number, ...body: (Buffer | string | number)[]): Buffer {
  const content = Buffer.concat(
    body.map((part) =>
      typeof part === 'number' ? Buffer.from([part]) : typeof part === 'string' ? Buffer.from(part) : part,
    ),
  );
  const hex = id.toString(16);
  const idBytes = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  const size = Buffer.alloc(8);
  size.writeBigUInt64BE(BigInt(content.length));
  size[0] = 0x01; // 8-byte size marker
  return Buffer.concat([idBytes, size, content]);
}

/**
 * A structurally sound WebM with no real frames: EBML header (DocType webm), one Segment with Info,
 * Tracks (one VP8 track) and a Cluster whose block holds `payload` (so the file ends with it).
 */
export function minimalWebm(payload = 'synthetic'): Buffer {
  const header = ebmlElement(
    0x1a45dfa3,
    ebmlElement(0x4286, 1),
    ebmlElement(0x42f7, 1),
    ebmlElement(0x42f2, 4),
    ebmlElement(0x42f3, 8),
    ebmlElement(0x4282, 'webm'),
    ebmlElement(0x4287, 2),
    ebmlElement(0x4285, 2),
  );
  const info = ebmlElement(0x1549a966, ebmlElement(0x2ad7b1, Buffer.from([0x0f, 0x42, 0x40])));
  const tracks = ebmlElement(
    0x1654ae6b,
    ebmlElement(0xae, ebmlElement(0xd7, 1), ebmlElement(0x83, 1), ebmlElement(0x86, 'V_VP8')),
  );
  const cluster = ebmlElement(0x1f43b675, ebmlElement(0xe7, 0), ebmlElement(0xa3, payload));
  return Buffer.concat([header, ebmlElement(0x18538067, info, tracks, cluster)]);
}

/** Every file under `dir` (relative paths), for "nothing left on disk" checks. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/**
 * A grey JPEG stored as RGB, width × height pixels of noise in square blocks of `block` pixels: as
 * costly as an image gets to decode and hash (every pixel is read to find R = G = B, then copied to
 * one channel), and with blocks of 4 about 1/3 byte per pixel on the wire. For load tests.
 */
export async function largeImage(width: number, height: number, block = 4): Promise<Buffer> {
  const noise = await sharp({
    create: {
      width: Math.ceil(width / block),
      height: Math.ceil(height / block),
      channels: 3,
      background: 'black',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .greyscale()
    .toColourspace('srgb')
    .png({ compressionLevel: 1 })
    .toBuffer();
  return sharp(noise)
    .resize(width, height, { kernel: 'nearest' })
    .toColourspace('srgb')
    .jpeg({ quality: 95 })
    .toBuffer();
}
