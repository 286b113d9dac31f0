/**
 * `vigie demo [--reports N] [--days D] [--seed S] [--until DATE]`: fills an empty database with a realistic
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

export const DEMO_USAGE = `usage: vigie demo [--reports N] [--days D] [--seed S] [--until DATE]

Fills an EMPTY database with a synthetic data set for trying Vigie out: reports over the last two
years across every category, channel and language, and their history — hosting records, verdicts
(four eyes where the law requires them), notices to hosts and platforms, police batches, forwards
to partner hotlines, replies, failures, removal checks with reminders and escalations, reporters
informed — with the recent weeks still in the queue and recent items still being watched. One staff account per role (admin, supervisor, two analysts, liaison officer, auditor) is
created; its e-mail, password and authenticator (TOTP) secret are printed. Refuses a database that
holds any report or staff account. Every web address is under .example or .test, and no mail
leaves the machine.

options:
  --reports N   number of reports (default 3000)
  --days D      how far back they go (default 730)
  --seed S      same seed, same data set (default: random)
  --until DATE  the moment the data set ends, e.g. 2026-11-29T18:00:00Z (default: now); with
                --seed, the same data set whatever the day it is made on
  --help        this text
`;

/**
 * Notices name the hotline's reply address, and their XARF part must hold a valid one. The default
 * configuration has none (no-reply@localhost): the demo's notices then sign with a demo address.
 */
const demoNotifier = (notifier: Config['notifier']): Config['notifier'] =>
  /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(notifier.email)
    ? notifier
    : { ...notifier, email: 'signalement@hotline.example' };

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
  let values: { reports?: string; days?: string; seed?: string; until?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        reports: { type: 'string' },
        days: { type: 'string' },
        seed: { type: 'string' },
        until: { type: 'string' },
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
  const until = values.until === undefined ? undefined : new Date(values.until);
  if (until && (Number.isNaN(until.getTime()) || until.getTime() > Date.now())) {
    io.stderr.write('vigie demo: --until must be a date and time in the past, e.g. 2026-11-29T18:00:00Z\n');
    return 2;
  }
  let opened: Opened | undefined;
  try {
    opened = await open();
    const { config, database } = opened;
    const secretBox = createSecretBox(resolveSecretKey(config.secretKey, config.dataDir));
    const started = performance.now();
    let step = '';
    const summary = await createDemoData(
      {
        db: database.db,
        secretBox,
        contactRetentionDays: config.contactRetentionDays,
        notifier: demoNotifier(config.notifier),
        timeZone: config.timeZone,
        publicUrl: config.publicUrl,
      },
      {
        reports,
        days,
        random: seededRandom(seed),
        ...(until ? { now: until } : {}),
        onProgress: io.isTTY
          ? (name, done, total) => {
              io.stderr.write(`${name !== step && step ? '\n' : '\r'}${name} ${done}/${total}`);
              step = name;
            }
          : undefined,
      },
    );
    if (io.isTTY) io.stderr.write('\n');
    const seconds = (performance.now() - started) / 1000;
    io.stdout.write(describe(summary, config.publicUrl, seconds));
    return 0;
  } catch (error) {
    if (io.isTTY) io.stderr.write('\n');
    io.stderr.write(errorLine(error));
    return 1;
  } finally {
    await opened?.close();
  }
}

const counted = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([state, n]) => `${n} ${state}`)
    .join(', ') || 'none';

function describe(summary: DemoSummary, publicUrl: string, seconds: number): string {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const life = summary.life;
  const noticeTotal = Object.values(life.notices).reduce((a, b) => a + b, 0);
  const forwards = Object.values(life.partnerForwards).reduce((a, b) => a + b, 0);
  const watched = life.monitoring;
  const median = watched.medianHoursToRemoval === null ? '–' : watched.medianHoursToRemoval.toFixed(1);
  const rate = life.qualified > 0 ? Math.round((100 * life.illegal) / life.qualified) : 0;
  const lines = [
    `demo data set created in ${seconds.toFixed(1)} s: ${summary.reports} reports (${day(summary.from)} to ${day(summary.to)}), ${summary.items} items, ${summary.staff.length} staff accounts`,
    `  items qualified: ${life.qualified} (${life.illegal} illegal, ${rate}%); ${life.open} still in the queue`,
    `  notices: ${noticeTotal} (${counted(life.notices)})`,
    `  police batches: ${life.policeBatches.transmitted} transmitted, ${life.policeBatches.prepared} waiting to be handed over`,
    `  partner hotline forwards: ${forwards} (${counted(life.partnerForwards)})`,
    `  reporters informed: ${life.feedback} messages (${life.feedbackEmails} by e-mail)`,
    `  removal monitoring: ${watched.followed} items followed, ${watched.removed} removed (median ${median} h to removal), ${watched.stillOnline} still online; ${watched.reminders} reminders, ${watched.escalations} escalations, ${watched.reappearances} reappearances`,
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
