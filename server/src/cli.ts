/**
 * The `vigie` command. Each sub-command lives with its feature; this file only dispatches.
 * Every command prints --help, exits non-zero on failure with a one-line reason on stderr.
 */
type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean };
type Command = {
  summary: string;
  /** Printed by the dispatcher for --help; commands without it answer --help themselves. */
  usage?: string;
  run: (argv: string[], io: Io) => Promise<number>;
};

const START_USAGE = `usage: vigie start

Runs the server: opens the database (the embedded one in VIGIE_DATA_DIR, or the PostgreSQL server
named by DATABASE_URL), applies migrations, starts the background jobs and listens on HOST:PORT.
Configured by environment variables (see the README's Configuration table). Stop it with Ctrl+C or
SIGTERM. Exits non-zero with a one-line reason when it cannot start (port in use, unknown HOST,
database unreachable, embedded database already open in another process).
`;

const commands: Record<string, Command> = {
  start: {
    summary: 'run the server (embedded database unless DATABASE_URL is set)',
    usage: START_USAGE,
    run: async (argv, io) => {
      if (refuseArguments('start', argv, io)) return 2;
      const { start } = await import('./main.ts');
      try {
        await start();
      } catch (error) {
        io.stderr.write(`vigie start: ${oneLine(error)}\n`);
        return 1;
      }
      return -1; // keeps running
    },
  },
  migrate: {
    summary: 'apply database migrations and exit; --grant-to ROLE sets up the server role',
    run: async (argv, io) => (await import('./platform/db/migrate.command.ts')).runMigrateCommand(argv, io),
  },
  'admin create': {
    summary: 'create a staff account and print its one-time setup link',
    run: async (argv, io) =>
      (await import('./platform/auth/admin-create.command.ts')).runAdminCreateCommand(argv, io),
  },
  'audit verify': {
    summary: 'check the audit log hash chain (and checkpoints), name the first broken event',
    run: async (argv, io) =>
      (await import('./platform/audit/audit-verify.command.ts')).runAuditVerifyCommand(argv, io),
  },
  'audit checkpoint': {
    summary: "print the audit chain's signed head, to keep outside the database host",
    run: async (argv, io) =>
      (await import('./platform/audit/audit-checkpoint.command.ts')).runAuditCheckpointCommand(argv, io),
  },
  demo: {
    summary: 'fill an empty database with a realistic synthetic data set',
    run: async (argv, io) => (await import('./features/demo/index.ts')).runDemoCommand(argv, io),
  },
  hash: {
    summary: 'PDQ perceptual hashes of image files: hash,quality,path per line',
    run: async (argv, io) => (await import('./features/hashing/hash.command.ts')).runHashCommand(argv, io),
  },
  'hosting lookup': {
    summary: 'where a URL is hosted (DNS, network, country, CDN, abuse contacts), as JSON',
    run: async (argv, io) =>
      (await import('./features/hosting/hosting-lookup.command.ts')).runHostingLookupCommand(argv, io),
  },
  'geo update': {
    summary: 'refresh the offline country and network databases (npm pack, or --from local copies)',
    run: async (argv, io) =>
      (await import('./features/hosting/geo-update.command.ts')).runGeoUpdateCommand(argv, io),
  },
  'hashes match': {
    summary: 'every pair of hashes within a distance, as CSV query_index,list_index,distance',
    run: async (argv, io) =>
      (await import('./features/hashing/hashes-match.command.ts')).runHashesMatchCommand(argv, io),
  },
  'notices list': {
    summary: 'every notice (proposed, queued, sent…) as JSON: id, items, recipient, state, dates',
    run: async (argv, io) =>
      (await import('./features/notices/notices.command.ts')).runNoticesListCommand(argv, io),
  },
  'notices show': {
    summary: 'one notice as its XARF report, as JSON, or as the e-mail sent (eml)',
    run: async (argv, io) =>
      (await import('./features/notices/notices.command.ts')).runNoticesShowCommand(argv, io),
  },
  'notices batch': {
    summary: 'a police portal batch of a date, as CSV or JSON, one row per item in the portal’s order',
    run: async (argv, io) =>
      (await import('./features/notices/police-batch.command.ts')).runNoticesBatchCommand(argv, io),
  },
  'fetch-check': {
    summary: 'whether the safe fetcher would fetch a URL (resolves and checks, never connects)',
    run: async (argv, io) =>
      (await import('./platform/fetch/fetch-check.command.ts')).runFetchCheckCommand(argv, io),
  },
  stats: {
    summary: 'the annual figures as JSON or CSV, and the printable report as PDF',
    run: async (argv, io) =>
      (await import('./features/statistics/stats.command.ts')).runStatsCommand(argv, io),
  },
};

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h';
const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

function refuseArguments(name: string, argv: string[], io: Io): boolean {
  if (argv.length === 0) return false;
  io.stderr.write(`vigie ${name}: unexpected argument ${argv[0]} (see vigie ${name} --help)\n`);
  return true;
}

function listing(names: string[]): string {
  return names.map((name) => `  ${name.padEnd(16)} ${commands[name]?.summary}`).join('\n');
}

function usage(): string {
  return `usage: vigie <command> [options]\n\ncommands:\n${listing(Object.keys(commands))}\n\nRun "vigie <command> --help" for a command's options.\n`;
}

/** The two-word commands of a group ("admin" → ["admin create"]). */
function subCommandsOf(group: string): string[] {
  return Object.keys(commands).filter((k) => k.startsWith(`${group} `));
}

/** `vigie admin --help` lists the group; `vigie admin` or `vigie admin nonsense` names it in one line. */
function answerGroup(group: string, asked: string | undefined, io: Io): number {
  const members = subCommandsOf(group);
  if (isHelp(asked)) {
    io.stdout.write(
      `usage: vigie ${group} <command> [options]\n\ncommands:\n${listing(members)}\n\nRun "vigie ${group} <command> --help" for a command's options.\n`,
    );
    return 0;
  }
  const problem = asked ? `unknown command "${group} ${asked}".` : `which ${group} command?`;
  io.stderr.write(`vigie: ${problem} Use one of: ${members.map((m) => `vigie ${m}`).join(', ')}.\n`);
  return 2;
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || isHelp(name) || name === 'help') {
    io.stdout.write(usage());
    return name ? 0 : 2;
  }
  // Two-word commands ("admin create", "audit verify", "hashes match") are looked up whole first.
  const twoWords = rest[0] ? `${name} ${rest[0]}` : '';
  if (commands[twoWords]) return runCommand(commands[twoWords], rest.slice(1), io);
  if (subCommandsOf(name).length > 0) return answerGroup(name, rest[0], io);
  const command = commands[name];
  if (!command) {
    io.stderr.write(`vigie: unknown command "${name}". Run "vigie --help" for the list.\n`);
    return 2;
  }
  return runCommand(command, rest, io);
}

async function runCommand(command: Command, args: string[], io: Io): Promise<number> {
  if (command.usage && args.some(isHelp)) {
    io.stdout.write(command.usage);
    return 0;
  }
  return command.run(args, io);
}

/** Every command name, for `--help` and for the test that walks them all. */
export function commandNames(): string[] {
  return Object.keys(commands);
}

export function registerCommand(name: string, command: Command): void {
  commands[name] = command;
}
export type { Command as CliCommand, Io as CliIo };
