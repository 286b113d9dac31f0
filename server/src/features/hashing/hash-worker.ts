// Worker-thread side of the hash pool: receives {seq, path, options}, answers {seq, result}.
// Started through hash-worker.mjs, which registers the TypeScript loader first.

import { parentPort } from 'node:worker_threads';
import { type HashFileOptions, hashFileToLine } from './hash-file.ts';

if (!parentPort) throw new Error('hash-worker.ts must run in a worker thread');
const port = parentPort;
port.on('message', async (job: { seq: number; path: string; options: HashFileOptions }) => {
  port.postMessage({ seq: job.seq, result: await hashFileToLine(job.path, job.options) });
});
