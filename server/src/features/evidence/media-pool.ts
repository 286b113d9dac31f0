/**
 * The worker threads that examine uploads (media-file.ts: type check, full decode, hashes, PDQ,
 * preview), so that a 100-megapixel image never holds up the server's own thread: decoding one
 * such image reads and copies hundreds of megabytes in JavaScript and holds ~0.4 GB.
 *
 * Bounded twice: at most `workers` files are examined at once (memory: one large decode each), and
 * at most `queue` wait for a thread; the next upload is refused at once with 503 media.busy and a
 * Retry-After, instead of piling bodies up in memory. Threads start on the first upload and stop
 * after a minute without one.
 */
import { Piscina } from 'piscina';
import { AppError } from '../../platform/errors.ts';
import type { StoredType } from './evidence.schemas.ts';
import type { InspectedMedia } from './media-file.ts';
import type { InspectReply, InspectTask } from './media-worker.ts';

/** Seconds a client is told to wait before retrying a refused upload. */
export const BUSY_RETRY_AFTER_SECONDS = 10;
const IDLE_THREAD_MS = 60_000;

export type MediaPool = {
  /** inspectMedia in a worker thread; 503 media.busy when the queue is full. */
  inspect(bytes: Buffer, contentType: StoredType): Promise<InspectedMedia>;
  close(): Promise<void>;
};

export const mediaBusy = () =>
  new AppError(
    'media.busy',
    503,
    `The server is examining as many files as it can: send this one again in ${BUSY_RETRY_AFTER_SECONDS} seconds.`,
    { retry_after_seconds: BUSY_RETRY_AFTER_SECONDS },
  );

export function createMediaPool(options: { workers: number; queue: number }): MediaPool {
  const pool = new Piscina<InspectTask, InspectReply>({
    filename: new URL('./media-worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: options.workers,
    idleTimeout: IDLE_THREAD_MS,
    niceIncrement: 10,
  });
  return {
    async inspect(bytes, contentType) {
      // Checked and queued in one synchronous step, so no other upload slips in between.
      if (pool.queueSize >= options.queue) throw mediaBusy();
      const reply = await pool.run({ bytes, contentType });
      if (!reply.ok) {
        const { code, status, message, details } = reply.error;
        throw new AppError(code, status, message, details);
      }
      const { preview } = reply.media;
      // Buffers cross threads as plain Uint8Arrays.
      return { ...reply.media, preview: preview ? Buffer.from(preview) : null };
    },
    close: () => pool.destroy(),
  };
}
