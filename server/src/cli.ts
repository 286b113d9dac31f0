/**
 * The `vigie` command. Each sub-command lives with its feature; this file only dispatches.
 * Every command prints --help, exits non-zero on failure with a one-line reason on stderr.
 */
type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean };
type Command = { summary: string; run: (argv: string[], io: Io) => Promise<number> };

const commands: Record<string, Command> = {
  start: {
    summary: 'run the server (embedded database unless DATABASE_URL is set)',
    run: async () => {
      const { start } = await import('./main.ts');
      await start();
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
  'hashes match': {
    summary: 'every pair of hashes within a distance, as CSV query_index,list_index,distance',
    run: async (argv, io) =>
      (await import('./features/hashing/hashes-match.command.ts')).runHashesMatchCommand(argv, io),
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(16)} ${c.summary}`);
  return `usage: vigie <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun "vigie <command> --help" for a command's options.\n`;
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name ? 0 : 2;
  }
  // Two-word commands ("admin create", "audit verify", "hashes match") are looked up whole first.
  const twoWords = rest[0] ? `${name} ${rest[0]}` : '';
  const command = commands[twoWords] ?? commands[name];
  if (!command) {
    io.stderr.write(`vigie: unknown command "${name}". Run "vigie --help" for the list.\n`);
    return 2;
  }
  const args = commands[twoWords] ? rest.slice(1) : rest;
  if (!commands[twoWords] && rest[0] && Object.keys(commands).some((k) => k.startsWith(`${name} `))) {
    io.stderr.write(`vigie: unknown command "${name} ${rest[0]}". Run "vigie --help" for the list.\n`);
    return 2;
  }
  return command.run(args, io);
}

export function registerCommand(name: string, command: Command): void {
  commands[name] = command;
}
export type { Command as CliCommand, Io as CliIo };
