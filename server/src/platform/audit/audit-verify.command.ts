/**
 * `vigie audit verify`: walks the audit hash chain and names the first event that does not hold
 * (edited, deleted or re-ordered). Output formats are a public interface: scripts grep them.
 */
import type { CliIo } from '../../cli.ts';
import { errorLine, type OpenConfigured, openConfiguredForCli } from '../auth/admin-create.command.ts';
import { verifyAuditChain } from './audit.service.ts';

export const AUDIT_VERIFY_USAGE = `usage: vigie audit verify

Checks the audit log's hash chain. Prints "audit chain intact: N events" and exits 0, or prints
"audit chain broken at event #S: reason" on stderr and exits 1.
Uses the configured database (DATABASE_URL, or the embedded one in VIGIE_DATA_DIR).
`;

export async function runAuditVerifyCommand(
  argv: string[],
  io: CliIo,
  open: OpenConfigured = openConfiguredForCli,
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(AUDIT_VERIFY_USAGE);
    return 0;
  }
  if (argv.length > 0) {
    io.stderr.write(`vigie audit verify: unexpected argument ${argv[0]} (see vigie audit verify --help)\n`);
    return 2;
  }
  let opened: Awaited<ReturnType<OpenConfigured>> | undefined;
  try {
    opened = await open();
    const result = await verifyAuditChain(opened.database.db);
    if (result.ok) {
      io.stdout.write(`audit chain intact: ${result.events} events\n`);
      return 0;
    }
    io.stderr.write(`audit chain broken at event #${result.brokenSeq}: ${result.reason}\n`);
    return 1;
  } catch (error) {
    io.stderr.write(errorLine('audit verify', error));
    return 1;
  } finally {
    await opened?.close();
  }
}
