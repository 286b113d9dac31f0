#!/usr/bin/env node
// Entry point of the `vigie` command: loads the TypeScript sources through tsx, then dispatches.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
try {
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: Boolean(process.stderr.isTTY),
  });
  if (code >= 0) {
    process.exitCode = code;
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`vigie: ${message.split('\n')[0]}\n`);
  process.exitCode = 1;
}
