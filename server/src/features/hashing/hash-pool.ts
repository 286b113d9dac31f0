// Owns the worker threads that decode and hash files in parallel for `vigie hash` (and the
// benchmark), on piscina: a thread that dies is replaced, and its job answers as failed instead of
// waiting forever. Callers bound how many jobs they hand over at once (map-in-order.ts).

import { Piscina } from 'piscina';
import type { HashFileOptions, HashFileResult } from './hash-file.ts';
import type { HashTask } from './hash-worker.ts';

export class HashPool {
  private readonly pool: Piscina<HashTask, HashFileResult>;

  constructor(size: number) {
    this.pool = new Piscina<HashTask, HashFileResult>({
      filename: new URL('./hash-worker.mjs', import.meta.url).href,
      minThreads: size,
      maxThreads: size,
    });
  }

  async hash(path: string, options: HashFileOptions): Promise<HashFileResult> {
    try {
      return await this.pool.run({ path, options });
    } catch (error) {
      return { ok: false, message: `worker failed: ${error instanceof Error ? error.message : error}` };
    }
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
