/**
 * `vigie admin create --email E --role R [--name N] [--language fr|en]`: creates a staff account (the
 * first admin, typically) and prints its one-time setup link. The link is the only secret printed;
 * the person chooses their password and sets up TOTP through it.
 */
import { parseArgs } from 'node:util';
import type { CliIo } from '../../cli.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { CLI_ACTOR, createStaffAccount, SETUP_LINK_HOURS } from './accounts.ts';
import { ROLES } from './roles.ts';

export const ADMIN_CREATE_USAGE = `usage: vigie admin create --email E --role R [--name N] [--language fr|en]

Creates a staff account and prints its one-time setup link (valid ${SETUP_LINK_HOURS} hours). Open it to
choose a password and set up the authenticator app (TOTP).

options:
  --email E       the person's e-mail address (their sign-in name)
  --role R        one of: ${ROLES.join(', ')}
  --name N        display name (default: the e-mail address)
  --language L    fr (default) or en
  --help          this text

Uses the configured database (DATABASE_URL, or the embedded one in VIGIE_DATA_DIR) and VIGIE_PUBLIC_URL
for the link.
`;

export type OpenConfigured = () => Promise<{
  config: Config;
  database: Database;
  close: () => Promise<void>;
}>;

/** The configured database, migrated, as `vigie migrate` opens it. */
export const openConfiguredForCli: OpenConfigured = async () => {
  const { loadConfig } = await import('../config.ts');
  const { openConfiguredDatabase } = await import('../../server.ts');
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  await database.migrate();
  return { config, database, close: () => database.close() };
};

export const errorLine = (command: string, error: unknown) =>
  `vigie ${command}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`;

export async function runAdminCreateCommand(
  argv: string[],
  io: CliIo,
  open: OpenConfigured = openConfiguredForCli,
): Promise<number> {
  let values: { email?: string; role?: string; name?: string; language?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        language: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr.write(`${errorLine('admin create', error).trimEnd()} (see vigie admin create --help)\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(ADMIN_CREATE_USAGE);
    return 0;
  }
  if (!values.email || !values.role) {
    io.stderr.write('vigie admin create: --email and --role are required (see vigie admin create --help)\n');
    return 2;
  }
  let opened: Awaited<ReturnType<OpenConfigured>> | undefined;
  try {
    opened = await open();
    const created = await createStaffAccount(
      { db: opened.database.db, publicUrl: opened.config.publicUrl },
      { email: values.email, role: values.role, displayName: values.name ?? '', language: values.language },
      CLI_ACTOR,
    );
    io.stdout.write(
      `created ${created.staff.role} account ${created.staff.email} (${created.staff.id})\n` +
        `one-time setup link, expires in ${SETUP_LINK_HOURS} h:\n${created.setupUrl}\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write(errorLine('admin create', error));
    return 1;
  } finally {
    await opened?.close();
  }
}
