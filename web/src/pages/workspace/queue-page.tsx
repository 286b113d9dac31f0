/**
 * The assessment queue: open items in the chosen order (priority by default) as a dense table with
 * their cues, filters and saved views, "load more" by cursor, claiming (then straight to the item),
 * the keyboard (queue-keys.tsx), a density kept per person, bulk actions on the items ticked, and a
 * search over every item, closed ones too (queue-search.tsx).
 */
import { useRef, useState } from 'react';
import type { QueueFilters, QueueItem } from '../../api/types.ts';
import { itemsApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { navigate } from '../../router.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Loading, StatusMessage, useFocusHeading } from '../../ui.tsx';
import { QueueBulkBar } from './queue-bulk-bar.tsx';
import { QueueBulkSummaryPanel } from './queue-bulk-summary.tsx';
import { DensityToggle, useQueueDensity } from './queue-density.tsx';
import { QueueFiltersBar } from './queue-filters.tsx';
import { QueueKeysHelp, useQueueKeys } from './queue-keys.tsx';
import { isClosed, QueueSearch, useQueueSearch } from './queue-search.tsx';
import { QueueTable } from './queue-table.tsx';
import { useQueueList, useQueueSort } from './use-queue-list.ts';
import { useQueueSelection } from './use-queue-selection.ts';
import { useQueueViews } from './use-queue-views.ts';
import { useCatalogue, useStatus, useWorkspaceErrors } from './workspace-shared.ts';

export function QueuePage() {
  const { t } = useI18n();
  const q = t.workspace.queue;
  const { staff } = useSignedIn();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [error, fail, setError] = useWorkspaceErrors();
  const catalogue = useCatalogue(fail);
  const [status, setStatus] = useStatus();
  const [filters, setFilters] = useState<QueueFilters>({});
  const [viewId, setViewId] = useState('');
  const [sort, setSort] = useQueueSort();
  const [density, setDensity] = useQueueDensity(fail);
  const search = useQueueSearch();
  const list = useQueueList(filters, sort, { q: search.q }, { error: fail, firstPage: search.answered });
  const views = useQueueViews({ onError: fail, onStatus: setStatus, onCurrent: setViewId });
  const selection = useQueueSelection(list.items);
  const [busy, setBusy] = useState<string>();
  const [help, setHelp] = useState(false);
  const table = useRef<HTMLTableElement>(null);
  const qualifier = can(staff, 'qualify');
  const mayAssign = can(staff, 'reassign');
  // The rows wait for the person's density, so they do not jump from one density to the other.
  const items = density ? list.items : undefined;

  const changeFilters = (next: QueueFilters, view = '') => {
    setError(undefined);
    setFilters(next);
    setViewId(view);
    selection.clear();
  };

  const claim = async (item: QueueItem) => {
    setError(undefined);
    setBusy(item.id);
    try {
      await itemsApi.claim(item.id);
      navigate(`/items/${item.id}`);
    } catch (err) {
      fail(err);
      void list.reload();
    } finally {
      setBusy(undefined);
    }
  };

  useQueueKeys(table, {
    claim: (itemId) => {
      const item = items?.find((i) => i.id === itemId);
      if (item && qualifier && !isClosed(item) && (!item.claim || item.claim.staff_id === staff.id))
        void claim(item);
    },
    select: selection.toggle,
    toggleHelp: () => setHelp((shown) => !shown),
    focusSearch: search.focus,
  });

  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {q.title}
      </h1>
      <p className="lead">{q.intro}</p>
      {!qualifier ? <p className="message message-info">{q.readOnly}</p> : null}
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
      <div className="queue-tools">
        <button type="button" className="link-button keys-hint" onClick={() => setHelp((shown) => !shown)}>
          {q.keys.hint}
        </button>
        <DensityToggle density={density} onChange={setDensity} />
      </div>
      {help ? <QueueKeysHelp onClose={() => setHelp(false)} /> : null}
      <QueueSearch search={search} onSearch={selection.clear} />
      <QueueFiltersBar
        catalogue={catalogue}
        filters={filters}
        onFilters={(next) => changeFilters(next)}
        views={views.views}
        viewId={viewId}
        onPickView={(id) => changeFilters({ ...views.views.find((v) => v.id === id)?.filters }, id)}
        onSaveView={(name) => views.save(name, filters)}
        onDeleteView={views.remove}
      />
      {selection.summary ? (
        <QueueBulkSummaryPanel summary={selection.summary} onDismiss={selection.dismissSummary} />
      ) : null}
      <QueueBulkBar
        selected={selection.selectedItems}
        mayClaim={qualifier}
        mayAssign={mayAssign}
        onDone={(response) => {
          selection.done(response);
          void list.reload();
        }}
        onError={(err, known) => (known ? setError(known) : fail(err))}
        onClear={selection.clear}
      />
      {!items && !list.failed ? <Loading /> : null}
      {items && items.length === 0 && !search.q ? <p className="muted">{q.empty}</p> : null}
      {items && items.length > 0 ? (
        <>
          <p className="count" aria-live="polite">
            {q.count(items.length, list.total)}
          </p>
          <QueueTable
            table={table}
            items={items}
            catalogue={catalogue}
            staffId={staff.id}
            qualifier={qualifier || mayAssign}
            density={density ?? 'comfortable'}
            sort={sort}
            onSort={setSort}
            selected={selection.selected}
            onSelect={selection.select}
            busy={busy}
            onClaim={claim}
          />
          {list.hasMore ? (
            <button type="button" className="button button-secondary" onClick={() => void list.loadMore()}>
              {q.loadMore}
            </button>
          ) : (
            <p className="muted">{q.end}</p>
          )}
        </>
      ) : null}
    </section>
  );
}
