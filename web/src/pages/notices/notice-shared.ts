/**
 * What the notices panel and the liaison screen share: the date a notice's state was reached, its
 * recipient in words, error sentences, and the hook that runs an action (a 409 means someone else
 * acted first: say so and reload).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { isSessionLost } from '../../api/describe-error.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { NoticeChannel, NoticeState, NoticeView } from '../../api/types.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useStatus, workspaceError } from '../workspace/workspace-shared.ts';

/** When the notice reached its present state. */
export function stateDate(n: NoticeView): string {
  switch (n.state) {
    case 'proposed':
      return n.created_at;
    case 'queued':
      return n.approved?.at ?? n.updated_at;
    case 'sent':
      return n.sent_at ?? n.updated_at;
    case 'acknowledged':
      return n.acknowledged_at ?? n.updated_at;
    case 'withheld':
      return n.withheld?.at ?? n.updated_at;
    default:
      return n.updated_at;
  }
}

export const recipientName = (n: NoticeView, t: Messages) =>
  `${t.notices.kinds[n.recipient.kind]} · ${n.recipient.name ?? t.notices.unnamed}`;

/** Channels a person sends by hand and then records (the police portal's batch is apart). */
const MANUAL_CHANNELS: readonly NoticeChannel[] = ['web_form', 'api'];
export const isManual = (channel: NoticeChannel) => MANUAL_CHANNELS.includes(channel);

/** States of a notice that has not left yet: its delay still matters. */
const NOT_LEFT_YET: readonly NoticeState[] = ['proposed', 'queued'];
export const notLeftYet = (state: NoticeState) => NOT_LEFT_YET.includes(state);

/** Still to leave, and soon: the list asks again until the outbox has sent it. */
export const leavingSoon = (n: NoticeView, now = Date.now()) =>
  n.state === 'queued' && n.recipient.channel === 'email' && Date.parse(n.not_before) <= now + 60_000;

export function noticeError(err: unknown, t: Messages): string {
  if (err instanceof ApiError) {
    if (err.status === 409) return t.notices.conflict;
    const known = t.notices.errors[err.code];
    if (known) return known;
  }
  return workspaceError(err, t);
}

export type NoticeActionName = keyof Messages['notices']['done'];
/** What an action came to: the list reloads; a screen whose row may move away can say it at its top. */
export type NoticeOutcome = { action: NoticeActionName; conflict: boolean };
export type OnNoticeChanged = (outcome?: NoticeOutcome) => void;

/**
 * Runs one action on a notice; true when it succeeded. Every notice list and the follow-ups are read
 * again after it, whatever came of it (a conflict means the notice changed meanwhile).
 */
export function useNoticeAction(onChanged?: OnNoticeChanged) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useStatus();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.notices }),
      queryClient.invalidateQueries({ queryKey: queryKeys.monitoring }),
    ]);
  const action = useMutation({
    mutationFn: (act: { name: NoticeActionName; call: () => Promise<unknown> }) => act.call(),
    onMutate: () => {
      setError(undefined);
      setStatus(undefined);
    },
    // The confirmation is said once the lists show the change.
    onSuccess: async (_, { name }) => {
      await refresh();
      setStatus((m) => m.notices.done[name]);
      onChanged?.({ action: name, conflict: false });
    },
    onError: (err, { name }) => {
      if (isSessionLost(err)) return;
      setError(noticeError(err, t));
      if (err instanceof ApiError && err.status === 409) onChanged?.({ action: name, conflict: true });
      return refresh();
    },
  });
  const { mutateAsync } = action;
  const run = useCallback(
    (name: NoticeActionName, call: () => Promise<unknown>): Promise<boolean> =>
      mutateAsync({ name, call }).then(
        () => true,
        () => false,
      ),
    [mutateAsync],
  );
  return { busy: action.isPending, error, status, run, setError };
}
