/**
 * One queue item on one line: selection, address (ellipsed in the middle, whole on hover and while
 * the row has the focus), category and cues, reports, hosting, age, due, state, claim, actions.
 */
import { useMemo } from 'react';
import type { Catalogue, QueueItem } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { followLink } from '../../router.ts';
import { FittedUrl } from '../../shared/middle-url.tsx';
import { CountryCode } from './country.tsx';
import { ItemStateText, isClosed } from './queue-search.tsx';
import { categoryLabel, hoursSince } from './workspace-shared.ts';

/** "3 déc. 14:05": the day and time without the year, short enough for a column. */
function useShortDate(): (iso: string) => string {
  const { language } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    return (iso: string) => format.format(new Date(iso));
  }, [language]);
}

export type RowProps = {
  item: QueueItem;
  catalogue: Catalogue | undefined;
  staffId: string;
  qualifier: boolean;
  selectable: boolean;
  selected: boolean;
  busy: boolean;
  onSelect(itemId: string, selected: boolean): void;
  onClaim(item: QueueItem): void;
};

export function QueueRow({
  item,
  catalogue,
  staffId,
  qualifier,
  selectable,
  selected,
  busy,
  ...on
}: RowProps) {
  const { t, language, formatDateTime } = useI18n();
  const q = t.workspace.queue;
  const b = t.queueTable;
  const c = b.columns;
  const shortDate = useShortDate();
  const mine = item.claim?.staff_id === staffId;
  const category = categoryLabel(catalogue, item.category, language);
  return (
    <tr data-item-id={item.id} className={item.overdue ? 'row-overdue' : undefined} aria-selected={selected}>
      {selectable ? (
        <td className="col-select">
          <input
            type="checkbox"
            checked={selected}
            onChange={(e) => on.onSelect(item.id, e.target.checked)}
            aria-label={t.queueTable.selectItem(item.url)}
          />
        </td>
      ) : null}
      <th scope="row" className="col-item" data-label={c.item}>
        <FittedUrl url={item.url} />
        {item.origin === 'derived' ? <span className="badge badge-off">{q.derived}</span> : null}
      </th>
      <td className="col-category" data-label={c.category}>
        <span
          className={`badge severity severity-${Math.min(item.severity, 4)}`}
          title={q.severity(item.severity)}
        >
          {item.severity}
          <span className="visually-hidden"> {q.severity(item.severity)}</span>
        </span>
        <span className="cue-category" title={category}>
          {category}
        </span>
        {item.hash_hits > 0 ? <span className="badge badge-warn">{q.hashHit}</span> : null}
        {item.trusted ? <span className="badge badge-info">{q.trusted}</span> : null}
      </td>
      <td className="col-reports num" data-label={c.reports}>
        {item.report_count}
      </td>
      <td className="col-hosting" data-label={c.hosting}>
        {item.hosting_country ? (
          <CountryCode code={item.hosting_country} />
        ) : (
          <span className="muted">{t.hosting.queue.none}</span>
        )}
      </td>
      <td className="col-received" data-label={c.received}>
        <time dateTime={item.first_reported_at} title={b.receivedAt(formatDateTime(item.first_reported_at))}>
          {b.ageShort(hoursSince(item.first_reported_at))}
        </time>
      </td>
      <td className="col-due" data-label={c.due}>
        <time dateTime={item.due_at} title={b.dueAt(formatDateTime(item.due_at))}>
          {item.overdue ? <span className="badge badge-late">{b.late}</span> : shortDate(item.due_at)}
        </time>
      </td>
      <td className="col-state" data-label={c.state} title={t.workspace.states[item.state]}>
        <ItemStateText item={item} catalogue={catalogue} />
      </td>
      <td className="col-claim" data-label={c.claim}>
        {!item.claim ? (
          <span className="muted">{q.nobody}</span>
        ) : mine ? (
          <span className="badge badge-on">{q.you}</span>
        ) : (
          <span className="badge badge-off" title={q.taken(item.claim.display_name)}>
            {item.claim.display_name}
          </span>
        )}
      </td>
      <td className="col-actions" data-label={c.actions}>
        <div className="row-actions">
          {qualifier && !item.claim && !isClosed(item) ? (
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              aria-label={q.claimLabel(item.url)}
              onClick={() => on.onClaim(item)}
            >
              {q.claim}
            </button>
          ) : null}
          <a
            className="button button-small button-secondary open-link"
            href={`/app/items/${item.id}`}
            onClick={followLink(`/items/${item.id}`)}
            aria-label={q.openLabel(item.url)}
          >
            {q.open}
          </a>
        </div>
      </td>
    </tr>
  );
}
