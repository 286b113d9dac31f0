/** For liaison officers: the notices waiting for someone's approval, oldest work first. */
import { useQuery } from '@tanstack/react-query';
import { noticesApi } from '../../api/notices-endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { workspaceError } from '../workspace/workspace-shared.ts';
import { HomeBlock } from './home-block.tsx';

const PROPOSED = { state: 'proposed', limit: 100 } as const;

export function NoticesBlock() {
  const { t } = useI18n();
  const h = t.home;
  const query = useQuery({
    queryKey: queryKeys.noticeList(PROPOSED),
    queryFn: () => noticesApi.list(PROPOSED),
  });
  const { data } = query;
  return (
    <HomeBlock title={h.notices} link={{ to: '/liaison', label: h.openLiaison }}>
      <QueryStatus query={query} describe={workspaceError} />
      {data ? (
        <p className={data.notices.length ? 'strong' : 'muted'}>
          {h.noticesWaiting(data.notices.length, data.next_cursor !== null)}
        </p>
      ) : null}
    </HomeBlock>
  );
}
