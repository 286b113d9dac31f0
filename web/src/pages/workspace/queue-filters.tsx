/** The queue's filter bar and saved views: pick a view, change filters, save them under a name. */
import { type FormEvent, useState } from 'react';
import type { Catalogue, Channel, QueueFilters, QueueView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Field, SelectField } from '../../ui.tsx';
import { HostingFilters } from './queue-hosting-filter.tsx';

type AgeChoice = '' | 'under24' | '1to3' | 'over3';

const AGE_HOURS: Record<AgeChoice, Pick<QueueFilters, 'min_age_hours' | 'max_age_hours'>> = {
  '': {},
  under24: { max_age_hours: 24 },
  '1to3': { min_age_hours: 24, max_age_hours: 72 },
  over3: { min_age_hours: 72 },
};

function ageChoiceOf(filters: QueueFilters): AgeChoice {
  const found = (Object.keys(AGE_HOURS) as AgeChoice[]).find(
    (k) =>
      AGE_HOURS[k].min_age_hours === filters.min_age_hours &&
      AGE_HOURS[k].max_age_hours === filters.max_age_hours,
  );
  return found ?? '';
}

const CHANNELS: Channel[] = ['web_form', 'api', 'partner_hotline', 'hash_list', 'staff'];

type Props = {
  catalogue: Catalogue | undefined;
  filters: QueueFilters;
  onFilters(filters: QueueFilters): void;
  views: QueueView[];
  viewId: string;
  onPickView(id: string): void;
  onSaveView(name: string): Promise<boolean>;
  onDeleteView(view: QueueView): void;
};

export function QueueFiltersBar({
  catalogue,
  filters,
  onFilters,
  views,
  viewId,
  onPickView,
  onSaveView,
  onDeleteView,
}: Props) {
  const { t, language } = useI18n();
  const q = t.workspace.queue;
  const [name, setName] = useState('');
  const set = (patch: Partial<QueueFilters>) => {
    const next: QueueFilters = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof QueueFilters)[])
      if (next[key] === undefined) delete next[key];
    onFilters(next);
  };
  const pick =
    <K extends keyof QueueFilters>(key: K) =>
    (value: string) =>
      set({ [key]: value === '' ? undefined : value } as Partial<QueueFilters>);
  const categories = catalogue ? [...catalogue.categories, catalogue.categories_other] : [];
  const selectedView = views.find((v) => v.id === viewId);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && (await onSaveView(name.trim()))) setName('');
  };

  return (
    <section className="panel queue-filters" aria-labelledby="queue-filters-title">
      <h2 id="queue-filters-title" className="visually-hidden">
        {q.filters}
      </h2>
      <div className="filter-grid">
        <SelectField
          label={q.category}
          value={filters.category ?? ''}
          onChange={pick('category')}
          options={[
            { value: '', label: q.any },
            ...categories.map((c) => ({ value: c.id, label: c.label[language] })),
          ]}
        />
        <SelectField
          label={q.channel}
          value={filters.channel ?? ''}
          onChange={pick('channel')}
          options={[
            { value: '', label: q.any },
            ...CHANNELS.map((c) => ({ value: c, label: t.workspace.channels[c] })),
          ]}
        />
        <SelectField
          label={q.language}
          value={filters.language ?? ''}
          onChange={pick('language')}
          options={[
            { value: '', label: q.any },
            { value: 'fr', label: t.language.fr },
            { value: 'en', label: t.language.en },
          ]}
        />
        <SelectField
          label={q.age}
          value={ageChoiceOf(filters)}
          onChange={(v) =>
            set({ min_age_hours: undefined, max_age_hours: undefined, ...AGE_HOURS[v as AgeChoice] })
          }
          options={[
            { value: '', label: q.ageAny },
            { value: 'under24', label: q.ageUnder24 },
            { value: '1to3', label: q.age1to3 },
            { value: 'over3', label: q.ageOver3 },
          ]}
        />
        <SelectField
          label={q.state}
          value={filters.state ?? ''}
          onChange={pick('state')}
          options={[
            { value: '', label: q.any },
            { value: 'new', label: t.workspace.states.new },
            { value: 'awaiting_second', label: t.workspace.states.awaiting_second },
            { value: 'disputed', label: t.workspace.states.disputed },
          ]}
        />
        <SelectField
          label={q.claimFilter}
          value={filters.claim ?? ''}
          onChange={pick('claim')}
          options={[
            { value: '', label: q.claimAny },
            { value: 'free', label: q.claimFree },
            { value: 'mine', label: q.claimMine },
            { value: 'others', label: q.claimOthers },
          ]}
        />
        <HostingFilters country={catalogue?.country} filters={filters} onChange={set} />
      </div>
      <div className="views-row">
        <SelectField
          label={q.pickView}
          value={viewId}
          onChange={onPickView}
          options={[{ value: '', label: q.noView }, ...views.map((v) => ({ value: v.id, label: v.name }))]}
        />
        {selectedView ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onDeleteView(selectedView)}
          >
            {q.deleteView}
          </button>
        ) : null}
        <button type="button" className="button button-quiet-dark" onClick={() => onFilters({})}>
          {q.reset}
        </button>
        <form className="save-view" onSubmit={save}>
          <Field label={q.viewName} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button button-secondary" disabled={!name.trim()}>
            {q.saveView}
          </button>
        </form>
      </div>
    </section>
  );
}
