// Worker-thread side of the hash pool: one file in, its `vigie hash` line (or failure) out.
// Started through hash-worker.mjs, which registers the TypeScript loader first.

import { type HashFileOptions, type HashFileResult, hashFileToLine } from './hash-file.ts';

export type HashTask = { path: string; options: HashFileOptions };

export default function hashTask(task: HashTask): Promise<HashFileResult> {
  return hashFileToLine(task.path, task.options);
}
