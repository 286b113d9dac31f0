/**
 * Reading an answer's body without trusting the server: the content type is decided before a byte
 * is read, the size is counted while the body streams — on the wire and again after
 * decompression, so a gzip bomb stops at the limit — and the read stops the moment a limit is
 * passed. A Content-Length only ever serves to refuse early; it is never believed to be small.
 */
import { pipeline, type Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';

export type BodyRead =
  | { ok: true; body: Buffer }
  | { ok: false; tooLarge: true; read: number }
  | { ok: false; tooLarge: false; reason: string };

class TooLarge extends Error {}

/** Stops reading a body and closes its connection; the abort it causes is expected, not an error. */
export function discardBody(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

/** What we say we accept (Accept-Encoding) is exactly what we can decode. */
const DECODERS: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  'x-gzip': () => zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  deflate: () => zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  br: () => zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }),
};
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaTypeOf(contentType: string | null): string | null {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase();
  return essence ? essence : null;
}

/** Whether a Content-Type is one of `accept` (exact types, `image/*`, or `*\/*`). No list: anything. */
export function isAccepted(contentType: string | null, accept: string[] | undefined): boolean {
  if (!accept || accept.length === 0) return true;
  const type = mediaTypeOf(contentType);
  if (!type) return false;
  const [major] = type.split('/');
  return accept.some((wanted) => {
    const w = wanted.trim().toLowerCase();
    return w === '*/*' || w === type || w === `${major}/*`;
  });
}

/** Reads `body`, undoing `contentEncoding`, stopping at `maxBytes` on the wire or decoded. */
export async function readBody(
  body: Readable,
  contentEncoding: string | null,
  maxBytes: number,
): Promise<BodyRead> {
  const encodings = (contentEncoding ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity');
  const unknown = encodings.find((e) => !DECODERS[e]);
  if (unknown) {
    discardBody(body);
    return {
      ok: false,
      tooLarge: false,
      reason: `the answer is in an encoding that was not asked for (${unknown})`,
    };
  }
  let wire = 0;
  const wireCounter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      wire += chunk.length;
      done(wire > maxBytes ? new TooLarge() : null, chunk);
    },
  });
  // Encodings are listed in the order they were applied (RFC 9110 §8.4): undo them backwards.
  const decoders = encodings.reverse().map((e) => (DECODERS[e] as () => Transform)());
  const decoded = pipeline([body, wireCounter, ...decoders], () => {}) as unknown as Readable;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of decoded) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw new TooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    discardBody(decoded);
    discardBody(body);
    if (error instanceof TooLarge) return { ok: false, tooLarge: true, read: Math.max(wire, total) };
    if (isZlibError(error)) {
      return {
        ok: false,
        tooLarge: false,
        reason: `the body could not be decoded (${encodings.join(', ')})`,
      };
    }
    throw error;
  }
  return { ok: true, body: Buffer.concat(chunks) };
}

function isZlibError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    /^Z_|^ERR_BROTLI/.test(String(error.code))
  );
}
