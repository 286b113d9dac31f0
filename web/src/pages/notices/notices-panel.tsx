/**
 * The item page's notices panel: the notices that include the item, newest first, each with its
 * facts and actions. While an approved e-mail notice is about to leave, the panel asks again every
 * few seconds (only while the page is visible) until the outbox has sent it (item-queries.ts); what
 * the page says elsewhere (follow-up, reporter feedback) follows from the same list.
 */
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { useInvalidateItem, useItemNotices } from '../workspace/item-queries.ts';
import { NoticeCard } from './notice-card.tsx';
import { noticeError } from './notice-shared.ts';

type Props = { itemId: string };

export function NoticesPanel({ itemId }: Props) {
  const { t } = useI18n();
  const query = useItemNotices(itemId, true);
  const notices = query.data?.notices;
  // An action on a notice may change the item's follow-up, feedback and history too.
  const reload = useInvalidateItem(itemId);

  return (
    <section className="panel notices-panel" aria-labelledby="notices-title">
      <h2 id="notices-title">
        {t.notices.title}
        {notices && notices.length > 0 ? <span className="count"> · {notices.length}</span> : null}
      </h2>
      <QueryStatus query={query} describe={noticeError} />
      {notices?.length === 0 ? <p className="muted">{t.notices.none}</p> : null}
      {notices && notices.length > 0 ? (
        <div className="notice-list">
          {notices.map((notice) => (
            <NoticeCard
              key={notice.id}
              notice={notice}
              follows={notices.find((n) => n.id === notice.follows_notice_id)}
              onChanged={reload}
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}
