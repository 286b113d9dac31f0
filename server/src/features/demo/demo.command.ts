/**
 * `vigie demo [--reports N] [--days D] [--seed S]`: fills an empty database with a realistic
 * synthetic data set and prints the demo staff credentials. Progress goes to stderr in a terminal.
 */
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import type { CliIo } from '../../cli.ts';
import type { Config } from '../../platform/config.ts';
import { createSecretBox, resolveSecretKey } from '../../platform/crypto/secret-box.ts';
import type { Database } from '../../platform/db/database.ts';
import { createDemoData, type DemoSummary } from './demo.service.ts';
import { seededRandom } from './demo-data.ts';

export const DEMO_USAGE = `usage: vigie demo [--reports N] [--days D] [--seed S]

Fills an EMPTY database with a synthetic data set for trying Vigie out: reports over the last two
years across every category, channel and language, with statuses that match their age, and one
staff account per role (admin, supervisor, two analysts, liaison officer, auditor) whose e-mail,
password and authenticator (TOTP) secret are printed. Refuses a database that holds any report or
staff account. Every web address is under .example or .test.

options:
  --reports N   number of reports (default 3000)
  --days D      how far back they go (default 730)
  --seed S      same seed, same data set (default: random)
  --help        this text
`;

type Opened = { config: Config; database: Database; close(): Promise<void> };

/** The configured database, migrated, as `vigie start` would open it. */
async function openConfigured(): Promise<Opened> {
  const { loadConfig } = await import('../../platform/config.ts');
  const { openConfiguredDatabase } = await import('../../server.ts');
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  await database.migrate();
  return { config, database, close: () => database.close() };
}

const errorLine = (error: unknown) =>
  `vigie demo: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`;

export async function runDemoCommand(
  argv: string[],
  io: CliIo,
  open: () => Promise<Opened> = openConfigured,
): Promise<number> {
  let values: { reports?: string; days?: string; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        reports: { type: 'string' },
        days: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr.write(`${errorLine(error).trimEnd()} (see vigie demo --help)\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(DEMO_USAGE);
    return 0;
  }
  const reports = Number(values.reports ?? 3000);
  const days = Number(values.days ?? 730);
  const seed = values.seed === undefined ? crypto.randomInt(2 ** 31) : Number(values.seed);
  if (![reports, days, seed].every(Number.isSafeInteger) || reports < 2 || reports > 1_000_000 || days < 1) {
    io.stderr.write('vigie demo: --reports (2 to 1000000), --days (≥ 1) and --seed must be whole numbers\n');
    return 2;
  }
  let opened: Opened | undefined;
  try {
    opened = await open();
    const { config, database } = opened;
    const secretBox = createSecretBox(resolveSecretKey(config.secretKey, config.dataDir));
    const summary = await createDemoData(
      { db: database.db, secretBox, contactRetentionDays: config.contactRetentionDays },
      {
        reports,
        days,
        random: seededRandom(seed),
        onProgress: io.isTTY ? (done, total) => io.stderr.write(`\rreports ${done}/${total}`) : undefined,
      },
    );
    if (io.isTTY) io.stderr.write('\n');
    io.stdout.write(describe(summary, config.publicUrl));
    return 0;
  } catch (error) {
    if (io.isTTY) io.stderr.write('\n');
    io.stderr.write(errorLine(error));
    return 1;
  } finally {
    await opened?.close();
  }
}

function describe(summary: DemoSummary, publicUrl: string): string {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const lines = [
    `demo data set created: ${summary.reports} reports (${day(summary.from)} to ${day(summary.to)}), ${summary.items} items, ${summary.staff.length} staff accounts`,
    '',
    `staff accounts (sign in at ${publicUrl}/app; demo only — never use these on a real hotline):`,
  ];
  for (const person of summary.staff) {
    lines.push(
      `  ${person.role.padEnd(16)} ${person.email.padEnd(28)} password ${person.password}  TOTP secret ${person.totpSecret}`,
      `  ${''.padEnd(16)} ${person.otpauthUrl}`,
    );
  }
  if (summary.sample) {
    lines.push(
      '',
      `a report to follow on the public status page: tracking code ${summary.sample.trackingCode}, secret ${summary.sample.secret}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
