/**
 * What a person with send_notices may do with an item's follow-up, by its state: check now (any
 * state), pause with a reason (watching), resume (paused), record removed with an optional note and a
 * confirmation saying what it records (watching or paused). One form open at a time. A 409 means the
 * follow-up changed under us: say so and reload.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { monitoringApi } from '../../api/monitoring-endpoints.ts';
import type { ItemMonitoringResponse, ItemMonitoringView } from '../../api/types.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, StatusMessage } from '../../ui.tsx';
import { useStatus, workspaceError } from '../workspace/workspace-shared.ts';
import { NoteForm } from './note-form.tsx';

type ActionName = keyof Messages['monitoring']['done'];
type Props = {
  itemId: string;
  view: ItemMonitoringView;
  onView(view: ItemMonitoringView | null): void;
  onReload(): void;
  onSessionError(err: unknown): boolean;
};

export function FollowUpActions({ itemId, view, onView, onReload, onSessionError }: Props) {
  const { t } = useI18n();
  const m = t.monitoring;
  const [open, setOpen] = useState<'pause' | 'removed'>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useStatus();

  const action = useMutation({
    mutationFn: (act: { name: ActionName; call: () => Promise<ItemMonitoringResponse> }) => act.call(),
    onMutate: () => {
      setError(undefined);
      setStatus(undefined);
    },
    onSuccess: (answer, { name }) => {
      onView(answer.monitoring);
      setOpen(undefined);
      setStatus((t) => t.monitoring.done[name]);
    },
    onError: (err) => {
      if (onSessionError(err)) return;
      if (err instanceof ApiError && err.status === 409 && err.code === 'monitoring.wrong_state') {
        setError(m.conflict);
        setOpen(undefined);
        onReload();
      } else {
        setError((err instanceof ApiError && m.errors[err.code]) || workspaceError(err, t));
      }
    },
  });
  const run = (name: ActionName, call: () => Promise<ItemMonitoringResponse>) =>
    action.mutate({ name, call });
  const busy = action.isPending;

  /** A form opens on a clean slate: the last action's confirmation would read as this one's. */
  const openForm = (form: 'pause' | 'removed') => {
    setStatus(undefined);
    setError(undefined);
    setOpen(form);
  };
  const button = (label: string, onClick: () => void, disabled = false) => (
    <button
      type="button"
      className="button button-small button-secondary"
      disabled={busy || disabled}
      onClick={onClick}
    >
      {label}
    </button>
  );

  return (
    <div className="follow-up-actions">
      {open === undefined ? (
        <div className="row-actions">
          {button(
            m.actions.checkNow,
            () => run('checkNow', () => monitoringApi.checkNow(itemId)),
            view.check_requested,
          )}
          {view.state === 'watching' ? button(m.actions.pause, () => openForm('pause')) : null}
          {view.state === 'paused'
            ? button(m.actions.resume, () => run('resume', () => monitoringApi.resume(itemId)))
            : null}
          {view.state !== 'removed' ? button(m.actions.recordRemoved, () => openForm('removed')) : null}
        </div>
      ) : null}
      {open === 'pause' ? (
        <NoteForm
          label={m.pauseForm.reason}
          hint={m.pauseForm.hint}
          required={m.pauseForm.required}
          submit={m.pauseForm.submit}
          busy={busy}
          onCancel={() => setOpen(undefined)}
          onSubmit={(reason) => run('pause', () => monitoringApi.pause(itemId, reason))}
        />
      ) : null}
      {open === 'removed' ? (
        <NoteForm
          label={m.removedForm.note}
          hint={m.removedForm.hint}
          confirm={m.removedForm.confirm}
          submit={m.removedForm.submit}
          busy={busy}
          onCancel={() => setOpen(undefined)}
          onSubmit={(note) =>
            run('recordRemoved', () => monitoringApi.recordRemoved(itemId, note || undefined))
          }
        />
      ) : null}
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
    </div>
  );
}
