/**
 * `vigie fetch-check URL`: what the safe fetcher would do with a URL, without fetching it. It
 * parses the URL, resolves the name once through the configured resolvers (VIGIE_DNS_SERVERS) and
 * classifies every address; it never connects to the URL's host. The two output lines are a public
 * interface (scripts grep them): `allowed <address>` (exit 0) or `refused: <reason>` (exit 1).
 */
import type { CliIo } from '../../cli.ts';
import { loadConfig } from '../config.ts';
import { createConfiguredFetcher } from './index.ts';

export const FETCH_CHECK_USAGE = `usage: vigie fetch-check URL

Says whether the safe fetcher would fetch URL, without fetching it: parses the URL as a browser
does, refuses what is not http or https, carries a user name, uses a port of another protocol or a
local name (localhost, .local, .home.arpa, .internal), resolves the host once through the
configured resolvers (VIGIE_DNS_SERVERS) and classifies every address it resolves to (loopback,
private, link-local, cloud metadata, CGNAT, unique-local, multicast, reserved, documentation…).
Never connects to the URL's host.

output (stdout):
  allowed <address>    the address the fetcher would connect to; exit status 0
  refused: <reason>    why it would not fetch (also when the name does not resolve); exit status 1

exit status: 0 allowed; 1 refused, or the check could not run (reason on stderr); 2 usage error.
`;

export async function runFetchCheckCommand(argv: string[], io: CliIo): Promise<number> {
  if (argv.some((arg) => arg === '--help' || arg === '-h')) {
    io.stdout.write(FETCH_CHECK_USAGE);
    return 0;
  }
  const option = argv.find((arg) => arg.startsWith('--'));
  if (option !== undefined || argv.length !== 1) {
    const problem = option !== undefined ? `unknown option ${option}` : 'give exactly one URL';
    io.stderr.write(`vigie fetch-check: ${problem} (see vigie fetch-check --help)\n`);
    return 2;
  }
  let fetcher: ReturnType<typeof createConfiguredFetcher> | undefined;
  try {
    fetcher = createConfiguredFetcher(loadConfig());
    const result = await fetcher.check(argv[0] as string);
    if (result.ok) {
      io.stdout.write(`allowed ${result.address}\n`);
      return 0;
    }
    io.stdout.write(`refused: ${result.reason}\n`);
    return 1;
  } catch (error) {
    io.stderr.write(
      `vigie fetch-check: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`,
    );
    return 1;
  } finally {
    await fetcher?.close();
  }
}
