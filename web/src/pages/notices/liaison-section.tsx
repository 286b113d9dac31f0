/** One section of the liaison screen: its own query, a count in its heading, dense rows. */
import { useEffect, useId, useState } from 'react';
import { noticesApi } from '../../api/notices-endpoints.ts';
import type { NoticeState, NoticeView, RecipientKind } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, Loading } from '../../ui.tsx';
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
  /** Bumped after any action: a notice may have moved to another section. */
  version: number;
  onChanged: OnNoticeChanged;
  onSessionError(err: unknown): boolean;
};

export function LiaisonSection({ title, query, version, onChanged, onSessionError }: Props) {
  const { t } = useI18n();
  const l = t.notices.liaison;
  const headingId = useId();
  const [rows, setRows] = useState<{ notices: NoticeView[]; more: boolean }>();
  const [error, setError] = useState<string>();
  const { state, kind, keep } = query;

  // biome-ignore lint/correctness/useExhaustiveDependencies: asked again when the filters or the version change
  useEffect(() => {
    let live = true;
    noticesApi.list({ state, kind }).then(
      (page) => {
        if (!live) return;
        setError(undefined);
        setRows({
          notices: keep ? page.notices.filter(keep) : page.notices,
          more: page.next_cursor !== null,
        });
      },
      (err) => live && (onSessionError(err) || setError(noticeError(err, t))),
    );
    return () => {
      live = false;
    };
  }, [state, kind, version]);

  return (
    <section className="panel liaison-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title}
        {rows ? <span className="count"> · {l.count(rows.notices.length, rows.more)}</span> : null}
      </h2>
      <ErrorMessage>{error}</ErrorMessage>
      {!rows && !error ? <Loading /> : null}
      {rows?.notices.length === 0 ? <p className="muted">{l.empty}</p> : null}
      {rows && rows.notices.length > 0 ? (
        <ol className="liaison-rows">
          {rows.notices.map((notice) => (
            <LiaisonRow
              key={notice.id}
              notice={notice}
              onChanged={onChanged}
              onSessionError={onSessionError}
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
