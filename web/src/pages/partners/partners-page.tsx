/**
 * The partner hotlines abroad: a dense table with search and a country filter for everyone in the
 * workspace; add, edit, deactivate and delete (each with a confirmation step in the row) for those
 * who keep the directory (the manage_directory capability). Built like the directory page.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { isSessionLost } from '../../api/describe-error.ts';
import { partnersApi } from '../../api/partners-endpoints.ts';
import type { PartnerHotlineView } from '../../api/types.ts';
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
import { CountryCode, useCountryName } from '../workspace/country.tsx';
import { PartnerForm, partnerError } from './partner-form.tsx';
import { bodyOf } from './partner-form-check.ts';

type Editing = { hotline?: PartnerHotlineView } | undefined;
type Confirming = { id: string; action: 'deactivate' | 'remove' } | undefined;

export function PartnersPage() {
  const { t, language } = useI18n();
  const { staff, sessionLost } = useSignedIn();
  const p = t.partners;
  const mayEdit = can(staff, 'manage_directory');
  const countryName = useCountryName();
  const [hotlines, setHotlines] = useState<PartnerHotlineView[]>();
  const [countries, setCountries] = useState<string[]>([]);
  const [words, setWords] = useState('');
  const [country, setCountry] = useState('');
  const [editing, setEditing] = useState<Editing>();
  const [confirming, setConfirming] = useState<Confirming>();
  const [busyId, setBusyId] = useState<string>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const heading = useFocusHeading<HTMLHeadingElement>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  // checked_on is a calendar date: shown as written, whatever the browser's time zone.
  const formatDay = useMemo(() => {
    const format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
  }, [language]);

  const fail = useCallback(
    (err: unknown) => (isSessionLost(err) ? sessionLost() : setError(partnerError(err, t))),
    [sessionLost, t],
  );

  const load = useCallback(() => {
    partnersApi.list({ q: words.trim() || undefined, country: country || undefined }).then((r) => {
      setHotlines(r.hotlines);
      // The filter offers the countries of the whole list (learnt when it is shown unfiltered).
      if (!words.trim() && !country) setCountries([...new Set(r.hotlines.map((h) => h.country))]);
      setError(undefined);
    }, fail);
  }, [words, country, fail]);

  // Searches as the person types, once they pause; a language switch does not search again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the search terms trigger a search
  useEffect(() => {
    const timer = setTimeout(load, 250);
    return () => clearTimeout(timer);
  }, [words, country]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const saved = (hotline: PartnerHotlineView) => {
    setEditing(undefined);
    setStatus(p.saved(hotline.name));
    heading.current?.focus();
    load();
  };

  const act = async (hotline: PartnerHotlineView, action: 'deactivate' | 'remove') => {
    setBusyId(hotline.id);
    try {
      if (action === 'remove') {
        await partnersApi.remove(hotline.id);
        setStatus(p.removed(hotline.name));
        setHotlines((list) => list?.filter((h) => h.id !== hotline.id));
      } else {
        await partnersApi.replace(hotline.id, bodyOf(hotline, { active: false }));
        setStatus(p.deactivated(hotline.name));
        load();
      }
      heading.current?.focus();
    } catch (err) {
      fail(err);
      if (err instanceof ApiError && err.status === 404) load();
    } finally {
      setBusyId(undefined);
      setConfirming(undefined);
    }
  };

  const countryOptions = countries
    .map((code) => ({ value: code, label: `${countryName(code) ?? code} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, language));

  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {p.title}
      </h1>
      <p className="lead">{p.intro}</p>
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

      {!hotlines && !error ? <Loading /> : null}
      {hotlines ? (
        <>
          <p className="count" aria-live="polite">
            {p.count(hotlines.length)}
          </p>
          {hotlines.length === 0 ? <p>{p.empty}</p> : null}
          {hotlines.length > 0 ? (
            <TableScroll label={p.title}>
              <table className="data-table directory-table partners-table">
                <thead>
                  <tr>
                    <th scope="col">{p.columns.name}</th>
                    <th scope="col">{p.columns.country}</th>
                    <th scope="col">{p.columns.contact}</th>
                    <th scope="col">{p.columns.language}</th>
                    <th scope="col">{p.columns.checkedOn}</th>
                    {mayEdit ? <th scope="col">{p.columns.actions}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {hotlines.map((hotline) => (
                    <tr key={hotline.id} className={hotline.active ? undefined : 'row-inactive'}>
                      <th scope="row">
                        <span className="member-name">{hotline.name}</span>
                        {hotline.active ? null : <span className="badge badge-off">{p.inactive}</span>}
                        {hotline.website ? (
                          <a
                            className="partner-website mono"
                            href={hotline.website}
                            rel="noreferrer noopener"
                          >
                            {hotline.website.replace(/^https:\/\//, '').replace(/\/$/, '')}
                          </a>
                        ) : null}
                        {hotline.notes ? <span className="directory-notes">{hotline.notes}</span> : null}
                      </th>
                      <td data-label={p.columns.country}>
                        <CountryCode code={hotline.country} />
                      </td>
                      <td data-label={p.columns.contact}>
                        <span className="contact-channel">{p.channels[hotline.channel]}</span>
                        {hotline.address ? (
                          <span className="mono contact-address">{hotline.address}</span>
                        ) : (
                          <span className="contact-none">{p.noAddress}</span>
                        )}
                      </td>
                      <td data-label={p.columns.language}>{p.languages[hotline.language]}</td>
                      <td data-label={p.columns.checkedOn}>
                        {hotline.checked_on ? (
                          formatDay(hotline.checked_on)
                        ) : (
                          <span className="badge badge-warn">{p.notChecked}</span>
                        )}
                      </td>
                      {mayEdit ? (
                        <td data-label={p.columns.actions}>
                          <div className="row-actions">
                            {confirming?.id === hotline.id ? (
                              <>
                                <button
                                  type="button"
                                  ref={confirmRef}
                                  className="button button-small button-danger"
                                  aria-label={
                                    confirming.action === 'remove'
                                      ? p.confirmRemoveLabel(hotline.name)
                                      : p.confirmDeactivateLabel(hotline.name)
                                  }
                                  disabled={busyId === hotline.id}
                                  onClick={() => act(hotline, confirming.action)}
                                >
                                  {confirming.action === 'remove' ? p.confirmRemove : p.confirmDeactivate}
                                </button>
                                <button
                                  type="button"
                                  className="button button-small button-secondary"
                                  onClick={() => setConfirming(undefined)}
                                >
                                  {p.cancel}
                                </button>
                              </>
                            ) : (
                              <>
                                <button
                                  type="button"
                                  className="button button-small button-secondary"
                                  aria-label={p.editLabel(hotline.name)}
                                  onClick={() => setEditing({ hotline })}
                                >
                                  {p.edit}
                                </button>
                                {hotline.active ? (
                                  <button
                                    type="button"
                                    className="button button-small button-secondary"
                                    aria-label={p.deactivateLabel(hotline.name)}
                                    onClick={() => setConfirming({ id: hotline.id, action: 'deactivate' })}
                                  >
                                    {p.deactivate}
                                  </button>
                                ) : null}
                                <button
                                  type="button"
                                  className="button button-small button-secondary"
                                  aria-label={p.removeLabel(hotline.name)}
                                  onClick={() => setConfirming({ id: hotline.id, action: 'remove' })}
                                >
                                  {p.remove}
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
