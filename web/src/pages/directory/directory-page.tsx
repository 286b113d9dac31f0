/**
 * The directory of platforms, hosts, registrars and CDNs: a dense table with search and a kind
 * filter for everyone in the workspace; add, edit and delete (with a confirmation step in the row)
 * for those who keep it (the manage_directory capability).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { isSessionLost } from '../../api/describe-error.ts';
import { directoryApi } from '../../api/directory-endpoints.ts';
import type { DirectoryEntryView, DirectoryKind } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import {
  ErrorMessage,
  Field,
  Loading,
  SelectField,
  StatusMessage,
  TableScroll,
  useFocusHeading,
} from '../../ui.tsx';
import { DirectoryForm, directoryError } from './directory-form.tsx';

type Editing = { entry?: DirectoryEntryView } | undefined;

export function DirectoryPage() {
  const { t, formatDateTime } = useI18n();
  const { staff, sessionLost } = useSignedIn();
  const d = t.directory;
  const mayEdit = can(staff, 'manage_directory');
  const [entries, setEntries] = useState<DirectoryEntryView[]>();
  const [words, setWords] = useState('');
  const [kind, setKind] = useState<DirectoryKind | ''>('');
  const [editing, setEditing] = useState<Editing>();
  const [confirming, setConfirming] = useState<string>();
  const [busyId, setBusyId] = useState<string>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const heading = useFocusHeading<HTMLHeadingElement>();
  const confirmRef = useRef<HTMLButtonElement>(null);

  const fail = useCallback(
    (err: unknown) => (isSessionLost(err) ? sessionLost() : setError(directoryError(err, t))),
    [sessionLost, t],
  );

  const load = useCallback(() => {
    directoryApi.list({ q: words.trim() || undefined, kind: kind || undefined }).then((r) => {
      setEntries(r.entries);
      setError(undefined);
    }, fail);
  }, [words, kind, fail]);

  // Searches as the person types, once they pause; a language switch does not search again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the search terms trigger a search
  useEffect(() => {
    const timer = setTimeout(load, 250);
    return () => clearTimeout(timer);
  }, [words, kind]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const saved = (entry: DirectoryEntryView) => {
    setEditing(undefined);
    setStatus(d.saved(entry.name));
    heading.current?.focus();
    load();
  };

  const remove = async (entry: DirectoryEntryView) => {
    setBusyId(entry.id);
    try {
      await directoryApi.remove(entry.id);
      setStatus(d.removed(entry.name));
      setEntries((list) => list?.filter((e) => e.id !== entry.id));
      heading.current?.focus();
    } catch (err) {
      fail(err);
      if (err instanceof ApiError && err.status === 404) load();
    } finally {
      setBusyId(undefined);
      setConfirming(undefined);
    }
  };

  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {d.title}
      </h1>
      <p className="lead">{d.intro}</p>
      <StatusMessage>{status}</StatusMessage>
      <ErrorMessage>{editing ? undefined : error}</ErrorMessage>

      <form
        className="directory-search"
        onSubmit={(event) => {
          event.preventDefault();
          load();
        }}
      >
        <Field
          label={d.search}
          hint={d.searchHint}
          type="search"
          name="q"
          autoComplete="off"
          value={words}
          onChange={(e) => setWords(e.target.value)}
        />
        <SelectField
          label={d.kindFilter}
          name="kind"
          value={kind}
          onChange={(value) => setKind(value as DirectoryKind | '')}
          options={[
            { value: '', label: d.allKinds },
            ...(Object.keys(d.kinds) as DirectoryKind[]).map((k) => ({ value: k, label: d.kinds[k] })),
          ]}
        />
        {mayEdit && !editing ? (
          <button type="button" className="button" onClick={() => setEditing({})}>
            {d.add}
          </button>
        ) : null}
      </form>

      {editing ? (
        <DirectoryForm
          key={editing.entry?.id ?? 'new'}
          entry={editing.entry}
          onSaved={saved}
          onCancel={() => setEditing(undefined)}
        />
      ) : null}

      {!entries && !error ? <Loading /> : null}
      {entries ? (
        <>
          <p className="count" aria-live="polite">
            {d.count(entries.length)}
          </p>
          {entries.length === 0 ? <p>{d.empty}</p> : null}
          {entries.length > 0 ? (
            <TableScroll label={d.title}>
              <table className="data-table directory-table">
                <thead>
                  <tr>
                    <th scope="col">{d.columns.name}</th>
                    <th scope="col">{d.columns.matches}</th>
                    <th scope="col">{d.columns.contact}</th>
                    <th scope="col">{d.columns.language}</th>
                    <th scope="col">{d.columns.notes}</th>
                    <th scope="col">{d.columns.updated}</th>
                    {mayEdit ? <th scope="col">{d.columns.actions}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.id}>
                      <th scope="row">
                        <span className="member-name">{entry.name}</span>
                        <span className="badge badge-off">{d.kinds[entry.kind]}</span>
                      </th>
                      <td data-label={d.columns.matches}>
                        <span className="mono match-list">
                          {[...entry.domains, ...entry.asns.map(d.asn)].join(', ')}
                        </span>
                      </td>
                      <td data-label={d.columns.contact}>
                        <span className="contact-channel">{d.channels[entry.channel]}</span>
                        <span className="mono contact-address">{entry.address}</span>
                      </td>
                      <td data-label={d.columns.language}>
                        <span className="mono">{entry.language}</span>
                      </td>
                      <td data-label={d.columns.notes}>
                        <span className="directory-notes">
                          {entry.trusted_flagger ? (
                            <span>
                              <strong>{d.trustedFlagger}</strong> {entry.trusted_flagger}
                            </span>
                          ) : null}
                          {entry.notes ? <span>{entry.notes}</span> : null}
                          {entry.trusted_flagger || entry.notes ? null : <span className="muted">—</span>}
                        </span>
                      </td>
                      <td data-label={d.columns.updated}>
                        <span className="muted">
                          {d.updatedBy(formatDateTime(entry.updated_at), entry.updated_by)}
                        </span>
                      </td>
                      {mayEdit ? (
                        <td data-label={d.columns.actions}>
                          <div className="row-actions">
                            {confirming === entry.id ? (
                              <>
                                <button
                                  type="button"
                                  ref={confirmRef}
                                  className="button button-small button-danger"
                                  aria-label={d.confirmRemoveLabel(entry.name)}
                                  disabled={busyId === entry.id}
                                  onClick={() => remove(entry)}
                                >
                                  {d.confirmRemove}
                                </button>
                                <button
                                  type="button"
                                  className="button button-small button-secondary"
                                  onClick={() => setConfirming(undefined)}
                                >
                                  {d.cancel}
                                </button>
                              </>
                            ) : (
                              <>
                                <button
                                  type="button"
                                  className="button button-small button-secondary"
                                  aria-label={d.editLabel(entry.name)}
                                  onClick={() => setEditing({ entry })}
                                >
                                  {d.edit}
                                </button>
                                <button
                                  type="button"
                                  className="button button-small button-secondary"
                                  aria-label={d.removeLabel(entry.name)}
                                  onClick={() => setConfirming(entry.id)}
                                >
                                  {d.remove}
                                </button>
                              </>
                            )}
                          </div>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
