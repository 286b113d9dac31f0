/**
 * The audit log's filters: who acted, what they did (one action, or every action of a kind), on
 * which object, between which local dates. Applied on submit, so typing an id sends nothing half-way.
 * On a phone the filters start folded (their summary says how many are on), so the log comes first.
 */
import { type FormEvent, useState } from 'react';
import type { AuditFilters } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field, SelectField } from '../ui.tsx';

export type Actor = { staff_id: string; label: string };

/** Where the filters start unfolded: beside the log, not above it (the phone layout's breakpoint). */
const WIDE_SCREEN = '(min-width: 721px)';

export function AuditFiltersForm(props: {
  value: AuditFilters;
  actors: Actor[];
  onApply(filters: AuditFilters): void;
}) {
  const { t } = useI18n();
  const a = t.audit;
  const [draft, setDraft] = useState<AuditFilters>(props.value);
  const [open, setOpen] = useState(() => window.matchMedia(WIDE_SCREEN).matches);
  const active = Object.values(props.value).filter(Boolean).length;
  const set = (key: keyof AuditFilters) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value || undefined }));

  const kinds = Object.keys(a.kinds);
  const actions = Object.keys(t.auditActions);
  const whatOptions = [
    { value: '', label: a.everything },
    ...kinds.flatMap((kind) => [
      { value: `${kind}.`, label: a.allOfKind(a.kinds[kind] ?? kind) },
      ...actions
        .filter((action) => action.startsWith(`${kind}.`))
        .map((action) => ({ value: action, label: `  ${t.auditActions[action]}` })),
    ]),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onApply(draft);
  };
  return (
    <details
      className="panel audit-filters-box"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{a.filtersSummary(active)}</summary>
      <form className="audit-filters" onSubmit={submit} aria-label={a.filters}>
        <SelectField
          label={a.who}
          value={draft.actor ?? ''}
          onChange={set('actor')}
          options={[
            { value: '', label: a.everyone },
            ...props.actors.map((p) => ({ value: p.staff_id, label: p.label })),
          ]}
        />
        <SelectField
          label={a.what}
          value={draft.action ?? ''}
          onChange={set('action')}
          options={whatOptions}
        />
        <SelectField
          label={a.objectType}
          value={draft.target_type ?? ''}
          onChange={set('target_type')}
          options={[
            { value: '', label: a.anyObject },
            ...Object.entries(a.objectTypes).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Field
          label={a.objectId}
          value={draft.target_id ?? ''}
          onChange={(e) => set('target_id')(e.target.value.trim())}
          spellCheck={false}
          className="mono"
        />
        <Field
          label={a.from}
          type="date"
          value={draft.from ?? ''}
          onChange={(e) => set('from')(e.target.value)}
        />
        <Field label={a.to} type="date" value={draft.to ?? ''} onChange={(e) => set('to')(e.target.value)} />
        <div className="audit-filter-actions">
          <button type="submit" className="button">
            {a.apply}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setDraft({});
              props.onApply({});
            }}
          >
            {a.clear}
          </button>
        </div>
      </form>
    </details>
  );
}
