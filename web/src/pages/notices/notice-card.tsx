/**
 * One notice on the item page: to whom (kind, name), what it is when removal monitoring wrote it (a
 * reminder, content back online, an escalation, with the date of the notice it follows), by which
 * channel and address, in which language, why (the pack rule), where it stands and since when, its
 * delay and whether it leaves by itself, its delivery, the replies, and the actions.
 */
import { useId } from 'react';
import type { NoticeView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { NoticeActions } from './notice-actions.tsx';
import { notLeftYet, type OnNoticeChanged, recipientName, stateDate } from './notice-shared.ts';

type Props = {
  notice: NoticeView;
  /** The notice this one follows (a reminder's first notice), when the list holds it. */
  follows?: NoticeView;
  onChanged?: OnNoticeChanged;
};

export function NoticeCard({ notice, follows, onChanged }: Props) {
  const { t, language, formatDateTime } = useI18n();
  const n = t.notices;
  const titleId = useId();
  const { recipient } = notice;
  const waiting = notLeftYet(notice.state) && Date.parse(notice.not_before) > Date.now();
  return (
    <article className={`notice-card notice-${notice.state}`} aria-labelledby={titleId}>
      <div className="notice-head">
        <h3 id={titleId}>{recipientName(notice, t)}</h3>
        <span className={`badge notice-state state-${notice.state}`}>{n.states[notice.state]}</span>
        <span className="hint">{formatDateTime(stateDate(notice))}</span>
        {notice.automatic ? (
          <span className="badge badge-info" title={n.automaticHint}>
            {n.automatic}
          </span>
        ) : null}
      </div>
      {notice.purpose !== 'notice' ? (
        <p className={`notice-purpose purpose-${notice.purpose}`}>
          {n.purposes[notice.purpose](follows ? formatDateTime(follows.sent_at ?? stateDate(follows)) : null)}
        </p>
      ) : null}
      <dl className="facts notice-facts">
        <dt>{n.channel}</dt>
        <dd>{n.channels[recipient.channel]}</dd>
        {recipient.channel !== 'portal_batch' ? (
          <>
            <dt>{n.address}</dt>
            <dd className={recipient.address ? 'mono notice-address' : 'notice-no-address'}>
              {recipient.address ?? n.noAddress}
            </dd>
          </>
        ) : null}
        <dt>{n.language}</dt>
        <dd>{t.workspace.languages[recipient.language] ?? recipient.language}</dd>
        <dt>{n.reason}</dt>
        <dd>
          {notice.rule_label?.[language] ?? notice.rule_id}{' '}
          <code className="notice-rule">{notice.rule_id}</code>
          {notice.automatic ? <span className="hint"> · {n.automaticHint}</span> : null}
        </dd>
      </dl>
      {waiting ? <p className="hint">{n.notBefore(formatDateTime(notice.not_before))}</p> : null}
      {notice.approved ? (
        <p className="hint">
          {notice.approved.by ? n.approvedBy(notice.approved.by.display_name) : n.approvedBySystem}
          {notice.delivery && notice.delivery.attempts > 0
            ? ` · ${n.attempts(notice.delivery.attempts, notice.delivery.last_error)}`
            : null}
        </p>
      ) : null}
      {notice.withheld ? <p className="notice-withheld">{n.withheldReason(notice.withheld.reason)}</p> : null}
      {notice.replies.length > 0 ? (
        <details className="notice-replies" open>
          <summary>{n.replies(notice.replies.length)}</summary>
          <ol>
            {notice.replies.map((r) => (
              <li key={r.id}>
                <span className="hint">
                  {n.replyBy(
                    n.replyKinds[r.kind],
                    formatDateTime(r.added_at),
                    r.added_by?.display_name ?? null,
                  )}
                </span>
                <p className="notice-reply-text">{r.text}</p>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <NoticeActions notice={notice} onChanged={onChanged} />
    </article>
  );
}
