/**
 * `vigie audit verify [--checkpoint FILE]`: walks the audit hash chain and names the first event
 * that does not hold (edited, deleted, re-ordered, or re-hashed without the chain key); with
 * checkpoints, also catches the removal of the newest events. Output formats are a public
 * interface: scripts grep them.
 */
import fs from 'node:fs';
import type { CliIo } from '../../cli.ts';
import { errorLine, type OpenConfigured } from '../auth/admin-create.command.ts';
import { brokenLine, verifyAuditChain } from './audit.service.ts';
import { checkCheckpointFile } from './audit-checkpoint.ts';
import { openAuditForCli, parseAuditArgs, readAuditKeys } from './audit-cli.ts';

export const AUDIT_VERIFY_USAGE = `usage: vigie audit verify [--checkpoint FILE]

Checks the audit log's keyed hash chain. Prints "audit chain intact: N events" (", of which M written
before keying" when the log began before this version keyed it) and exits 0, or prints
"audit chain broken at event #S: reason" on stderr and exits 1.

options:
  --checkpoint FILE   also check the signed checkpoints in FILE (from vigie audit checkpoint
                      --append): each line's signature, and that the database still holds the
                      event each one saw. Removed newest events print "audit log truncated:
                      checkpoint of <time> saw N events, the database has M"; a different event
                      prints "audit log rewritten: ..." (stderr, exit 1).
  --help              this text

exit status: 0 intact; 1 broken, truncated, rewritten, a checkpoint line refused, or the check
could not run (reason on stderr); 2 usage error.

Uses the configured database (DATABASE_URL, or the embedded one in VIGIE_DATA_DIR) and the secret
key (VIGIE_SECRET_KEY or secret.key in VIGIE_DATA_DIR). Reads only; never migrates or writes.
`;

export async function runAuditVerifyCommand(
  argv: string[],
  io: CliIo,
  open: OpenConfigured = openAuditForCli,
): Promise<number> {
  const args = parseAuditArgs('audit verify', argv, 'checkpoint', io);
  if (!args) return 2;
  if (args.help) {
    io.stdout.write(AUDIT_VERIFY_USAGE);
    return 0;
  }
  let opened: Awaited<ReturnType<OpenConfigured>> | undefined;
  try {
    const checkpoints = args.file === undefined ? undefined : fs.readFileSync(args.file, 'utf8');
    opened = await open();
    const { db } = opened.database;
    const keys = readAuditKeys(opened.config);
    const result = await verifyAuditChain(db, { keys });
    if (!result.ok) {
      io.stderr.write(`${brokenLine(result)}\n`);
      return 1;
    }
    const held =
      checkpoints === undefined ? undefined : await checkCheckpointFile(db, checkpoints, result.events, keys);
    if (held && !held.ok) {
      io.stderr.write(`${held.message}\n`);
      return 1;
    }
    if (held && !held.newest) {
      io.stderr.write(`vigie audit verify: ${args.file} holds no checkpoint\n`);
      return 1;
    }
    const legacy = result.legacyEvents ? `, of which ${result.legacyEvents} written before keying` : '';
    io.stdout.write(`audit chain intact: ${result.events} events${legacy}\n`);
    if (held?.newest) {
      io.stdout.write(
        `checkpoints hold: ${held.checkpoints}, the newest of ${held.newest.at} saw ${held.newest.events} events\n`,
      );
    }
    return 0;
  } catch (error) {
    io.stderr.write(errorLine('audit verify', error));
    return 1;
  } finally {
    await opened?.close();
  }
}
