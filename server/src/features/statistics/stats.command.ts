/**
 * `vigie stats --year Y --format json|csv [--pdf FILE]`: the annual figures for scripts, spreadsheets
 * and the printed report. The figures are refreshed first, so the output is as of now. The JSON keys
 * and CSV section names are a public interface (stats.schemas.ts documents them).
 */
import { parseArgs } from 'node:util';
import type { CliIo } from '../../cli.ts';
import {
  errorLine,
  type OpenConfigured,
  openConfiguredForCli,
} from '../../platform/auth/admin-create.command.ts';
import { AppError } from '../../platform/errors.ts';
import { isLanguage } from '../../platform/i18n/language.ts';
import { refreshStatistics } from './statistics-refresh.ts';
import { computeStatistics } from './stats.service.ts';
import { reportCsv, statsTables, tableCsv } from './stats-csv.ts';
import { writeReportPdf } from './stats-pdf.ts';
import { resolveStatsQuery } from './stats-query.ts';

export const STATS_USAGE = `usage: vigie stats --year Y [--format json|csv] [--pdf FILE]
       vigie stats --from YYYY-MM-DD --to YYYY-MM-DD [options]

Prints the hotline's figures for a year (local calendar year in VIGIE_TIME_ZONE) or a period:
reports, items, categories, channels, illegality rate, notices to the police, hosts and partner
hotlines, removal rate and times, hosting countries, top-level domains, services, hate speech by
ground, terrorism, backlog, and the EU DSA trusted-flagger figures. The JSON keys are documented in
the API (GET /api/stats) and stay stable.

options:
  --year Y          a calendar year (default: the current one)
  --from D --to D   a period instead, local dates, both included
  --category IDS    only these categories of the pack (comma-separated ids)
  --format F        json (default) or csv: one table per section, each after a "# name" line
  --section NAME    with csv: that section alone (e.g. by_month, removal, dsa_by_provider)
  --pdf FILE        also write the printable report to FILE (headless chromium: VIGIE_CHROMIUM)
  --lang L          the PDF's language, fr or en (default fr)
  --help            this text

Uses the configured database (DATABASE_URL, or the embedded one in VIGIE_DATA_DIR).
`;

export async function runStatsCommand(
  argv: string[],
  io: CliIo,
  open: OpenConfigured = openConfiguredForCli,
): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        year: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        category: { type: 'string' },
        format: { type: 'string' },
        section: { type: 'string' },
        pdf: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    io.stderr.write(`${errorLine('stats', error).trimEnd()} (see vigie stats --help)\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(STATS_USAGE);
    return 0;
  }
  const format = (values.format as string | undefined) ?? 'json';
  const lang = values.lang ?? 'fr';
  const year = values.year === undefined ? undefined : Number(values.year);
  const problem =
    format !== 'json' && format !== 'csv'
      ? '--format must be json or csv'
      : values.section !== undefined && format !== 'csv'
        ? '--section goes with --format csv'
        : year !== undefined && !Number.isInteger(year)
          ? '--year must be a whole number'
          : null;
  if (problem || !isLanguage(lang)) {
    io.stderr.write(`vigie stats: ${problem ?? '--lang must be fr or en'} (see vigie stats --help)\n`);
    return 2;
  }
  let opened: Awaited<ReturnType<OpenConfigured>> | undefined;
  try {
    opened = await open();
    const { config, database } = opened;
    const query = resolveStatsQuery(
      {
        year,
        from: values.from as string | undefined,
        to: values.to as string | undefined,
        category: values.category as string | undefined,
      },
      config.timeZone,
    );
    if (io.isTTY) io.stderr.write('vigie stats: refreshing the figures…\n');
    await refreshStatistics(database.db);
    const report = await computeStatistics(database.db, query);
    if (format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else if (values.section === undefined) io.stdout.write(reportCsv(report));
    else {
      const section = statsTables(report).find((t) => t.name === values.section);
      if (!section) {
        const names = statsTables(report).map((t) => t.name);
        io.stderr.write(`vigie stats: no section "${values.section}"; sections: ${names.join(', ')}\n`);
        return 2;
      }
      io.stdout.write(tableCsv(section));
    }
    if (typeof values.pdf === 'string') {
      if (io.isTTY) io.stderr.write('vigie stats: printing the report…\n');
      await writeReportPdf(report, values.pdf, { chromium: config.capture.chromium, language: lang });
      io.stderr.write(`vigie stats: report written to ${values.pdf}\n`);
    }
    return 0;
  } catch (error) {
    io.stderr.write(errorLine('stats', error instanceof AppError ? error.message : error));
    return error instanceof AppError ? 2 : 1;
  } finally {
    await opened?.close();
  }
}
