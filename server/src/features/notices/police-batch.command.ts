/**
 * `vigie notices batch --date YYYY-MM-DD --format csv|json [--number N]`: prints a police portal
 * batch's export, exactly the file GET /api/police-batches/:id/export.csv|json serves, audited the
 * same way (actor "cli"). The output format is a public interface.
 */
import { parseArgs } from 'node:util';
import type { CliIo } from '../../cli.ts';
import {
  errorLine,
  type OpenConfigured,
  openConfiguredForCli,
} from '../../platform/auth/admin-create.command.ts';
import { exportPoliceBatch, listPoliceBatches } from './police-batch.service.ts';

export const NOTICES_BATCH_USAGE = `usage: vigie notices batch --date YYYY-MM-DD --format csv|json [--number N]

Prints the police portal batch prepared on a local date (VIGIE_TIME_ZONE), one row per item in the
jurisdiction pack's field order:
  csv    RFC 4180, UTF-8 with a byte order mark, headers in the pack's language
  json   the batch, its fields and its rows
When the date has several batches, --number says which (1, 2…). The export is audited.

options:
  --date D     the batch's local date (required)
  --format F   csv or json (required)
  --number N   which batch of that date (needed when there are several)
  --help       this text

Uses the configured database (DATABASE_URL, or the embedded one in VIGIE_DATA_DIR).
`;

export async function runNoticesBatchCommand(
  argv: string[],
  io: CliIo,
  open: OpenConfigured = openConfiguredForCli,
): Promise<number> {
  let values: { date?: string; format?: string; number?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        date: { type: 'string' },
        format: { type: 'string' },
        number: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr.write(`${errorLine('notices batch', error).trimEnd()} (see vigie notices batch --help)\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(NOTICES_BATCH_USAGE);
    return 0;
  }
  const format = values.format === 'csv' || values.format === 'json' ? values.format : null;
  const problem = !values.date
    ? 'which date? give --date YYYY-MM-DD'
    : !/^\d{4}-\d\d-\d\d$/.test(values.date)
      ? `"${values.date}" is not a date (YYYY-MM-DD)`
      : !format
        ? '--format must be csv or json'
        : values.number !== undefined && !/^[1-9]\d*$/.test(values.number)
          ? `"${values.number}" is not a batch number (1, 2…)`
          : null;
  if (problem || !values.date || !format) {
    io.stderr.write(`vigie notices batch: ${problem} (see vigie notices batch --help)\n`);
    return 2;
  }
  let opened: Awaited<ReturnType<OpenConfigured>> | undefined;
  try {
    opened = await open();
    const ctx = {
      db: opened.database.db,
      timeZone: opened.config.timeZone,
      notifier: opened.config.notifier,
    };
    const batches = await listPoliceBatches(ctx.db, { date: values.date, limit: 1000 });
    const chosen = values.number ? batches.filter((b) => b.number === Number(values.number)) : batches;
    if (chosen.length === 0)
      throw new Error(
        `no police batch on ${values.date}${values.number ? ` numbered ${values.number}` : ''}`,
      );
    if (chosen.length > 1) {
      throw new Error(`${chosen.length} batches on ${values.date}: give --number (1 to ${chosen.length})`);
    }
    const file = await exportPoliceBatch(ctx, chosen[0]?.id ?? '', format, { staffId: null, label: 'cli' });
    io.stdout.write(file.body);
    return 0;
  } catch (error) {
    io.stderr.write(errorLine('notices batch', error));
    return 1;
  } finally {
    await opened?.close();
  }
}
