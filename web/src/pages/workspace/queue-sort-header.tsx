/** A column header that orders the queue: a button, with aria-sort saying the order in force. */
import type { QueueSort } from '../../api/queue-bulk-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** Newest first and most reported first read downwards; the others read upwards. */
const DESCENDING: Record<QueueSort, boolean> = { due: false, received: true, reports: true, category: false };

export function SortHeader(props: {
  sort: QueueSort;
  current: QueueSort;
  label: string;
  /** The column's full name when `label` is an abbreviation. */
  full: string;
  className: string;
  onSort(sort: QueueSort): void;
}) {
  const { t } = useI18n();
  const active = props.sort === props.current;
  const direction = DESCENDING[props.sort] ? 'descending' : 'ascending';
  return (
    <th scope="col" className={props.className} aria-sort={active ? direction : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => props.onSort(props.sort)}
        title={t.queueTable.sortBy(props.full)}
      >
        {props.label === props.full ? (
          props.label
        ) : (
          <>
            <span aria-hidden="true">{props.label}</span>
            <span className="visually-hidden">{props.full}</span>
          </>
        )}
        <span className="sort-mark" aria-hidden="true">
          {active ? (direction === 'descending' ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}
