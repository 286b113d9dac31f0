/** The audit log as CSV (platform/csv.ts), one event per line; details as compact JSON in the last column. */
import type { AuditEvent } from '../auth/auth.schemas.ts';
import { toCsv } from '../csv.ts';

const COLUMNS = ['seq', 'at', 'actor', 'action', 'target_type', 'target_id', 'target', 'details'] as const;

export const auditCsv = (events: AuditEvent[]): string =>
  toCsv(
    COLUMNS,
    events.map((e) => [
      e.seq,
      e.at,
      e.actor_label,
      e.action,
      e.target_type,
      e.target_id,
      e.target_label,
      JSON.stringify(e.details),
    ]),
  );
