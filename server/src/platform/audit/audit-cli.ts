/**
 * What `vigie audit verify` and `vigie audit checkpoint` share: opening the configured database
 * without migrating it or writing to it (they only check), and the audit keys from the secret key
 * that must already exist (a new key would make every event look forged).
 */
import { parseArgs } from 'node:util';
import type { CliIo } from '../../cli.ts';
import { errorLine, type OpenConfigured } from '../auth/admin-create.command.ts';
import type { Config } from '../config.ts';
import { readSecretKey } from '../crypto/secret-box.ts';
import { type AuditKeys, deriveAuditKeys } from './audit-keys.ts';

export const openAuditForCli: OpenConfigured = async () => {
  const { loadConfig } = await import('../config.ts');
  const { openConfiguredDatabase } = await import('../../server.ts');
  const config = loadConfig();
  readAuditKeys(config); // before opening: opening would create a key file where there is none
  const database = await openConfiguredDatabase(config);
  return { config, database, close: () => database.close() };
};

export function readAuditKeys(config: Config): AuditKeys {
  const secretKey = readSecretKey(config.secretKey, config.dataDir);
  if (!secretKey) {
    throw new Error(
      `no secret key: set VIGIE_SECRET_KEY, or VIGIE_DATA_DIR to the folder that holds secret.key (looked in ${config.dataDir})`,
    );
  }
  return deriveAuditKeys(secretKey);
}

/** Parses `--<option> FILE` / `--help`; null after writing a usage error (exit 2). */
export function parseAuditArgs(
  command: string,
  argv: string[],
  option: string,
  io: CliIo,
): { file?: string; help: boolean } | null {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { [option]: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    const file = values[option];
    return { file: typeof file === 'string' ? file : undefined, help: values.help === true };
  } catch (error) {
    io.stderr.write(`${errorLine(command, error).trimEnd()} (see vigie ${command} --help)\n`);
    return null;
  }
}
