/**
 * The second opinion: the assessment under review first, then agree or disagree (nothing chosen in
 * advance) with notes, required to disagree.
 */
import { type FormEvent, useState } from 'react';
import type { Catalogue, SecondDecision } from '../../api/types.ts';
import { itemsApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, RadioChoices } from '../../ui.tsx';
import { AssessmentSummary } from './assessments-list.tsx';
import { type Common, Conflict, Notes, useSubmit } from './four-eyes.tsx';

export function SecondOpinionPanel({
  assessment,
  version,
  onSaved,
  onReload,
  onSessionError,
  catalogue,
}: Common & { catalogue: Catalogue | undefined }) {
  const { t } = useI18n();
  const f = t.workspace.fourEyes;
  // No answer chosen in advance: agreeing must be a decision, not what a hurried click leaves.
  const [decision, setDecision] = useState<SecondDecision>();
  // Typed by the server's list: a decision added there needs its label here.
  const labels: Record<SecondDecision, string> = { agree: f.agree, disagree: f.disagree };
  const [notes, setNotes] = useState('');
  const { error, setError, conflict, busy, run } = useSubmit(onSessionError);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!decision) {
      setError(f.decisionRequired);
      return;
    }
    if (decision === 'disagree' && !notes.trim()) {
      setError(f.notesRequired);
      return;
    }
    return run(async () => {
      const response = await itemsApi.secondOpinion(assessment.id, {
        version,
        decision,
        notes: notes.trim() || undefined,
      });
      onSaved(response, (m) => m.workspace.fourEyes.saved);
    });
  };

  return (
    <section className="panel panel-highlight" aria-labelledby="second-opinion-title">
      <h2 id="second-opinion-title">{f.title}</h2>
      <p>{f.intro(assessment.analyst.display_name)}</p>
      <h3>{f.underReview}</h3>
      <div className="assessment assessment-under-review">
        <AssessmentSummary assessment={assessment} catalogue={catalogue} />
      </div>
      <form onSubmit={submit} noValidate>
        {conflict ? <Conflict onReload={onReload} /> : null}
        <ErrorMessage>{error}</ErrorMessage>
        <RadioChoices
          legend={f.decision}
          name="second-opinion"
          labels={labels}
          value={decision}
          onChange={setDecision}
        />
        <Notes label={f.notes} value={notes} onChange={setNotes} required={decision === 'disagree'} />
        <button type="submit" className="button" disabled={busy}>
          {f.submit}
        </button>
      </form>
    </section>
  );
}
