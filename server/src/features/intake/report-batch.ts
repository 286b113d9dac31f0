/**
 * Group commit for report submissions: reports that arrive while the database is busy are stored
 * together, in one statement and one commit, instead of one commit each. Under load this multiplies
 * what the database can take (one WAL flush and one round trip per batch); when idle a report is
 * stored alone, at once. Every caller still waits for the commit of the statement holding its
 * report: nothing is acknowledged before it is durable.
 */
import type { Queryable } from '../../platform/db/database.ts';
import { insertReports, type ReportRow } from './intake.queries.ts';

/** `add` resolves once the row's statement is committed: true if stored, false if its form token was. */
export type ReportBatcher = { add(row: ReportRow): Promise<boolean> };

type Waiting = { row: ReportRow; resolve: (stored: boolean) => void; reject: (error: unknown) => void };

/**
 * `maxInFlight`: statements running at once (1 on the single-connection embedded database, a few on a
 * server); requests that find them all busy wait and leave together in the next batch.
 */
export function createReportBatcher(
  db: Queryable,
  options: { maxBatch?: number; maxInFlight: number },
): ReportBatcher {
  const maxBatch = options.maxBatch ?? 64;
  const waiting: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;

  async function store(batch: Waiting[]): Promise<void> {
    try {
      const stored = await insertReports(
        db,
        batch.map((w) => w.row),
      );
      for (const w of batch) w.resolve(stored.has(w.row.tracking_code));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      // One bad row (a tracking-code collision) must not fail its neighbours: store them one by one.
      await Promise.all(
        batch.map((w) =>
          insertReports(db, [w.row]).then(
            (stored) => w.resolve(stored.has(w.row.tracking_code)),
            (e) => w.reject(e),
          ),
        ),
      );
    }
  }

  function drain(): void {
    while (waiting.length > 0 && inFlight < options.maxInFlight) {
      const batch = waiting.splice(0, maxBatch);
      inFlight++;
      void store(batch).finally(() => {
        inFlight--;
        drain();
      });
    }
  }

  return {
    add(row) {
      return new Promise<boolean>((resolve, reject) => {
        waiting.push({ row, resolve, reject });
        // Wait for the end of this event-loop turn, so requests parsed together leave together.
        if (!scheduled) {
          scheduled = true;
          setImmediate(() => {
            scheduled = false;
            drain();
          });
        }
      });
    },
  };
}
