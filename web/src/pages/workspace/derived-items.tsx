/** Derived items: the URLs already found from this item, and a form to add more (one per line). */
import { type FormEvent, useId, useState } from 'react';
import type { Catalogue, ItemDetail } from '../../api/types.ts';
import { itemsApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { followLink } from '../../router.ts';
import { ErrorMessage, StatusMessage } from '../../ui.tsx';
import { categoryLabel, useStatus, workspaceError } from './workspace-shared.ts';

type Props = {
  itemId: string;
  items: ItemDetail['derived_items'];
  catalogue: Catalogue | undefined;
  canAdd: boolean;
  onAdded(): void;
  onSessionError(err: unknown): boolean;
};

export function DerivedItems({ itemId, items, catalogue, canAdd, onAdded, onSessionError }: Props) {
  const { t, language } = useI18n();
  const d = t.workspace.derived;
  const urlsId = useId();
  const noteId = useId();
  const [urls, setUrls] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useStatus();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const list = urls
      .split('\n')
      .map((u) => u.trim())
      .filter(Boolean);
    if (list.length === 0) {
      setError(d.empty);
      return;
    }
    setBusy(true);
    try {
      const response = await itemsApi.derive(itemId, { urls: list, note: note.trim() || undefined });
      const created = response.items.filter((i) => i.created).length;
      setStatus((m) => m.workspace.derived.added(created, response.items.length - created));
      setUrls('');
      setNote('');
      onAdded();
    } catch (err) {
      if (!onSessionError(err)) setError(workspaceError(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="derived-title">
      <h2 id="derived-title">{d.title}</h2>
      <p className="hint">{d.intro}</p>
      {items.length === 0 ? (
        <p className="muted">{d.none}</p>
      ) : (
        <ul className="linked-list">
          {items.map((item) => (
            <li key={item.id}>
              <a
                href={`/app/items/${item.id}`}
                onClick={followLink(`/items/${item.id}`)}
                className="reported-url"
              >
                {item.url}
              </a>
              <span className="muted">
                {' '}
                · {categoryLabel(catalogue, item.category, language)} · {t.workspace.states[item.state]}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canAdd ? (
        <form onSubmit={submit} noValidate>
          <ErrorMessage>{error}</ErrorMessage>
          <StatusMessage>{status}</StatusMessage>
          <div className="field">
            <label htmlFor={urlsId}>{d.urls}</label>
            <textarea
              id={urlsId}
              rows={3}
              className="mono"
              value={urls}
              onChange={(e) => setUrls(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={noteId}>{d.note}</label>
            <input id={noteId} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="submit" className="button button-secondary" disabled={busy}>
            {d.submit}
          </button>
        </form>
      ) : null}
    </section>
  );
}
