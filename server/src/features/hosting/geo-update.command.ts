/**
 * `vigie geo update [--from PATH]…`: refreshes the country and ASN databases (geo-update.ts) and
 * prints, per database, its date before → after. Exit 0 when both were checked and installed,
 * 1 with one line on stderr otherwise (nothing is switched then).
 */
import type { CliIo } from '../../cli.ts';
import { loadConfig } from '../../platform/config.ts';
import { type GeoState, type GeoUpdateReport, updateGeoDatabases } from './geo-update.ts';

export const GEO_UPDATE_USAGE = `usage: vigie geo update [--from PATH]...

Refreshes the offline databases hosting look-ups use: the country of an address
(@ip-location-db/geo-whois-asn-country-mmdb) and the network announcing it (@ip-location-db/asn),
without a code update. By default fetches the latest version of both packages with npm pack
(through npm's own registry settings); with --from, reads them from local package tarballs
(.tgz) or folders instead (a package folder, or a folder holding them), for machines with no
access to a registry. Each database is checked before it is used, installed under
VIGIE_DATA_DIR/geo/ and switched to at once; a running server picks it up within a minute.
Data older than the data in use is not installed. Later code updates that bring newer bundled
data win over an older download. Prints each database's date before and after.

options:
  --from PATH   a tarball or folder holding the packages (repeat for several)
  --help        this text
`;

export async function runGeoUpdateCommand(argv: string[], io: CliIo): Promise<number> {
  const from: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    if (arg === '--help' || arg === '-h') {
      io.stdout.write(GEO_UPDATE_USAGE);
      return 0;
    }
    if (arg === '--from' || arg.startsWith('--from=')) {
      const value = arg === '--from' ? argv[++k] : arg.slice('--from='.length);
      if (!value) {
        io.stderr.write('vigie geo update: --from needs a tarball or folder\n');
        return 2;
      }
      from.push(value);
      continue;
    }
    io.stderr.write(`vigie geo update: unexpected argument ${arg} (see vigie geo update --help)\n`);
    return 2;
  }
  const progress = io.isTTY ? (step: string) => io.stderr.write(`\r\x1b[K${step}…`) : undefined;
  try {
    const config = loadConfig();
    const reports = await updateGeoDatabases({
      dataDir: config.dataDir,
      from: from.length > 0 ? from : undefined,
      progress,
    });
    if (progress) io.stderr.write('\r\x1b[K');
    for (const report of reports) io.stdout.write(`${describe(report)}\n`);
    return 0;
  } catch (error) {
    if (progress) io.stderr.write('\r\x1b[K');
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`vigie geo update: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

/** `asn: 2026-06-17 → 2026-07-01 (@ip-location-db/asn 2.3.2026070100; …)` */
function describe(report: GeoUpdateReport): string {
  const was = dateText(report.before);
  const now = dateText(report.after);
  const installed = `${report.package} ${report.installed.version}`;
  if (report.outcome === 'up_to_date') return `${report.kind}: ${was} up to date (${installed})`;
  if (report.outcome === 'older') {
    return `${report.kind}: ${was} kept (the given ${installed} of ${report.installed.date ?? 'unknown date'} is older)`;
  }
  return `${report.kind}: ${was} → ${now} (${installed}${report.detail ? `; ${report.detail}` : ''})`;
}

const dateText = (state: GeoState) => state?.date ?? 'none';
