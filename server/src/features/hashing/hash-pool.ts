// Owns the worker_threads pool that decodes and hashes files in parallel for `vigie hash` (and
// the benchmark). Jobs go to whichever worker is free; results come back tagged with their
// sequence number so the caller can print them in input order.

import { Worker } from 'node:worker_threads';
import type { HashFileOptions, HashFileResult } from './hash-file.ts';

interface Job {
  seq: number;
  path: string;
  options: HashFileOptions;
  resolve: (result: HashFileResult) => void;
}

export class HashPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private seq = 0;

  constructor(size: number) {
    for (let k = 0; k < size; k++) {
      const worker = new Worker(new URL('./hash-worker.mjs', import.meta.url));
      worker.on('message', (message: { seq: number; result: HashFileResult }) =>
        this.finish(worker, message.result),
      );
      worker.on('error', (error) =>
        this.finish(worker, { ok: false, message: `worker failed: ${error.message}` }),
      );
      this.idle.push(worker);
    }
  }

  hash(path: string, options: HashFileOptions): Promise<HashFileResult> {
    return new Promise((resolve) => {
      this.queue.push({ seq: this.seq++, path, options, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.running.keys()].map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as Job;
      this.running.set(worker, job);
      worker.postMessage({ seq: job.seq, path: job.path, options: job.options });
    }
  }

  private finish(worker: Worker, result: HashFileResult): void {
    const job = this.running.get(worker);
    if (!job) return;
    this.running.delete(worker);
    this.idle.push(worker);
    job.resolve(result);
    this.dispatch();
  }
}
