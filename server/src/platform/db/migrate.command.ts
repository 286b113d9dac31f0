/**
 * `vigie migrate [--grant-to ROLE]`: applies the migrations; with --grant-to, as the owner of a
 * PostgreSQL database, also installs the job queue's tables and grants ROLE what the server needs
 * to run without owning anything (app-role.ts says why).
 */
import { parseArgs } from 'node:util';
import type { CliIo } from '../../cli.ts';
import { errorLine } from '../auth/admin-create.command.ts';
import { installJobQueues } from '../jobs/index.ts';
import { grantApplicationRole } from './app-role.ts';

export const MIGRATE_USAGE = `usage: vigie migrate [--grant-to ROLE]

Applies the database migrations, puts the starting reference data (the partner hotlines) into a
new database, and exits. "vigie start" does both too, when it may.

options:
  --grant-to ROLE   PostgreSQL only, run as the role that owns the tables: also install the job
                    queue's tables and queues, and grant ROLE what the server needs to run as ROLE
                    (reading and writing the data; only SELECT and INSERT on audit_events). ROLE
                    must exist, own no table and not be a superuser. Run it after every upgrade.
  --help            this text

exit status: 0 done; 1 failed (reason on stderr); 2 usage error.
`;

export async function runMigrateCommand(argv: string[], io: CliIo): Promise<number> {
  let values: { 'grant-to'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { 'grant-to': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr.write(`${errorLine('migrate', error).trimEnd()} (see vigie migrate --help)\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(MIGRATE_USAGE);
    return 0;
  }
  const { loadConfig } = await import('../config.ts');
  const { openConfiguredDatabase, jobRegistrations, migrateDatabase } = await import('../../server.ts');
  const role = values['grant-to'];
  let database: Awaited<ReturnType<typeof openConfiguredDatabase>> | undefined;
  try {
    const config = loadConfig();
    if (role !== undefined && !config.databaseUrl) {
      throw new Error(
        '--grant-to needs a PostgreSQL server (DATABASE_URL): the embedded database has no roles',
      );
    }
    database = await openConfiguredDatabase(config);
    await migrateDatabase(database);
    io.stdout.write('migrations applied\n');
    if (role !== undefined) {
      await installJobQueues(database, jobRegistrations, { config });
      await grantApplicationRole(database.db, role);
      io.stdout.write(`granted ${role} what the server needs; audit_events: select, insert only\n`);
    }
    return 0;
  } catch (error) {
    io.stderr.write(errorLine('migrate', error));
    return 1;
  } finally {
    await database?.close();
  }
}
