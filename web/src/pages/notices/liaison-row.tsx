/**
 * One notice as a dense row of the liaison screen: recipient (and what a follow-up is: reminder,
 * content back, escalation), channel and address, the items' URLs
 * (text, shortened in the middle; the item page is one link away), age, state, and the actions.
 */
import type { NoticeView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { followLink } from '../../router.ts';
import { MiddleUrl } from '../../shared/middle-url.tsx';
import { hoursSince } from '../workspace/workspace-shared.ts';
import { NoticeActions } from './notice-actions.tsx';
import { type OnNoticeChanged, recipientName, stateDate } from './notice-shared.ts';

type Props = { notice: NoticeView; onChanged: OnNoticeChanged };

export function LiaisonRow({ notice, onChanged }: Props) {
  const { t, formatDateTime } = useI18n();
  const n = t.notices;
  const l = n.liaison;
  const { recipient } = notice;
  const lastReply = notice.replies.at(-1);
  return (
    <li className="liaison-row">
      <div className="liaison-who">
        <span className="strong">{recipientName(notice, t)}</span>
        {notice.purpose !== 'notice' ? (
          <span className={`notice-purpose purpose-${notice.purpose}`}>
            {n.purposes[notice.purpose](null)}
          </span>
        ) : null}
        <span className="hint">
          {n.channels[recipient.channel]}
          {recipient.address ? (
            <>
              {' · '}
              <span className="mono">{recipient.address}</span>
            </>
          ) : recipient.channel === 'portal_batch' ? null : (
            <>
              {' · '}
              <span className="notice-no-address">{n.noAddress}</span>
            </>
          )}
        </span>
      </div>
      <ul className="liaison-items" aria-label={l.items(notice.items.length)}>
        {notice.items.map((item) => (
          <li key={item.item_id}>
            <MiddleUrl url={item.url} max={56} />{' '}
            <a
              href={`/app/items/${item.item_id}`}
              onClick={followLink(`/items/${item.item_id}`)}
              aria-label={l.openItemOf(item.url)}
              className="liaison-item-link"
            >
              {l.openItem}
            </a>
          </li>
        ))}
      </ul>
      <div className="liaison-state">
        <span className={`badge notice-state state-${notice.state}`}>{n.states[notice.state]}</span>
        <span className="hint">
          <span className="visually-hidden">{l.ageLabel} : </span>
          <time dateTime={notice.created_at} title={formatDateTime(stateDate(notice))}>
            {l.age(hoursSince(notice.created_at))}
          </time>
          {notice.automatic ? ` · ${n.automatic}` : ''}
        </span>
        {lastReply ? (
          <span className="hint">
            {n.replyKinds[lastReply.kind]} · {formatDateTime(lastReply.added_at)}
          </span>
        ) : null}
        {notice.withheld ? <span className="hint">{n.withheldReason(notice.withheld.reason)}</span> : null}
      </div>
      <div className="liaison-actions">
        <NoticeActions notice={notice} onChanged={onChanged} />
      </div>
    </li>
  );
}
