/**
 * The partner hotlines abroad: a dense table with search and a country filter for everyone in the
 * workspace; add, edit, deactivate and delete (each with a confirmation step in the row) for those
 * who keep the directory (the manage_directory capability). Built like the directory page.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isSessionLost } from '../../api/describe-error.ts';
import { partnersApi } from '../../api/partners-endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { PartnerHotlineView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Field, SelectField, StatusMessage, useFocusHeading } from '../../ui.tsx';
import { useDebounced } from '../use-debounced.ts';
import { useCountryName } from '../workspace/country.tsx';
import { PartnerForm, partnerError } from './partner-form.tsx';
import { bodyOf } from './partner-form-check.ts';
import { type Confirming, type PartnerAction, PartnersTable } from './partners-table.tsx';

type Editing = { hotline?: PartnerHotlineView } | undefined;
const WHOLE_LIST = {};

export function PartnersPage() {
  const { t, language } = useI18n();
  const { staff } = useSignedIn();
  const p = t.partners;
  const mayEdit = can(staff, 'manage_directory');
  const countryName = useCountryName();
  const queryClient = useQueryClient();
  const [words, setWords] = useState('');
  const [country, setCountry] = useState('');
  const [editing, setEditing] = useState<Editing>();
  const [confirming, setConfirming] = useState<Confirming>();
  const [refusal, setRefusal] = useState<string>();
  const [status, setStatus] = useState('');
  const heading = useFocusHeading<HTMLHeadingElement>();
  // Searches as the person types, once they pause.
  const q = useDebounced(words.trim(), 250) || undefined;
  const filter = { q, country: country || undefined };
  const query = useQuery({
    queryKey: queryKeys.partners(filter),
    queryFn: () => partnersApi.list(filter),
    placeholderData: keepPreviousData,
  });
  // The country filter offers the countries of the whole list (the same query when nothing is filtered).
  const whole = useQuery({
    queryKey: queryKeys.partners(WHOLE_LIST),
    queryFn: () => partnersApi.list(WHOLE_LIST),
  });
  const hotlines = query.data?.hotlines;
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.partners(undefined) });

  const act = useMutation({
    mutationFn: ({ hotline, action }: { hotline: PartnerHotlineView; action: PartnerAction }) =>
      action === 'remove'
        ? partnersApi.remove(hotline.id)
        : partnersApi.replace(hotline.id, bodyOf(hotline, { active: false })),
    onMutate: () => setRefusal(undefined),
    // The confirmation is said once the list shows the change.
    onSuccess: async (_, { hotline, action }) => {
      await refresh();
      setStatus(action === 'remove' ? p.removed(hotline.name) : p.deactivated(hotline.name));
      heading.current?.focus();
    },
    onError: (err) => {
      if (!isSessionLost(err)) setRefusal(partnerError(err, t));
      return refresh();
    },
    onSettled: () => setConfirming(undefined),
  });
  const saved = async (hotline: PartnerHotlineView) => {
    setEditing(undefined);
    await refresh();
    setStatus(p.saved(hotline.name));
    heading.current?.focus();
  };

  const countryOptions = [...new Set(whole.data?.hotlines.map((h) => h.country))]
    .map((code) => ({ value: code, label: `${countryName(code) ?? code} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, language));

  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {p.title}
      </h1>
      <p className="lead">{p.intro}</p>
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
          label={p.search}
          hint={p.searchHint}
          type="search"
          name="q"
          autoComplete="off"
          value={words}
          onChange={(e) => setWords(e.target.value)}
        />
        <SelectField
          label={p.countryFilter}
          name="country"
          value={country}
          onChange={setCountry}
          options={[{ value: '', label: p.allCountries }, ...countryOptions]}
        />
        {mayEdit && !editing ? (
          <button type="button" className="button" onClick={() => setEditing({})}>
            {p.add}
          </button>
        ) : null}
      </form>

      {editing ? (
        <PartnerForm
          key={editing.hotline?.id ?? 'new'}
          hotline={editing.hotline}
          onSaved={saved}
          onCancel={() => setEditing(undefined)}
        />
      ) : null}

      {editing ? null : <QueryStatus query={query} describe={partnerError} />}
      {hotlines ? (
        <>
          <p className="count" aria-live="polite">
            {p.count(hotlines.length)}
          </p>
          {hotlines.length === 0 ? <p>{p.empty}</p> : null}
          {hotlines.length > 0 ? (
            <PartnersTable
              hotlines={hotlines}
              mayEdit={mayEdit}
              confirming={confirming}
              busyId={act.isPending ? act.variables?.hotline.id : undefined}
              onConfirming={setConfirming}
              onEdit={(hotline) => setEditing({ hotline })}
              onAct={(hotline, action) => act.mutate({ hotline, action })}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
