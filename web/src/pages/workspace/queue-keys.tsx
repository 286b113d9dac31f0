/**
 * The queue from the keyboard: j and k move between rows (focus goes to the row's "open" link, so
 * Enter opens the item the browser's own way), c claims the row in focus, x ticks or unticks it for
 * a bulk action, / goes to the search box, ? shows or hides the list of keys. Keys typed into a
 * field, or with Ctrl, Alt or Cmd, are left alone (a row's tick box is not a field: j and k go on
 * from it).
 */
import { type RefObject, useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

const TYPING = 'input:not([type="checkbox"]), select, textarea, [contenteditable="true"], dialog';

export function useQueueKeys(
  table: RefObject<HTMLTableElement | null>,
  actions: {
    claim(itemId: string): void;
    select(itemId: string): void;
    toggleHelp(): void;
    focusSearch(): void;
  },
) {
  // The listener stays for the page's life and calls what this render gave.
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.target as HTMLElement | null)?.closest?.(TYPING)) return;
      const rows = [
        ...(table.current?.querySelectorAll<HTMLTableRowElement>('tbody tr[data-item-id]') ?? []),
      ];
      const at = rows.findIndex((row) => row.contains(document.activeElement));
      if (event.key === 'j' || event.key === 'k') {
        const step = event.key === 'j' ? 1 : -1;
        const next = at === -1 ? 0 : Math.min(Math.max(at + step, 0), rows.length - 1);
        rows[next]?.querySelector<HTMLElement>('.open-link')?.focus();
      } else if (event.key === 'c' && at !== -1) {
        const id = rows[at]?.dataset.itemId;
        if (id) latest.current.claim(id);
      } else if (event.key === 'x' && at !== -1) {
        const id = rows[at]?.dataset.itemId;
        if (id) latest.current.select(id);
      } else if (event.key === '/') {
        latest.current.focusSearch();
      } else if (event.key === '?') {
        latest.current.toggleHelp();
      } else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [table]);
}

export function QueueKeysHelp(props: { onClose(): void }) {
  const { t } = useI18n();
  const k = t.workspace.queue.keys;
  return (
    <aside className="panel keys-help" aria-labelledby="keys-help-title">
      <h2 id="keys-help-title">{k.title}</h2>
      <dl className="keys-list">
        {k.list.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button button-small button-secondary" onClick={props.onClose}>
        {t.common.close}
      </button>
    </aside>
  );
}
