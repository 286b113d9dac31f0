/**
 * Worker-thread side of the media pool: examines one upload (inspectMedia) and answers with the
 * result, or with the AppError's fields (an Error loses its class and code crossing threads).
 * Started through media-worker.mjs, which registers the TypeScript loader first.
 */
import { AppError } from '../../platform/errors.ts';
import type { StoredType } from './evidence.schemas.ts';
import { type InspectedMedia, inspectMedia } from './media-file.ts';

export type InspectTask = { bytes: Uint8Array; contentType: StoredType };
export type InspectReply =
  | { ok: true; media: InspectedMedia }
  | {
      ok: false;
      error: { code: string; status: number; message: string; details?: Record<string, unknown> };
    };

export default async function inspectInWorker(task: InspectTask): Promise<InspectReply> {
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  try {
    return { ok: true, media: await inspectMedia(bytes, task.contentType) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const { code, status, message, details } = error;
    return { ok: false, error: { code, status, message, ...(details ? { details } : {}) } };
  }
}
