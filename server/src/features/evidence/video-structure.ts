/**
 * Whether a video file is really built the way its container says: its header was already
 * identified (file-type, in media-file.ts); here its outer structure is walked. MP4 (ISO base media
 * file format, ISO/IEC 14496-12 §4.2): top-level boxes must tile the file exactly, and a `moov` box
 * must describe the movie (an `mvhd` header and at least one `trak`). WebM (Matroska's EBML, RFC 8794
 * §4–6): an EBML header, then one Segment reaching the end of the file, whose elements must fit in
 * it and include Info and Tracks. Frames themselves are not decoded (that needs ffmpeg; the browser
 * decodes them, sandboxed, when an analyst opens the video).
 */

type Span = { id: string; start: number; dataStart: number; end: number };

/** The boxes that tile bytes[from, to) (ISO/IEC 14496-12 §4.2), or what is wrong. */
function readBoxes(bytes: Buffer, from: number, to: number): Span[] | string {
  const boxes: Span[] = [];
  let offset = from;
  while (offset < to) {
    if (to - offset < 8) return `${to - offset} stray bytes at byte ${offset}`;
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (!/^[\x20-\x7e]{4}$/.test(type)) return `no box at byte ${offset}`;
    let size = bytes.readUInt32BE(offset);
    let header = 8;
    if (size === 1) {
      // A 64-bit size follows the type.
      if (to - offset < 16) return `the box at byte ${offset} is cut short`;
      size = Number(bytes.readBigUInt64BE(offset + 8));
      header = 16;
    } else if (size === 0) {
      size = to - offset; // "extends to the end of the file"
    }
    if (size < header || offset + size > to)
      return `the box at byte ${offset} runs past the end of what holds it`;
    boxes.push({ id: type, start: offset, dataStart: offset + header, end: offset + size });
    offset += size;
  }
  return boxes;
}

function checkMp4(bytes: Buffer): string | null {
  const top = readBoxes(bytes, 0, bytes.length);
  if (typeof top === 'string') return top;
  if (top[0]?.id !== 'ftyp') return 'it does not start with an ftyp box';
  const movies = top.filter((box) => box.id === 'moov');
  if (movies.length !== 1) return movies.length === 0 ? 'it has no moov box' : 'it has several moov boxes';
  const movie = movies[0] as Span;
  const inside = readBoxes(bytes, movie.dataStart, movie.end);
  if (typeof inside === 'string') return `in its moov box, ${inside}`;
  if (!inside.some((box) => box.id === 'mvhd')) return 'its moov box has no mvhd header';
  if (!inside.some((box) => box.id === 'trak')) return 'its moov box has no track';
  return null;
}

/** An EBML variable-length integer at `offset` (RFC 8794 §4): its length and value (marker kept for IDs). */
function readVint(bytes: Buffer, offset: number, keepMarker: boolean) {
  const first = bytes[offset];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (offset + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let k = 1; k < length; k++) {
    const byte = bytes[offset + k] as number;
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { length, value, allOnes };
}

const EBML = {
  header: 0x1a45dfa3,
  segment: 0x18538067,
  info: 0x1549a966,
  tracks: 0x1654ae6b,
} as const;

/** The element at `offset`; `end` null for an unknown size (RFC 8794 §6.2). */
function readElement(
  bytes: Buffer,
  offset: number,
  to: number,
): { id: number; dataStart: number; end: number | null } | string {
  const id = readVint(bytes, offset, true);
  if (!id || id.length > 4) return `no element at byte ${offset}`;
  const size = readVint(bytes, offset + id.length, false);
  if (!size) return `the element at byte ${offset} has no size`;
  const dataStart = offset + id.length + size.length;
  if (size.allOnes) return { id: id.value, dataStart, end: null };
  const end = dataStart + size.value;
  if (end > to) return `the element at byte ${offset} runs past the end of what holds it`;
  return { id: id.value, dataStart, end };
}

function checkWebm(bytes: Buffer): string | null {
  const header = readElement(bytes, 0, bytes.length);
  if (typeof header === 'string') return header;
  if (header.id !== EBML.header || header.end === null) return 'it does not start with an EBML header';
  const segment = readElement(bytes, header.end, bytes.length);
  if (typeof segment === 'string') return segment;
  if (segment.id !== EBML.segment) return 'no Segment follows its EBML header';
  // An unknown size (a live recording) runs to the end of the file.
  const segmentEnd = segment.end ?? bytes.length;
  if (segmentEnd !== bytes.length) return `${bytes.length - segmentEnd} stray bytes after its Segment`;
  const seen = new Set<number>();
  for (let offset = segment.dataStart; offset < segmentEnd; ) {
    const element = readElement(bytes, offset, segmentEnd);
    if (typeof element === 'string') return `in its Segment, ${element}`;
    seen.add(element.id);
    // A Cluster of unknown size (live recording) holds the rest; its frames are the browser's to read.
    if (element.end === null) break;
    offset = element.end;
  }
  if (!seen.has(EBML.info)) return 'its Segment has no Info';
  if (!seen.has(EBML.tracks)) return 'its Segment has no Tracks';
  return null;
}

/** What is wrong with the structure of this MP4 or WebM file, or null when it is sound. */
export function videoStructureProblem(bytes: Buffer, type: 'video/mp4' | 'video/webm'): string | null {
  return type === 'video/mp4' ? checkMp4(bytes) : checkWebm(bytes);
}
