/** What a bulk action did, grouped for the page: how many were done, which were refused and why. */

import type { BulkResult } from '../../api/queue-bulk-endpoints.ts';
import type { Messages } from '../../i18n/fr.ts';

export type SummaryLine = { id: string; url: string; message: string };
export type BulkSummary = { done: number; refused: SummaryLine[]; notes: SummaryLine[] };

type Reason = NonNullable<BulkResult['reason']>;

/**
 * `describe` says a reason in the person's language (the server's message is English); the summary
 * falls back to the server's message when it has no words of its own for a code.
 */
export function summarise(
  results: BulkResult[],
  urlOf: (id: string) => string | undefined,
  describe: (reason: Reason) => string | undefined = () => undefined,
): BulkSummary {
  const line = (r: BulkResult): SummaryLine => ({
    id: r.id,
    url: urlOf(r.id) ?? r.id,
    message: r.reason ? (describe(r.reason) ?? r.reason.message) : '',
  });
  return {
    done: results.filter((r) => r.outcome === 'done').length,
    refused: results.filter((r) => r.outcome === 'refused').map(line),
    // Done, with something to know (e.g. the verdict waits for a second analyst).
    notes: results.filter((r) => r.outcome === 'done' && r.reason).map(line),
  };
}

/** A reason in the interface's language: the bulk actions' own words, then the workspace's errors. */
export function reasonText(reason: Reason, t: Messages): string | undefined {
  const holder = (reason.details?.claim as { display_name?: unknown } | undefined)?.display_name;
  if (reason.code === 'item.claimed' && typeof holder === 'string') return t.workspace.claimHeldBy(holder);
  return t.queueTable.reasons[reason.code] ?? t.workspace.errors[reason.code];
}
