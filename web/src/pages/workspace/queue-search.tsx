/**
 * "Have we seen this before?" in one step: the queue's search box. It takes a tracking code, an
 * address, a domain, a SHA-256, MD5 or PDQ hash or a piece of an address; the server decides which
 * (features/triage/queue-search.ts) and says so, and this box words it: "3 items match the domain
 * example.com, 1 already assessed". The search is kept in the page's address (?q=), so it can be
 * shared and survives a reload; "/" brings the focus here (queue-keys.tsx). A search finds items in
 * every state, so a row also says its verdict when there is one (ItemStateText).
 */
import { type FormEvent, type KeyboardEvent, useCallback, useId, useRef, useState } from 'react';
import type { QueueSearchAnswer } from '../../api/queue-search-endpoints.ts';
import type { Catalogue, QueueItem, QueueResponse } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { verdictLabel } from './workspace-shared.ts';

type Found = { search: QueueSearchAnswer; total: number };

const searchInAddress = () => new URLSearchParams(window.location.search).get('q')?.trim() ?? '';

function keepInAddress(q: string): void {
  const query = new URLSearchParams(window.location.search);
  if (q) query.set('q', q);
  else query.delete('q');
  const rest = query.toString();
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${rest ? `?${rest}` : ''}`,
  );
}

/** The search in force (the address's ?q=) and what the server last said about it. */
export function useQueueSearch() {
  const [q, setQ] = useState(searchInAddress);
  // Read by the page's loader, which may run before React renders the new value.
  const current = useRef(q);
  const input = useRef<HTMLInputElement>(null);
  const [found, setFound] = useState<Found | null>(null);
  const params = useCallback(() => ({ q: current.current }), []);
  const set = useCallback((next: string) => {
    current.current = next;
    setQ(next);
    setFound(null);
    keepInAddress(next);
  }, []);
  /** The first page of an answer carries the total and what the search was read as. */
  const answered = useCallback((page: QueueResponse) => {
    if (page.total !== null) setFound(page.search ? { search: page.search, total: page.total } : null);
  }, []);
  const focus = useCallback(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return { q, found, input, params, set, answered, focus };
}

export type QueueSearchState = ReturnType<typeof useQueueSearch>;

export function QueueSearch({ search, onSearch }: { search: QueueSearchState; onSearch(): void }) {
  const { t } = useI18n();
  const s = t.queueSearch;
  const id = useId();
  const [draft, setDraft] = useState(search.q);

  const run = (text: string) => {
    search.set(text.trim());
    onSearch();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(draft);
  };
  const clear = () => {
    setDraft('');
    if (search.q) run('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    clear();
  };

  return (
    <search className="queue-search">
      <form className="queue-search-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={id}>{s.label}</label>
          <div className="hint" id={`${id}-hint`}>
            {s.hint}
          </div>
          <input
            id={id}
            ref={search.input}
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
            placeholder={s.placeholder}
            aria-describedby={`${id}-hint`}
            maxLength={2048}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
          />
        </div>
        <button type="submit" className="button">
          {s.submit}
        </button>
        {search.q ? (
          <button type="button" className="button button-secondary" onClick={clear}>
            {s.clear}
          </button>
        ) : null}
      </form>
      {search.found ? <SearchOutcome found={search.found} /> : null}
    </search>
  );
}

function SearchOutcome({ found }: { found: Found }) {
  const { t } = useI18n();
  const s = t.queueSearch;
  const what = s.what(found.search);
  if (found.total === 0) {
    return (
      <div className="search-outcome search-empty" role="status">
        <p className="strong">{s.none(what)}</p>
        <p className="muted">{s.noneHint}</p>
      </div>
    );
  }
  return (
    <p className="search-outcome" role="status">
      {s.found(found.total, what, found.search.assessed ?? 0)}
    </p>
  );
}

/** Assessed: found by a search, but nothing to claim (the server answers 409 item.closed). */
export const isClosed = (item: QueueItem) => item.state === 'assessed';

/** A row's state, with its verdict once there is one: a search shows closed items too. */
export function ItemStateText({ item, catalogue }: { item: QueueItem; catalogue: Catalogue | undefined }) {
  const { t, language } = useI18n();
  const state = t.workspace.states[item.state];
  if (!item.verdict) return state;
  const text = t.queueSearch.verdict(state, verdictLabel(catalogue, item.verdict, language));
  return isClosed(item) ? <span className="badge badge-closed">{text}</span> : text;
}
