/**
 * The liaison officer's screen (/app/liaison): notices waiting for approval, failed, to send by hand
 * (web form, API), forwards to partner hotlines with their acknowledgements, and sent notices whose
 * replies are to be recorded; first, the police portal's batches (police-batches.tsx), the officer's
 * daily round. Filters by state and recipient kind apply to the notices' lists below them; a state
 * filter shows one list.
 */
import { useState } from 'react';
import type { NoticeState, RecipientKind } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, SelectField, StatusMessage, useFocusHeading } from '../../ui.tsx';
import { LiaisonSection, type SectionQuery } from './liaison-section.tsx';
import { isManual, type NoticeOutcome } from './notice-shared.ts';
import { PoliceBatches } from './police-batches.tsx';

type SectionId = keyof ReturnType<typeof useI18n>['t']['notices']['liaison']['sections'];

function sectionsFor(kind: RecipientKind | undefined): [SectionId, SectionQuery][] {
  const sections: [SectionId, SectionQuery][] = [
    ['proposed', { state: 'proposed', kind }],
    ['failed', { state: 'failed', kind }],
    ['manual', { state: 'queued', kind, keep: (n) => isManual(n.recipient.channel) }],
    ['partners', { kind: 'partner_hotline' }],
    ['replies', { state: 'sent', kind, keep: (n) => n.recipient.channel !== 'portal_batch' }],
  ];
  return sections.filter(([id]) => id !== 'partners' || kind === undefined || kind === 'partner_hotline');
}

export function LiaisonPage() {
  const { t } = useI18n();
  const l = t.notices.liaison;
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [state, setState] = useState<NoticeState | ''>('');
  const [kind, setKind] = useState<RecipientKind | ''>('');
  const [outcome, setOutcome] = useState<NoticeOutcome>();
  const options = (labels: Record<string, string>) => [
    { value: '', label: l.any },
    ...Object.entries(labels).map(([value, label]) => ({ value, label })),
  ];
  const sections: [SectionId, SectionQuery][] = state
    ? [['filtered', { state, kind: kind || undefined }]]
    : sectionsFor(kind || undefined);

  return (
    <section className="page liaison-page">
      <h1 ref={heading} tabIndex={-1}>
        {l.title}
      </h1>
      <p className="lead">{l.intro}</p>
      <PoliceBatches />
      <ErrorMessage>{outcome?.conflict ? t.notices.conflict : undefined}</ErrorMessage>
      <StatusMessage>{outcome && !outcome.conflict ? t.notices.done[outcome.action] : ''}</StatusMessage>
      <fieldset className="liaison-filters">
        <legend className="visually-hidden">{l.filters}</legend>
        <SelectField
          label={l.state}
          value={state}
          options={options(t.notices.states)}
          onChange={(v) => setState(v as NoticeState | '')}
        />
        <SelectField
          label={l.kind}
          value={kind}
          options={options(t.notices.kinds)}
          onChange={(v) => setKind(v as RecipientKind | '')}
        />
      </fieldset>
      {sections.map(([id, query]) => (
        <LiaisonSection
          key={`${id}-${query.state ?? ''}-${query.kind ?? ''}`}
          title={l.sections[id]}
          query={query}
          onChanged={setOutcome}
        />
      ))}
    </section>
  );
}
