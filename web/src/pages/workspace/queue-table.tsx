/**
 * The queue as a dense table: one line per item, column headers that change the order (on the
 * server, so pages stay right), a box to select every item shown, and the density the person chose.
 */
import type { RefObject } from 'react';
import type { QueueDensity, QueueSort } from '../../api/queue-bulk-endpoints.ts';
import type { Catalogue, QueueItem } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { TableScroll } from '../../ui.tsx';
import { QueueRow } from './queue-row.tsx';
import { SortHeader } from './queue-sort-header.tsx';

type Props = {
  table: RefObject<HTMLTableElement | null>;
  items: QueueItem[];
  catalogue: Catalogue | undefined;
  staffId: string;
  qualifier: boolean;
  density: QueueDensity;
  sort: QueueSort;
  onSort(sort: QueueSort): void;
  selected: ReadonlySet<string>;
  onSelect(ids: string[], selected: boolean): void;
  busy: string | undefined;
  onClaim(item: QueueItem): void;
};

export function QueueTable({ table, items, sort, onSort, selected, onSelect, ...rest }: Props) {
  const { t } = useI18n();
  const c = t.queueTable.columns;
  const allSelected = items.length > 0 && items.every((i) => selected.has(i.id));
  const header = (key: QueueSort, label: string, full = label) => (
    <SortHeader
      sort={key}
      current={sort}
      label={label}
      full={full}
      className={`col-${key}`}
      onSort={onSort}
    />
  );
  return (
    <TableScroll label={t.workspace.queue.title}>
      <table className={`data-table queue-table queue-${rest.density}`} ref={table}>
        <thead>
          <tr>
            {rest.qualifier ? (
              <th scope="col" className="col-select">
                <input
                  type="checkbox"
                  checked={allSelected}
                  onChange={(e) =>
                    onSelect(
                      items.map((i) => i.id),
                      e.target.checked,
                    )
                  }
                  aria-label={t.queueTable.selectAll(items.length)}
                />
              </th>
            ) : null}
            <th scope="col" className="col-item">
              {c.item}
            </th>
            {header('category', c.category)}
            {header('reports', c.reportsShort, c.reports)}
            <th scope="col" className="col-hosting">
              <span aria-hidden="true">{c.hostingShort}</span>
              <span className="visually-hidden">{c.hosting}</span>
            </th>
            {header('received', c.received)}
            {header('due', c.due)}
            <th scope="col" className="col-state">
              {c.state}
            </th>
            <th scope="col" className="col-claim">
              {c.claim}
            </th>
            <th scope="col" className="col-actions">
              <span className="visually-hidden">{c.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <QueueRow
              key={item.id}
              item={item}
              catalogue={rest.catalogue}
              staffId={rest.staffId}
              qualifier={rest.qualifier}
              selectable={rest.qualifier}
              selected={selected.has(item.id)}
              busy={rest.busy === item.id}
              onSelect={(id, on) => onSelect([id], on)}
              onClaim={rest.onClaim}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
