/**
 * The item page's notices panel: the notices that include the item, newest first, each with its
 * facts and actions. While an approved e-mail notice is about to leave, the panel asks again every
 * few seconds (only while the page is visible) until the outbox has sent it. Each list it reads is
 * handed to `onNotices`: what the page says elsewhere (reporter feedback) may follow from them.
 */
import { useCallback, useEffect, useState } from 'react';
import { noticesApi } from '../../api/notices-endpoints.ts';
import type { NoticeView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, Loading } from '../../ui.tsx';
import { usePolling } from '../workspace/use-polling.ts';
import { NoticeCard } from './notice-card.tsx';
import { leavingSoon, noticeError } from './notice-shared.ts';

const POLL_MS = 3000;

type Props = {
  itemId: string;
  onSessionError(err: unknown): boolean;
  /** Every list read (first load, after an action, while polling). */
  onNotices?(notices: NoticeView[]): void;
};

export function NoticesPanel({ itemId, onSessionError, onNotices }: Props) {
  const { t } = useI18n();
  const [notices, setNotices] = useState<NoticeView[]>();
  const [error, setError] = useState<string>();

  const load = useCallback(() => {
    noticesApi.ofItem(itemId).then(
      (answer) => {
        setError(undefined);
        setNotices(answer.notices);
        onNotices?.(answer.notices);
      },
      (err) => onSessionError(err) || setError(noticeError(err, t)),
    );
  }, [itemId, onSessionError, onNotices, t]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the item changes, not when the handler's identity does
  useEffect(load, [itemId]);
  usePolling(load, notices?.some((n) => leavingSoon(n)) ? POLL_MS : null, notices);

  return (
    <section className="panel notices-panel" aria-labelledby="notices-title">
      <h2 id="notices-title">
        {t.notices.title}
        {notices && notices.length > 0 ? <span className="count"> · {notices.length}</span> : null}
      </h2>
      <ErrorMessage>{error}</ErrorMessage>
      {!notices && !error ? <Loading /> : null}
      {notices?.length === 0 ? <p className="muted">{t.notices.none}</p> : null}
      {notices && notices.length > 0 ? (
        <div className="notice-list">
          {notices.map((notice) => (
            <NoticeCard
              key={notice.id}
              notice={notice}
              follows={notices.find((n) => n.id === notice.follows_notice_id)}
              onChanged={load}
              onSessionError={onSessionError}
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}
