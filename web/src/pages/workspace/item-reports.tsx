/** What the reports say about the item (when, how, by whom, in which words) and where it came from. */
import type { Catalogue, ItemDetail, PublicStatus } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { followLink } from '../../router.ts';
import { categoryLabel } from './workspace-shared.ts';

export function ItemReports({ detail, catalogue }: { detail: ItemDetail; catalogue: Catalogue | undefined }) {
  const { t, language, formatDateTime } = useI18n();
  const w = t.workspace.item;
  const { item, reports, parent } = detail;
  return (
    <section className="panel" aria-labelledby="reports-title">
      <h2 id="reports-title">
        {w.reports} <span className="count">· {w.reportsCount(reports.length)}</span>
      </h2>
      <dl className="facts">
        <dt>{w.origin}</dt>
        <dd>{t.workspace.origins[item.origin]}</dd>
        <dt>{w.firstReported}</dt>
        <dd>{formatDateTime(item.first_reported_at)}</dd>
        {parent ? (
          <>
            <dt>{w.parent}</dt>
            <dd>
              <a
                href={`/app/items/${parent.id}`}
                onClick={followLink(`/items/${parent.id}`)}
                className="reported-url"
              >
                {parent.url}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <ol className="report-list">
        {reports.map((r) => (
          <li key={r.id}>
            <p className="report-description">
              {r.description ?? <span className="muted">{w.noDescription}</span>}
            </p>
            <dl className="facts">
              <dt>{w.received}</dt>
              <dd>{formatDateTime(r.received_at)}</dd>
              <dt>{w.channel}</dt>
              <dd>{t.workspace.channels[r.channel as keyof typeof t.workspace.channels] ?? r.channel}</dd>
              <dt>{w.reporterKind}</dt>
              <dd>{t.workspace.reporterKinds[r.reporter_kind] ?? r.reporter_kind}</dd>
              <dt>{w.claimedCategory}</dt>
              <dd>{categoryLabel(catalogue, r.claimed_category, language)}</dd>
              <dt>{w.language}</dt>
              <dd>{t.workspace.languages[r.language] ?? r.language}</dd>
              <dt>{w.publicStatus}</dt>
              <dd>{t.workspace.publicStatuses[r.public_status as PublicStatus] ?? r.public_status}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
