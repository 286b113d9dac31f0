/** What the last bulk action did: how many done, which were refused and why (with a link to each). */
import { useI18n } from '../../i18n/i18n.tsx';
import { followLink } from '../../router.ts';
import { MiddleUrl } from '../../shared/middle-url.tsx';
import type { BulkSummary, SummaryLine } from './bulk-summary.ts';

function Lines({ title, lines }: { title: string; lines: SummaryLine[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="bulk-lines">
        {lines.map((line) => (
          <li key={line.id}>
            <a href={`/app/items/${line.id}`} onClick={followLink(`/items/${line.id}`)}>
              <MiddleUrl url={line.url} max={56} />
            </a>
            <span> — {line.message}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function QueueBulkSummaryPanel(props: { summary: BulkSummary; onDismiss(): void }) {
  const { t } = useI18n();
  const b = t.queueTable;
  const { done, refused, notes } = props.summary;
  return (
    <section
      className={`panel bulk-summary ${refused.length ? 'message-warning' : ''}`}
      aria-labelledby="bulk-summary-title"
      role="status"
    >
      <h2 id="bulk-summary-title">{b.summaryTitle}</h2>
      <p className="bulk-summary-counts">{b.summary(done, refused.length)}</p>
      <Lines title={b.refusedTitle} lines={refused} />
      <Lines title={b.notesTitle} lines={notes} />
      <button type="button" className="button button-small button-secondary" onClick={props.onDismiss}>
        {b.dismiss}
      </button>
    </section>
  );
}
