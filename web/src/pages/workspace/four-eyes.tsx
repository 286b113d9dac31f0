/**
 * Four eyes, what its two steps share: another analyst agrees or disagrees with an assessment that
 * waits for a second opinion (second-opinion-panel.tsx); a supervisor settles a disagreement
 * (resolve-panel.tsx). Their notes field, the version conflict, and the submission.
 */
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Assessment, AssessmentResponse } from '../../api/types.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { isVersionConflict, workspaceError } from './workspace-shared.ts';

export type Common = {
  assessment: Assessment;
  version: number;
  onSaved(response: AssessmentResponse, say: (m: Messages) => string): void;
  onReload(): void;
  onSessionError(err: unknown): boolean;
};

export function Notes({
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

/** Runs a four-eyes submission: a version conflict shows the reload message, other errors a sentence. */
export function useSubmit(onSessionError: (err: unknown) => boolean) {
  const { t } = useI18n();
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const mutation = useMutation({
    mutationFn: (action: () => Promise<void>) => action(),
    onMutate: () => {
      setError(undefined);
      setConflict(false);
    },
    onError: (err) => {
      if (onSessionError(err)) return;
      if (isVersionConflict(err)) setConflict(true);
      else setError(workspaceError(err, t));
    },
  });
  return { error, setError, conflict, busy: mutation.isPending, run: mutation.mutate };
}

export function Conflict({ onReload }: { onReload(): void }) {
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
