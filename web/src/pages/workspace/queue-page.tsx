/**
 * The assessment queue: open items in the server's priority order with their cues (category and
 * severity, hash-list hit, trusted reporter, repeats, age against the service target) and hosting
 * country, filters (hosting among them) and saved views, "load more" by cursor, and claiming (then
 * straight to the item).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { queueSearchApi } from '../../api/queue-search-endpoints.ts';
import type { QueueFilters, QueueItem, QueueView } from '../../api/types.ts';
import { itemsApi, queueApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { followLink, navigate } from '../../router.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Loading, StatusMessage, TableScroll, useFocusHeading } from '../../ui.tsx';
import { CountryCode } from './country.tsx';
import { QueueFiltersBar } from './queue-filters.tsx';
import { QueueKeysHelp, useQueueKeys } from './queue-keys.tsx';
import { ItemStateText, isClosed, QueueSearch, useQueueSearch } from './queue-search.tsx';
import {
  categoryLabel,
  hoursSince,
  useCatalogue,
  useStatus,
  useWorkspaceErrors,
} from './workspace-shared.ts';

export function QueuePage() {
  const { t, language, formatDateTime } = useI18n();
  const q = t.workspace.queue;
  const { staff } = useSignedIn();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [error, fail, setError] = useWorkspaceErrors();
  const catalogue = useCatalogue(fail);
  const [filters, setFilters] = useState<QueueFilters>({});
  const [viewId, setViewId] = useState('');
  const [views, setViews] = useState<QueueView[]>([]);
  const [items, setItems] = useState<QueueItem[]>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [busy, setBusy] = useState<string>();
  const [status, setStatus] = useStatus();
  const request = useRef(0);
  const table = useRef<HTMLTableElement>(null);
  const [help, setHelp] = useState(false);
  const [total, setTotal] = useState(0);
  const qualifier = can(staff, 'qualify');
  const search = useQueueSearch();
  const { params: searchParams, answered } = search;

  const load = useCallback(
    (next: QueueFilters) => {
      const mine = ++request.current;
      setItems(undefined);
      queueSearchApi.list(next, searchParams()).then((page) => {
        if (mine !== request.current) return;
        answered(page);
        setItems(page.items);
        setCursor(page.next_cursor);
        setTotal(page.total ?? page.items.length);
      }, fail);
    },
    [fail, searchParams, answered],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: load once; filters reload explicitly
  useEffect(() => {
    load({});
    queueApi.views().then((r) => setViews(r.views), fail);
  }, []);

  const changeFilters = (next: QueueFilters) => {
    setError(undefined);
    setFilters(next);
    setViewId('');
    load(next);
  };

  const pickView = (id: string) => {
    const view = views.find((v) => v.id === id);
    setViewId(id);
    const next = view ? { ...view.filters } : {};
    setFilters(next);
    load(next);
  };

  const saveView = async (name: string) => {
    setError(undefined);
    try {
      const { view } = await queueApi.saveView({ name, filters });
      setViews((list) => [...list, view]);
      setViewId(view.id);
      setStatus((m) => m.workspace.queue.viewSaved(view.name));
      return true;
    } catch (err) {
      fail(err);
      return false;
    }
  };

  const deleteView = async (view: QueueView) => {
    setError(undefined);
    try {
      await queueApi.deleteView(view.id);
      setViews((list) => list.filter((v) => v.id !== view.id));
      setViewId('');
      setStatus((m) => m.workspace.queue.viewDeleted(view.name));
    } catch (err) {
      fail(err);
    }
  };

  const loadMore = async () => {
    if (!cursor) return;
    try {
      const page = await queueSearchApi.list(filters, searchParams(), cursor);
      setItems((list) => [...(list ?? []), ...page.items]);
      setCursor(page.next_cursor);
    } catch (err) {
      fail(err);
    }
  };

  const claim = async (item: QueueItem) => {
    setError(undefined);
    setBusy(item.id);
    try {
      await itemsApi.claim(item.id);
      navigate(`/items/${item.id}`);
    } catch (err) {
      fail(err);
      load(filters);
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
    toggleHelp: () => setHelp((shown) => !shown),
    focusSearch: search.focus,
  });

  const claimCell = (item: QueueItem) => {
    if (!item.claim) return <span className="muted">{q.nobody}</span>;
    if (item.claim.staff_id === staff.id) return <span className="badge badge-on">{q.you}</span>;
    return <span className="badge badge-off">{q.taken(item.claim.display_name)}</span>;
  };

  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {q.title}
      </h1>
      <p className="lead">{q.intro}</p>
      {!qualifier ? <p className="message message-info">{q.readOnly}</p> : null}
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
      <p className="muted keys-hint">
        <button type="button" className="link-button" onClick={() => setHelp((shown) => !shown)}>
          {q.keys.hint}
        </button>
      </p>
      {help ? <QueueKeysHelp onClose={() => setHelp(false)} /> : null}
      <QueueSearch search={search} onSearch={() => load(filters)} />
      <QueueFiltersBar
        catalogue={catalogue}
        filters={filters}
        onFilters={changeFilters}
        views={views}
        viewId={viewId}
        onPickView={pickView}
        onSaveView={saveView}
        onDeleteView={deleteView}
      />
      {!items && !error ? <Loading /> : null}
      {items && items.length === 0 && !search.q ? <p className="muted">{q.empty}</p> : null}
      {items && items.length > 0 ? (
        <>
          <p className="count" aria-live="polite">
            {q.count(items.length, total)}
          </p>
          <TableScroll label={q.title}>
            <table className="data-table queue-table" ref={table}>
              <thead>
                <tr>
                  <th scope="col">{q.item}</th>
                  <th scope="col">{q.cues}</th>
                  <th scope="col">{t.hosting.queue.column}</th>
                  <th scope="col">{q.waiting}</th>
                  <th scope="col">{q.state}</th>
                  <th scope="col">{q.claimedBy}</th>
                  <th scope="col">{q.actions}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => {
                  const takenByOther = item.claim !== null && item.claim.staff_id !== staff.id;
                  return (
                    <tr
                      key={item.id}
                      data-item-id={item.id}
                      className={item.overdue ? 'row-overdue' : undefined}
                    >
                      <th scope="row" data-label={q.item}>
                        <span className="reported-url">{item.url}</span>
                        {item.origin === 'derived' ? (
                          <span className="badge badge-off">{q.derived}</span>
                        ) : null}
                      </th>
                      <td data-label={q.cues}>
                        <span className="cue-category">
                          {categoryLabel(catalogue, item.category, language)}
                        </span>
                        <span className="cues">
                          <span className={`badge severity severity-${Math.min(item.severity, 4)}`}>
                            {q.severity(item.severity)}
                          </span>
                          {item.hash_hits > 0 ? <span className="badge badge-warn">{q.hashHit}</span> : null}
                          {item.trusted ? <span className="badge badge-info">{q.trusted}</span> : null}
                          {item.report_count > 1 ? (
                            <span className="badge badge-off">{q.repeats(item.report_count)}</span>
                          ) : null}
                        </span>
                      </td>
                      <td data-label={t.hosting.queue.column}>
                        {item.hosting_country ? (
                          <CountryCode code={item.hosting_country} />
                        ) : (
                          <span className="muted">{t.hosting.queue.none}</span>
                        )}
                      </td>
                      <td data-label={q.waiting}>
                        <span className="age">{t.workspace.age(hoursSince(item.first_reported_at))}</span>
                        {item.overdue ? (
                          <span className="badge badge-late">{q.overdue}</span>
                        ) : (
                          <span className="due muted">{q.dueIn(formatDateTime(item.due_at))}</span>
                        )}
                      </td>
                      <td data-label={q.state}>
                        <ItemStateText item={item} catalogue={catalogue} />
                      </td>
                      <td data-label={q.claimedBy}>{claimCell(item)}</td>
                      <td data-label={q.actions}>
                        <div className="row-actions">
                          {qualifier &&
                          !takenByOther &&
                          !isClosed(item) &&
                          item.claim?.staff_id !== staff.id ? (
                            <button
                              type="button"
                              className="button button-small"
                              disabled={busy === item.id}
                              aria-label={q.claimLabel(item.url)}
                              onClick={() => claim(item)}
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
                })}
              </tbody>
            </table>
          </TableScroll>
          {cursor ? (
            <button type="button" className="button button-secondary" onClick={loadMore}>
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
