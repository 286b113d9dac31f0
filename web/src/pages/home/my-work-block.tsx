/** For those who qualify: the items I hold, the next ones nobody holds, and my exposure today. */
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys.ts';
import { queueApi, wellbeingApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { followLink } from '../../router.ts';
import { workspaceError } from '../workspace/workspace-shared.ts';
import { HomeBlock } from './home-block.tsx';

const SHOWN = 5;
const MINE = { claim: 'mine' } as const;
const FREE = { claim: 'free' } as const;

export function MyWorkBlock() {
  const { t, formatDateTime } = useI18n();
  const h = t.home;
  const mineQuery = useQuery({ queryKey: queryKeys.queue(MINE), queryFn: () => queueApi.list(MINE) });
  const freeQuery = useQuery({ queryKey: queryKeys.queue(FREE), queryFn: () => queueApi.list(FREE) });
  const meQuery = useQuery({ queryKey: queryKeys.myWellbeing, queryFn: wellbeingApi.me });
  const [mine, free, me] = [mineQuery.data, freeQuery.data, meQuery.data];
  const soon = Date.now() + 24 * 3_600_000;
  const dueSoon = free?.items.filter((i) => Date.parse(i.due_at) <= soon).length ?? 0;
  const list = (items: NonNullable<typeof mine>['items']) => (
    <ul className="home-list">
      {items.slice(0, SHOWN).map((item) => (
        <li key={item.id}>
          <a
            href={`/app/items/${item.id}`}
            onClick={followLink(`/items/${item.id}`)}
            className="reported-url"
          >
            {item.url}
          </a>
          <span className="muted"> · {h.due(formatDateTime(item.due_at))}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <HomeBlock title={h.myWork} link={{ to: '/queue', label: h.openQueue }}>
      <QueryStatus query={[mineQuery, freeQuery, meQuery]} describe={workspaceError} />
      {mine && free && me ? (
        <>
          <h3>{h.myClaims(mine.items.length)}</h3>
          {mine.items.length ? list(mine.items) : <p className="muted">{h.noClaims}</p>}
          <h3>{h.nextToTake}</h3>
          {free.items.length ? list(free.items) : <p className="muted">{h.queueEmpty}</p>}
          {dueSoon ? <p className="message message-warning">{h.dueSoon(dueSoon)}</p> : null}
          <p>{h.exposureToday(Math.round(me.today.seconds / 60), me.today.reveals)}</p>
          {me.break.due ? <p className="message message-info">{h.breakDue}</p> : null}
        </>
      ) : null}
    </HomeBlock>
  );
}
