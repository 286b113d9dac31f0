/** For supervisors: service-target breaches, disagreements waiting, and who holds how much. */
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys.ts';
import { supervisionApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { workspaceError } from '../workspace/workspace-shared.ts';
import { HomeBlock } from './home-block.tsx';

export function TeamBlock() {
  const { t } = useI18n();
  const h = t.home;
  const query = useQuery({ queryKey: queryKeys.supervision, queryFn: supervisionApi.overview });
  const { data } = query;
  const breaches = data?.breaches.by_category.reduce((sum, b) => sum + b.items, 0) ?? 0;
  return (
    <HomeBlock title={h.team} link={{ to: '/supervision', label: h.openSupervision }}>
      <QueryStatus query={query} describe={workspaceError} />
      {data ? (
        <>
          <ul className="home-figures">
            <li className={breaches ? 'strong' : undefined}>{h.breaches(breaches)}</li>
            <li className={data.disagreements.waiting.length ? 'strong' : undefined}>
              {h.disagreements(data.disagreements.waiting.length)}
            </li>
          </ul>
          <h3>{h.load}</h3>
          {data.claims.length ? (
            <ul className="home-list">
              {data.claims.map((c) => (
                <li key={c.staff_id}>{h.holds(c.display_name, c.items)}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{h.nobodyHolds}</p>
          )}
        </>
      ) : null}
    </HomeBlock>
  );
}
