/**
 * The one HTTP Range form video players need to seek: a single `bytes=` range (RFC 9110 §14.1.2).
 * Several ranges, other units or malformed values are ignored (the whole file is sent), which the
 * RFC allows; a range starting past the end is unsatisfiable (416).
 */
export function byteRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | null {
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

/**
 * Whether a request reads the file from its start (a first look, not a player seeking further on):
 * the whole file, or a range from byte 0. Judged by byteRange itself, so it agrees with what is sent.
 */
export function isOpeningRequest(header: string | undefined): boolean {
  const range = byteRange(header, Number.MAX_SAFE_INTEGER);
  return range === null || (range !== 'unsatisfiable' && range.start === 0);
}
