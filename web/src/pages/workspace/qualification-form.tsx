/**
 * Recording an assessment: the fields, a note when the verdict will need four eyes, and the item's
 * version sent along so a concurrent save comes back as a clear conflict with a reload button.
 */
import { type FormEvent, useState } from 'react';
import type { AssessmentResponse, Catalogue } from '../../api/types.ts';
import { itemsApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage } from '../../ui.tsx';
import {
  draftToQualification,
  emptyDraft,
  needsFourEyes,
  type QualificationDraft,
  QualificationFields,
} from './qualification-fields.tsx';
import { isVersionConflict, workspaceError } from './workspace-shared.ts';

type Props = {
  catalogue: Catalogue;
  itemId: string;
  version: number;
  category: string;
  onSaved(response: AssessmentResponse): void;
  onReload(): void;
  onSessionError(err: unknown): boolean;
};

export function QualificationForm({
  catalogue,
  itemId,
  version,
  category,
  onSaved,
  onReload,
  onSessionError,
}: Props) {
  const { t } = useI18n();
  const f = t.workspace.qualify;
  const [draft, setDraft] = useState<QualificationDraft>(() => emptyDraft(category));
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setConflict(false);
    const qualification = draftToQualification(draft);
    if (!qualification) {
      setError(f.verdictRequired);
      return;
    }
    setBusy(true);
    try {
      const response = await itemsApi.assess(itemId, { ...qualification, version });
      setDraft(emptyDraft(response.item.category));
      onSaved(response);
    } catch (err) {
      if (onSessionError(err)) return;
      if (isVersionConflict(err)) setConflict(true);
      else setError(workspaceError(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="qualify-title">
      <h3 id="qualify-title" className="visually-hidden">
        {f.title}
      </h3>
      {conflict ? (
        <div className="message message-error" role="alert">
          <p>{f.conflict}</p>
          <button type="button" className="button button-small" onClick={onReload}>
            {f.reload}
          </button>
        </div>
      ) : null}
      <ErrorMessage>{error}</ErrorMessage>
      <QualificationFields catalogue={catalogue} draft={draft} onChange={setDraft} />
      {needsFourEyes(catalogue, draft) ? <p className="message message-info">{f.fourEyesNote}</p> : null}
      <button type="submit" className="button" disabled={busy}>
        {f.submit}
      </button>
    </form>
  );
}
