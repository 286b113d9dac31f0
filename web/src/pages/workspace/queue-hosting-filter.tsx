/**
 * The queue's hosting filters: hosted in the jurisdiction's country, abroad, or not known yet; and
 * one hosting country by its ISO code, with its name shown as it is typed. The code is applied once
 * it has two letters (the server takes nothing else), so typing never sends half a code.
 */
import { useEffect, useId, useState } from 'react';
import type { HostedPlace, QueueFilters } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { SelectField } from '../../ui.tsx';
import { flagOf, useCountryName } from './country.tsx';

type Props = {
  /** The jurisdiction's country (catalogue), undefined while loading. */
  country: string | undefined;
  filters: QueueFilters;
  onChange(patch: Partial<QueueFilters>): void;
};

export function HostingFilters({ country, filters, onChange }: Props) {
  const { t } = useI18n();
  const q = t.hosting.queue;
  const nameOf = useCountryName();
  const inputId = useId();
  const hintId = useId();
  const [code, setCode] = useState(filters.hosting_country ?? '');

  // A saved view or "clear filters" replaces the filters: the field follows.
  useEffect(() => setCode(filters.hosting_country ?? ''), [filters.hosting_country]);

  const home = country ? (nameOf(country) ?? country) : '';
  const places = Object.keys(q.places) as HostedPlace[];

  const type = (value: string) => {
    const next = value
      .toUpperCase()
      .replace(/[^A-Z]/g, '')
      .slice(0, 2);
    setCode(next);
    if (next.length === 2) onChange({ hosting_country: next });
    else if (next.length === 0) onChange({ hosting_country: undefined });
  };
  const typedName = code.length === 2 ? nameOf(code) : undefined;
  const hint =
    code.length === 0
      ? q.countryHint
      : code.length === 1
        ? q.countryIncomplete
        : typedName
          ? `${flagOf(code)} ${typedName}`
          : q.countryUnknown;

  return (
    <>
      <SelectField
        label={q.hosted}
        value={filters.hosted ?? ''}
        onChange={(value) => onChange({ hosted: value === '' ? undefined : (value as HostedPlace) })}
        options={[
          { value: '', label: q.hostedAny },
          ...places.map((place) => ({ value: place, label: q.places[place](home) })),
        ]}
      />
      <div className="field country-field">
        <label htmlFor={inputId}>{q.country}</label>
        <input
          id={inputId}
          className="mono"
          value={code}
          maxLength={2}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          onChange={(e) => type(e.target.value)}
        />
        <div className="hint" id={hintId} aria-live="polite">
          {hint}
        </div>
      </div>
    </>
  );
}
