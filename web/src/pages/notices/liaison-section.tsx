/** One section of the liaison screen: its own query, a count in its heading, dense rows. */
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { noticesApi } from '../../api/notices-endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { NoticeState, NoticeView, RecipientKind } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { LiaisonRow } from './liaison-row.tsx';
import { noticeError, type OnNoticeChanged } from './notice-shared.ts';

export type SectionQuery = {
  state?: NoticeState;
  kind?: RecipientKind;
  /** Rows the API query cannot select by itself (a channel). */
  keep?: (n: NoticeView) => boolean;
};

type Props = {
  title: string;
  query: SectionQuery;
  /** After any action (every notice list is read again: a notice may have moved to another section). */
  onChanged: OnNoticeChanged;
};

export function LiaisonSection({ title, query, onChanged }: Props) {
  const { t } = useI18n();
  const l = t.notices.liaison;
  const headingId = useId();
  const { state, kind, keep } = query;
  const filters = { state, kind };
  const list = useQuery({ queryKey: queryKeys.noticeList(filters), queryFn: () => noticesApi.list(filters) });
  const rows = list.data && {
    notices: keep ? list.data.notices.filter(keep) : list.data.notices,
    more: list.data.next_cursor !== null,
  };

  return (
    <section className="panel liaison-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title}
        {rows ? <span className="count"> · {l.count(rows.notices.length, rows.more)}</span> : null}
      </h2>
      <QueryStatus query={list} describe={noticeError} />
      {rows?.notices.length === 0 ? <p className="muted">{l.empty}</p> : null}
      {rows && rows.notices.length > 0 ? (
        <ol className="liaison-rows">
          {rows.notices.map((notice) => (
            <LiaisonRow key={notice.id} notice={notice} onChanged={onChanged} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
