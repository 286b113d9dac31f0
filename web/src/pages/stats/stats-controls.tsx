/**
 * What the dashboard shows: a year (the current one by default) or a custom period, and all
 * categories or some. The choice lives in the address (?year=, or ?from=&to=, and &category=), so a
 * reload or a shared link shows the same figures.
 */
import { type FormEvent, useId, useState } from 'react';
import { type StatsQuery, statsQueryString } from '../../api/stats-endpoints.ts';
import { Field, SelectField } from '../../ui.tsx';
import { useStatsText } from './stats-text.ts';

export type StatsPeriod = { year: number } | { from: string; to: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CUSTOM = 'custom';

/** The period and categories the address asks for; the current year by default. */
export function queryFromAddress(currentYear: number): { period: StatsPeriod; categories: string[] } {
  const params = new URLSearchParams(window.location.search);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const year = Number(params.get('year'));
  const categories = (params.get('category') ?? '').split(',').filter(Boolean);
  if (DATE.test(from) && DATE.test(to)) return { period: { from, to }, categories };
  return { period: { year: Number.isInteger(year) && year >= 1990 ? year : currentYear }, categories };
}

export function saveQueryInAddress(query: StatsQuery): void {
  window.history.replaceState(null, '', `${window.location.pathname}?${statsQueryString(query)}`);
}

type Props = {
  period: StatsPeriod;
  /** The period the figures on screen cover (prefills the custom dates). */
  shown?: { from: string; to: string };
  years: number[];
  categories: { id: string; label: string }[];
  chosen: string[];
  onPeriod(period: StatsPeriod): void;
  onCategories(ids: string[]): void;
};

export function StatsControls(props: Props) {
  const { s } = useStatsText();
  const c = s.controls;
  const { period, shown } = props;
  const [custom, setCustom] = useState(!('year' in period));
  const [from, setFrom] = useState('from' in period ? period.from : (shown?.from ?? ''));
  const [to, setTo] = useState('to' in period ? period.to : (shown?.to ?? ''));
  const categoriesId = useId();

  const chooseYear = (value: string) => {
    if (value === CUSTOM) {
      setCustom(true);
      if (shown) {
        setFrom(shown.from);
        setTo(shown.to);
      }
      return;
    }
    setCustom(false);
    props.onPeriod({ year: Number(value) });
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (DATE.test(from) && DATE.test(to)) props.onPeriod({ from, to });
  };
  const toggle = (id: string, on: boolean) =>
    props.onCategories(on ? [...props.chosen, id] : props.chosen.filter((x) => x !== id));

  const summary = props.chosen.length === 0 ? c.allCategories : c.someCategories(props.chosen.length);
  return (
    <div className="stats-controls">
      <form className="stats-period" onSubmit={apply} aria-label={c.period}>
        <SelectField
          label={c.year}
          value={custom ? CUSTOM : 'year' in period ? String(period.year) : CUSTOM}
          options={[
            ...props.years.map((y) => ({ value: String(y), label: String(y) })),
            { value: CUSTOM, label: c.customOption },
          ]}
          onChange={chooseYear}
        />
        {custom ? (
          <>
            <Field
              label={c.from}
              type="date"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              required
            />
            <Field label={c.to} type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
            <button type="submit" className="button button-secondary">
              {c.apply}
            </button>
          </>
        ) : null}
      </form>
      <details className="stats-categories">
        <summary>{c.categoriesSummary(summary)}</summary>
        <fieldset className="fieldset" aria-describedby={categoriesId}>
          <legend className="visually-hidden">{c.categories}</legend>
          <p className="hint" id={categoriesId}>
            {summary}
          </p>
          <div className="stats-category-list">
            {props.categories.map((k) => (
              <label key={k.id} className="check">
                <input
                  type="checkbox"
                  name="category"
                  value={k.id}
                  checked={props.chosen.includes(k.id)}
                  onChange={(e) => toggle(k.id, e.target.checked)}
                />
                <span>{k.label}</span>
              </label>
            ))}
          </div>
          <button
            type="button"
            className="link-button"
            onClick={() => props.onCategories([])}
            disabled={props.chosen.length === 0}
          >
            {c.clearCategories}
          </button>
        </fieldset>
      </details>
    </div>
  );
}
