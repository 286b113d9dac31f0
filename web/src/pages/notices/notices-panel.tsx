/**
 * The item page's notices panel: the notices that include the item, newest first, each with its
 * facts and actions. While an approved e-mail notice is about to leave, the panel asks again every
 * few seconds (only while the page is visible) until the outbox has sent it. Each list it reads is
 * handed to `onNotices`: what the page says elsewhere (reporter feedback) may follow from them.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { noticesApi } from '../../api/notices-endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { NoticeView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { NoticeCard } from './notice-card.tsx';
import { leavingSoon, noticeError } from './notice-shared.ts';

const POLL_MS = 3000;

type Props = {
  itemId: string;
  /** Kept for the item page; a lost session is handled app-wide (api/session-guard.ts). */
  onSessionError?(err: unknown): boolean;
  /** Every list read (first load, after an action, while polling). */
  onNotices?(notices: NoticeView[]): void;
};

export function NoticesPanel({ itemId, onNotices }: Props) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: queryKeys.itemNotices(itemId),
    queryFn: () => noticesApi.ofItem(itemId),
    refetchInterval: (q) => (q.state.data?.notices.some((n) => leavingSoon(n)) ? POLL_MS : false),
  });
  const notices = query.data?.notices;
  useEffect(() => {
    if (notices) onNotices?.(notices);
  }, [notices, onNotices]);

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
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}
