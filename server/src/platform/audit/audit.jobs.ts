/**
 * The audit log's daily job: verify the chain inside the running server (with the embedded
 * database, `vigie audit verify` cannot open it while the server runs) and, when
 * VIGIE_AUDIT_CHECKPOINT_FILE is set, append a signed checkpoint of the head to that file. A chain
 * that does not hold is never signed: the job logs the reason at error level, every day, until
 * someone looks. Keep the file away from the database host (docs/adr/0003-audit-chain.md).
 */
import fs from 'node:fs';
import pino from 'pino';
import type { Queryable } from '../db/database.ts';
import type { JobRegistration } from '../jobs/index.ts';
import { signChainHead } from './audit-checkpoint.ts';
import { type AuditKeys, configuredAuditKeys } from './audit-keys.ts';

export const AUDIT_CHECK_JOB = 'audit.check';
/** Every day at 02:17 UTC, away from the other daily jobs; once more at each start. */
const DAILY = '17 2 * * *';

type Log = Pick<pino.Logger, 'info' | 'error'>;

/** Verifies the chain (and the file's earlier checkpoints); appends a new one when `file` is set. */
export async function checkAuditLog(
  db: Queryable,
  keys: AuditKeys,
  file: string | undefined,
  log: Log,
): Promise<boolean> {
  const earlier = file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const signed = await signChainHead(db, earlier, keys);
  if (!signed.ok) {
    log.error({ reason: signed.reason }, `the audit log does not hold: ${signed.reason}`);
    return false;
  }
  if (file) {
    fs.appendFileSync(file, `${signed.line}\n`, { mode: 0o600 });
    log.info({ file }, 'audit chain verified; checkpoint appended');
  } else {
    log.info('audit chain verified');
  }
  return true;
}

export const registerAuditJobs: JobRegistration = async (queue, { config, database }) => {
  const log = pino({ name: 'audit', level: config.logLevel });
  await queue.register(
    AUDIT_CHECK_JOB,
    async () => {
      await checkAuditLog(database.db, configuredAuditKeys(), config.auditCheckpointFile, log);
    },
    { policy: 'short', retryLimit: 2, retryDelaySeconds: 300 },
  );
  await queue.schedule(AUDIT_CHECK_JOB, DAILY, { alsoAtStart: true });
};
