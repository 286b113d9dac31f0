/**
 * The directory of platforms, hosts, registrars and CDNs: a dense table with search and a kind
 * filter for everyone in the workspace; add, edit and delete (with a confirmation step in the row)
 * for those who keep it (the manage_directory capability).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isSessionLost } from '../../api/describe-error.ts';
import { directoryApi } from '../../api/directory-endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { DirectoryEntryView, DirectoryKind } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Field, SelectField, StatusMessage, useFocusHeading } from '../../ui.tsx';
import { useDebounced } from '../use-debounced.ts';
import { DirectoryForm, directoryError } from './directory-form.tsx';
import { DirectoryTable } from './directory-table.tsx';

type Editing = { entry?: DirectoryEntryView } | undefined;

export function DirectoryPage() {
  const { t } = useI18n();
  const { staff } = useSignedIn();
  const d = t.directory;
  const mayEdit = can(staff, 'manage_directory');
  const queryClient = useQueryClient();
  const [words, setWords] = useState('');
  const [kind, setKind] = useState<DirectoryKind | ''>('');
  const [editing, setEditing] = useState<Editing>();
  const [confirming, setConfirming] = useState<string>();
  const [refusal, setRefusal] = useState<string>();
  const [status, setStatus] = useState('');
  const heading = useFocusHeading<HTMLHeadingElement>();
  // Searches as the person types, once they pause.
  const q = useDebounced(words.trim(), 250) || undefined;
  const filter = { q, kind: kind || undefined };
  const query = useQuery({
    queryKey: queryKeys.directory(filter),
    queryFn: () => directoryApi.list(filter),
    placeholderData: keepPreviousData,
  });
  const entries = query.data?.entries;
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.directory(undefined) });

  const remove = useMutation({
    mutationFn: (entry: DirectoryEntryView) => directoryApi.remove(entry.id),
    onMutate: () => setRefusal(undefined),
    // The confirmation is said once the list shows the change.
    onSuccess: async (_, entry) => {
      await refresh();
      setStatus(d.removed(entry.name));
      heading.current?.focus();
    },
    onError: (err) => {
      if (!isSessionLost(err)) setRefusal(directoryError(err, t));
      return refresh();
    },
    onSettled: () => setConfirming(undefined),
  });
  const saved = async (entry: DirectoryEntryView) => {
    setEditing(undefined);
    await refresh();
    setStatus(d.saved(entry.name));
    heading.current?.focus();
  };

  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {d.title}
      </h1>
      <p className="lead">{d.intro}</p>
      <StatusMessage>{status}</StatusMessage>
      <ErrorMessage>{editing ? undefined : refusal}</ErrorMessage>

      <form
        className="directory-search"
        onSubmit={(event) => {
          event.preventDefault();
          query.refetch();
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

      {editing ? null : <QueryStatus query={query} describe={directoryError} />}
      {entries ? (
        <>
          <p className="count" aria-live="polite">
            {d.count(entries.length)}
          </p>
          {entries.length === 0 ? <p>{d.empty}</p> : null}
          {entries.length > 0 ? (
            <DirectoryTable
              entries={entries}
              mayEdit={mayEdit}
              confirming={confirming}
              busyId={remove.isPending ? remove.variables?.id : undefined}
              onConfirming={setConfirming}
              onEdit={(entry) => setEditing({ entry })}
              onRemove={(entry) => remove.mutate(entry)}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
