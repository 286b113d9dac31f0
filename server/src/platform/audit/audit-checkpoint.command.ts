/**
 * `vigie audit checkpoint [--append FILE]`: signs the head of an intact chain and prints it as one
 * line, to keep away from the database host (a file on another machine, a ticket, a mail). It
 * refuses to sign a broken chain, or one that no longer holds what FILE's checkpoints saw: a
 * signature on a tampered head would vouch for the tampering.
 */
import fs from 'node:fs';
import type { CliIo } from '../../cli.ts';
import { errorLine, type OpenConfigured } from '../auth/admin-create.command.ts';
import { signChainHead } from './audit-checkpoint.ts';
import { openAuditForCli, parseAuditArgs, readAuditKeys } from './audit-cli.ts';

export const AUDIT_CHECKPOINT_USAGE = `usage: vigie audit checkpoint [--append FILE]

Verifies the audit chain, then prints one signed line with its head:
  vigie-audit-checkpoint v1 events=N head=HASH at=TIME sig=SIGNATURE
Keep these lines outside the database host: "vigie audit verify --checkpoint FILE" then notices
when the newest events were removed or rewritten. The signature uses a key derived from the secret
key; the database never holds it.

options:
  --append FILE   also append the line to FILE (created with mode 0600), after checking that the
                  database still holds what FILE's earlier checkpoints saw
  --help          this text

exit status: 0 signed; 1 the chain is broken, FILE's checkpoints do not hold, or the command could
not run (reason on stderr); 2 usage error.
`;

export async function runAuditCheckpointCommand(
  argv: string[],
  io: CliIo,
  open: OpenConfigured = openAuditForCli,
): Promise<number> {
  const args = parseAuditArgs('audit checkpoint', argv, 'append', io);
  if (!args) return 2;
  if (args.help) {
    io.stdout.write(AUDIT_CHECKPOINT_USAGE);
    return 0;
  }
  const refuse = (why: string) => {
    io.stderr.write(`vigie audit checkpoint: not signing: ${why}\n`);
    return 1;
  };
  let opened: Awaited<ReturnType<OpenConfigured>> | undefined;
  try {
    const earlier = args.file && fs.existsSync(args.file) ? fs.readFileSync(args.file, 'utf8') : '';
    opened = await open();
    const signed = await signChainHead(opened.database.db, earlier, readAuditKeys(opened.config));
    if (!signed.ok) return refuse(signed.reason);
    const { line } = signed;
    if (args.file) fs.appendFileSync(args.file, `${line}\n`, { mode: 0o600 });
    io.stdout.write(`${line}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(errorLine('audit checkpoint', error));
    return 1;
  } finally {
    await opened?.close();
  }
}
