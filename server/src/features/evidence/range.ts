/**
 * The one HTTP Range form video players need to seek: a single `bytes=` range (RFC 9110 §14.1.2).
 * Several ranges, other units or malformed values are ignored (the whole file is sent), which the
 * RFC allows (§14.2); a range starting past the end, or an empty suffix, is unsatisfiable (416).
 * Always judged against the real size of the file, since what is sent follows from it.
 */
export type ByteRange = { start: number; end: number } | 'unsatisfiable' | null;

/** The part of a file of `size` bytes that `header` asks for: a range, 'unsatisfiable', or null (all). */
export function byteRange(header: string | undefined, size: number): ByteRange {
  if (size === 0) return null;
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    // Suffix: the last n bytes.
    const length = Number(last);
    if (length === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

/** Whether answering with this range sends any byte of the file (a 416 sends none). */
export const deliversBytes = (range: ByteRange): boolean => range !== 'unsatisfiable';
