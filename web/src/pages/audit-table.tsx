/** The audit log's table: sequence, time, who, what, on what, and the details, newest first. */
import type { AuditEvent } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { followLink } from '../router.ts';
import { TableScroll } from '../ui.tsx';
import type { Actor } from './audit-filters.tsx';
import { detailLines } from './audit-format.ts';

export function AuditTable({ events, actors }: { events: AuditEvent[]; actors: Actor[] }) {
  const { t, formatDateTimeSeconds } = useI18n();
  const nameOf = (event: AuditEvent) =>
    actors.find((a) => a.staff_id === event.actor_staff_id)?.label ?? event.actor_label;
  return (
    <TableScroll label={t.audit.title}>
      <table className="data-table audit-table">
        <thead>
          <tr>
            <th scope="col">{t.audit.seq}</th>
            <th scope="col">{t.audit.at}</th>
            <th scope="col">{t.audit.actor}</th>
            <th scope="col">{t.audit.action}</th>
            <th scope="col">{t.audit.target}</th>
            <th scope="col">{t.audit.details}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.seq}>
              <td data-label={t.audit.seq} className="num">
                {event.seq}
              </td>
              <td data-label={t.audit.at}>
                <time dateTime={event.at}>{formatDateTimeSeconds(event.at)}</time>
              </td>
              <td data-label={t.audit.actor}>
                {nameOf(event)}
                {nameOf(event) !== event.actor_label ? (
                  <span className="muted target-id">{event.actor_label}</span>
                ) : null}
              </td>
              <td data-label={t.audit.action}>
                {t.auditActions[event.action] ? (
                  <span className="action-label">{t.auditActions[event.action]}</span>
                ) : null}
                <code className="action-code">{event.action}</code>
              </td>
              <td data-label={t.audit.target}>{event.target_type ? <TargetCell event={event} /> : null}</td>
              <td data-label={t.audit.details} className="details">
                {detailLines(event.details).map((line) => (
                  <span key={line} className="detail-line">
                    {line}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The object an event is about: its kind, its current name (an item as a link to its page), its id. */
function TargetCell({ event }: { event: AuditEvent }) {
  const { t } = useI18n();
  const kind = t.audit.objectTypes[event.target_type ?? ''] ?? event.target_type;
  const isItem = event.target_type === 'item' && event.target_id;
  return (
    <>
      <span className="target-kind">{kind}</span>
      {event.target_label ? (
        isItem ? (
          <a
            href={`/app/items/${event.target_id}`}
            onClick={followLink(`/items/${event.target_id}`)}
            className="target-label"
            title={t.audit.openItem}
          >
            {event.target_label}
          </a>
        ) : (
          <span className="target-label">{event.target_label}</span>
        )
      ) : null}
      {event.target_id ? <span className="mono muted target-id">{event.target_id}</span> : null}
    </>
  );
}
