/**
 * The item page's "removal follow-up" section: where the follow-up stands and since when (watching,
 * paused with its reason, removed), the first notice, the next and last checks, time to removal,
 * reminders, escalation and returns online; the actions for those who send notices; the timeline of
 * checks and events. Before any notice has left there is nothing to follow: one line says when it
 * starts. While a check is asked for, or a notice has left but the item is not enrolled yet, the
 * section asks the server again every few seconds (only while the page is visible).
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isSessionLost } from '../../api/describe-error.ts';
import { monitoringApi } from '../../api/monitoring-endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { ItemMonitoringView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Loading } from '../../ui.tsx';
import { workspaceError } from '../workspace/workspace-shared.ts';
import { FollowUpActions } from './follow-up-actions.tsx';
import { FollowUpTimeline, OUTCOME_BADGE } from './follow-up-timeline.tsx';

const POLL_MS = 3000;
const STATE_BADGE = { watching: 'badge-warn', paused: 'badge-off', removed: 'badge-on' } as const;

type Props = {
  itemId: string;
  itemUrl: string;
  /** A notice about the item has left: follow-up is about to start. */
  noticeLeft: boolean;
  /** Changes when something the follow-up depends on changed (the notices' states): read again. */
  facts: string;
  /** Told where the follow-up stands whenever that changes (what the reporter is told may follow). */
  onStanding?(standing: string): void;
  onSessionError(err: unknown): boolean;
};

/** When the present state began. */
function sinceOf(view: ItemMonitoringView): string {
  if (view.state === 'paused' && view.paused) return view.paused.at;
  if (view.state === 'removed' && view.removed_at) return view.removed_at;
  return view.reappeared_at ?? view.first_notice_at;
}

export function FollowUpPanel({ itemId, itemUrl, noticeLeft, facts, onStanding, onSessionError }: Props) {
  const { t, formatDateTime } = useI18n();
  const m = t.monitoring;
  const p = m.panel;
  const { staff } = useSignedIn();
  const queryClient = useQueryClient();
  // Read again when the item or its notices change; asked again every few seconds (only while the
  // page is visible) while a check is asked for, or a notice has left but nothing is followed yet.
  const queryKey = [...queryKeys.itemMonitoring(itemId), facts] as const;
  const query = useQuery({
    queryKey,
    queryFn: () => monitoringApi.ofItem(itemId),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => {
      const view = q.state.data?.monitoring;
      return view?.check_requested === true || (view === null && noticeLeft) ? POLL_MS : false;
    },
  });
  /** undefined: not read yet; null: nothing followed yet. */
  const view = query.data?.monitoring;
  // A lost session goes back to sign-in (api/session-guard.ts); other errors are worded here.
  const error = query.error && !isSessionLost(query.error) ? workspaceError(query.error, t) : undefined;
  const standing = view ? `${view.state}:${view.reappearances}` : '';
  useEffect(() => onStanding?.(standing), [standing, onStanding]);

  return (
    <section className="panel follow-up-panel" aria-labelledby="follow-up-title">
      <div className="panel-head">
        <h2 id="follow-up-title">{p.title}</h2>
        {view ? (
          <>
            <span className={`badge ${STATE_BADGE[view.state]}`}>{m.states[view.state]}</span>
            <span className="hint">{p.since[view.state](formatDateTime(sinceOf(view)))}</span>
          </>
        ) : null}
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      {view === undefined && !error ? <Loading /> : null}
      {view === null ? <p className="muted">{noticeLeft ? p.starting : p.none}</p> : null}
      {view ? (
        <>
          {view.paused ? (
            <p className="message message-warn follow-up-paused">
              <span className="strong">
                {p.pause} ({p.pausedBy(view.paused.by?.display_name ?? null, formatDateTime(view.paused.at))})
                {t.workspace.colon}
              </span>
              <span className="follow-up-reason">{view.paused.reason}</span>
            </p>
          ) : null}
          <dl className="facts follow-up-facts">
            <dt>{p.firstNotice}</dt>
            <dd>{formatDateTime(view.first_notice_at)}</dd>
            <dt>{p.lastCheck}</dt>
            <dd>
              {view.last_check_at && view.last_outcome ? (
                <>
                  {formatDateTime(view.last_check_at)}{' '}
                  <span className={`badge ${OUTCOME_BADGE[view.last_outcome]}`}>
                    {m.outcomes[view.last_outcome]}
                  </span>
                </>
              ) : (
                p.notCheckedYet
              )}
            </dd>
            <dt>{p.nextCheck}</dt>
            <dd>{view.next_check_at ? formatDateTime(view.next_check_at) : p.noNextCheck}</dd>
            {view.hours_to_removal !== null && view.first_removed_at ? (
              <>
                <dt>{p.timeToRemoval}</dt>
                <dd>
                  {p.removedAt(m.duration(view.hours_to_removal), formatDateTime(view.first_removed_at))}
                  {view.closed_by ? ` · ${p.recordedBy(view.closed_by.display_name)}` : null}
                </dd>
              </>
            ) : null}
            <dt>{p.reminders}</dt>
            <dd>{view.reminders_sent}</dd>
            <dt>{p.escalation}</dt>
            <dd>{view.escalated_at ? formatDateTime(view.escalated_at) : p.notEscalated}</dd>
            {view.reappearances > 0 && view.reappeared_at ? (
              <>
                <dt>{p.reappearances}</dt>
                <dd>{p.reappeared(view.reappearances, formatDateTime(view.reappeared_at))}</dd>
              </>
            ) : null}
          </dl>
          {view.check_requested ? (
            <p className="loading follow-up-requested" role="status">
              {p.checkRequested}
            </p>
          ) : null}
          {can(staff, 'send_notices') ? (
            <FollowUpActions
              itemId={itemId}
              view={view}
              onView={(monitoring) => queryClient.setQueryData(queryKey, { monitoring })}
              onReload={() => queryClient.invalidateQueries({ queryKey })}
              onSessionError={onSessionError}
            />
          ) : null}
          <h3 className="follow-up-history">{m.timeline.title}</h3>
          <FollowUpTimeline view={view} itemUrl={itemUrl} />
        </>
      ) : null}
    </section>
  );
}
