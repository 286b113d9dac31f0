/**
 * A supervisor settles a four-eyes disagreement: uphold the first assessment, or replace it with
 * their own qualification; the reason is required either way.
 */
import { type FormEvent, useState } from 'react';
import type { Catalogue, Resolution } from '../../api/types.ts';
import { itemsApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, RadioChoices } from '../../ui.tsx';
import { type Common, Conflict, Notes, useSubmit } from './four-eyes.tsx';
import {
  draftToQualification,
  emptyDraft,
  type QualificationDraft,
  QualificationFields,
} from './qualification-fields.tsx';

export function ResolvePanel({
  assessment,
  version,
  onSaved,
  onReload,
  onSessionError,
  catalogue,
}: Common & { catalogue: Catalogue }) {
  const { t } = useI18n();
  const f = t.workspace.fourEyes;
  const [decision, setDecision] = useState<Resolution>('uphold');
  // Typed by the server's list: a resolution added there needs its label here.
  const labels: Record<Resolution, string> = { uphold: f.uphold, replace: f.replace };
  const [draft, setDraft] = useState<QualificationDraft>(() => emptyDraft(assessment.category));
  const [notes, setNotes] = useState('');
  const { error, setError, conflict, busy, run } = useSubmit(onSessionError);
  const second = assessment.second_opinion?.analyst.display_name ?? '?';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!notes.trim()) {
      setError(f.resolveNotesRequired);
      return;
    }
    const replacement = decision === 'replace' ? draftToQualification(draft) : undefined;
    if (decision === 'replace' && !replacement) {
      setError(t.workspace.qualify.verdictRequired);
      return;
    }
    return run(async () => {
      const response = await itemsApi.resolve(assessment.id, {
        version,
        decision,
        notes: notes.trim(),
        ...(replacement ? { assessment: replacement } : {}),
      });
      onSaved(response, (m) => m.workspace.fourEyes.resolved);
    });
  };

  return (
    <section className="panel panel-highlight" aria-labelledby="resolve-title">
      <h2 id="resolve-title">{f.disputeTitle}</h2>
      <p>{f.disputeIntro(assessment.analyst.display_name, second)}</p>
      {assessment.second_opinion?.notes ? (
        <blockquote className="quote">{assessment.second_opinion.notes}</blockquote>
      ) : null}
      <form onSubmit={submit} noValidate>
        {conflict ? <Conflict onReload={onReload} /> : null}
        <ErrorMessage>{error}</ErrorMessage>
        <RadioChoices
          legend={f.decision}
          name="resolve"
          labels={labels}
          value={decision}
          onChange={setDecision}
        />
        {decision === 'replace' ? (
          <QualificationFields catalogue={catalogue} draft={draft} onChange={setDraft} />
        ) : null}
        <Notes label={f.resolveNotes} value={notes} onChange={setNotes} required />
        <button type="submit" className="button" disabled={busy}>
          {f.resolve}
        </button>
      </form>
    </section>
  );
}
