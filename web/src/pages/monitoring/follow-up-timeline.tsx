/**
 * An item's removal checks and follow-up events as one timeline, newest first: each check's time,
 * outcome as a badge, reason in words, HTTP status, final address when it differs, and who asked for
 * it; events (removal confirmed, back online, reminded, escalated, paused, resumed, recorded removed)
 * in between. The newest entries show at once; older ones are one click away.
 */
import { useState } from 'react';
import type { ItemMonitoringView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { differentFinalUrl, eventDetails, reasonWords, timelineOf } from './monitoring-format.ts';

const SHOWN_FIRST = 15;

export const OUTCOME_BADGE = {
  online: 'badge-warn',
  removed: 'badge-on',
  inconclusive: 'badge-off',
} as const;

export function FollowUpTimeline({ view, itemUrl }: { view: ItemMonitoringView; itemUrl: string }) {
  const { t, formatDateTime } = useI18n();
  const m = t.monitoring;
  const [all, setAll] = useState(false);
  const entries = timelineOf(view);
  if (entries.length === 0) return <p className="muted">{m.timeline.empty}</p>;
  const shown = all ? entries : entries.slice(0, SHOWN_FIRST);

  return (
    <>
      <ol className="follow-up-timeline" aria-label={m.timeline.label}>
        {shown.map((entry) => {
          const when = (
            <time dateTime={entry.at} className="timeline-when">
              {formatDateTime(entry.at)}
            </time>
          );
          if (entry.kind === 'event') {
            const { event } = entry;
            const details = eventDetails(event, t);
            if (event.by) details.push(m.timeline.by(event.by.display_name));
            return (
              <li key={`e-${event.at}-${event.action}`} className="timeline-entry timeline-event">
                {when}
                <span className="badge badge-info">{m.timeline.events[event.action] ?? event.action}</span>
                {details.length > 0 ? <span className="timeline-details">{details.join(' · ')}</span> : null}
              </li>
            );
          }
          const { check } = entry;
          const finalUrl = differentFinalUrl(check, itemUrl);
          return (
            <li key={check.id} className="timeline-entry timeline-check">
              {when}
              <span className={`badge ${OUTCOME_BADGE[check.outcome]}`}>
                <span className="visually-hidden">
                  {m.timeline.check}
                  {t.workspace.colon}
                </span>
                <span>{m.outcomes[check.outcome]}</span>
              </span>
              <span className="timeline-details">
                {reasonWords(check.reason, t)}
                {' · '}
                {check.status === null ? m.timeline.noAnswer : m.timeline.status(check.status)}
                {check.requested_by ? ` · ${m.timeline.askedBy(check.requested_by.display_name)}` : null}
                {finalUrl ? (
                  <>
                    {' · '}
                    {m.timeline.finalUrl} <span className="mono timeline-url">{finalUrl}</span>
                  </>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
      {!all && entries.length > SHOWN_FIRST ? (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {m.timeline.older(entries.length - SHOWN_FIRST)}
        </button>
      ) : null}
    </>
  );
}
