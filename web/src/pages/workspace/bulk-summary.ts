/** What a bulk action did, grouped for the page: how many were done, which were refused and why. */
import type { BulkResult } from '../../api/queue-bulk-endpoints.ts';

export type SummaryLine = { id: string; url: string; message: string };
export type BulkSummary = { done: number; refused: SummaryLine[]; notes: SummaryLine[] };

export function summarise(results: BulkResult[], urlOf: (id: string) => string | undefined): BulkSummary {
  const line = (r: BulkResult): SummaryLine => ({
    id: r.id,
    url: urlOf(r.id) ?? r.id,
    message: r.reason?.message ?? '',
  });
  return {
    done: results.filter((r) => r.outcome === 'done').length,
    refused: results.filter((r) => r.outcome === 'refused').map(line),
    // Done, with something to know (e.g. the verdict waits for a second analyst).
    notes: results.filter((r) => r.outcome === 'done' && r.reason).map(line),
  };
}
