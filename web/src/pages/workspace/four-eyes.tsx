/**
 * Four eyes: another analyst agrees or disagrees with an assessment that waits for a second opinion;
 * a supervisor settles a disagreement (uphold the first assessment, or replace it with their own).
 */
import { type FormEvent, useId, useState } from 'react';
import type {
  Assessment,
  AssessmentResponse,
  Catalogue,
  Resolution,
  SecondDecision,
} from '../../api/types.ts';
import { itemsApi } from '../../api/workspace-endpoints.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage } from '../../ui.tsx';
import { AssessmentSummary } from './assessments-list.tsx';
import {
  draftToQualification,
  emptyDraft,
  type QualificationDraft,
  QualificationFields,
} from './qualification-fields.tsx';
import { isVersionConflict, workspaceError } from './workspace-shared.ts';

type Common = {
  assessment: Assessment;
  version: number;
  onSaved(response: AssessmentResponse, say: (m: Messages) => string): void;
  onReload(): void;
  onSessionError(err: unknown): boolean;
};

function Notes({
  label,
  value,
  onChange,
  required,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  required?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={5000}
        required={required}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

function useSubmit(t: ReturnType<typeof useI18n>['t'], onSessionError: (err: unknown) => boolean) {
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setError(undefined);
    setConflict(false);
    setBusy(true);
    try {
      await action();
    } catch (err) {
      if (onSessionError(err)) return;
      if (isVersionConflict(err)) setConflict(true);
      else setError(workspaceError(err, t));
    } finally {
      setBusy(false);
    }
  };
  return { error, setError, conflict, busy, run };
}

function Conflict({ onReload }: { onReload(): void }) {
  const { t } = useI18n();
  return (
    <div className="message message-error" role="alert">
      <p>{t.workspace.qualify.conflict}</p>
      <button type="button" className="button button-small" onClick={onReload}>
        {t.workspace.qualify.reload}
      </button>
    </div>
  );
}

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
  const { error, setError, conflict, busy, run } = useSubmit(t, onSessionError);

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
        <fieldset className="fieldset">
          <legend>{f.decision}</legend>
          {(Object.keys(labels) as SecondDecision[]).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name="second-opinion"
                value={value}
                checked={decision === value}
                onChange={() => setDecision(value)}
              />
              <span>{labels[value]}</span>
            </label>
          ))}
        </fieldset>
        <Notes label={f.notes} value={notes} onChange={setNotes} required={decision === 'disagree'} />
        <button type="submit" className="button" disabled={busy}>
          {f.submit}
        </button>
      </form>
    </section>
  );
}

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
  const { error, setError, conflict, busy, run } = useSubmit(t, onSessionError);
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
        <fieldset className="fieldset">
          <legend>{f.decision}</legend>
          {(Object.keys(labels) as Resolution[]).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name="resolve"
                value={value}
                checked={decision === value}
                onChange={() => setDecision(value)}
              />
              <span>{labels[value]}</span>
            </label>
          ))}
        </fieldset>
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
