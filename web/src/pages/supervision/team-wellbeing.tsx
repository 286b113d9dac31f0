/** Supervision: the team's exposure load; individual figures only for those who share them. */
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys.ts';
import { wellbeingApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { TableScroll } from '../../ui.tsx';
import { workspaceError } from '../workspace/workspace-shared.ts';

export function TeamWellbeingPanel() {
  const { t } = useI18n();
  const s = t.workspace.supervision;
  const query = useQuery({ queryKey: queryKeys.teamWellbeing, queryFn: wellbeingApi.team });
  const team = query.data;
  return (
    <section className="panel" aria-labelledby="team-title">
      <h2 id="team-title">{s.team}</h2>
      <p className="hint">{s.teamIntro}</p>
      {!team ? (
        <QueryStatus query={query} describe={workspaceError} />
      ) : (
        <>
          <dl className="stat-grid">
            <div>
              <dt>{s.today}</dt>
              <dd>
                {s.exposure} {t.workspace.duration(team.today.exposure_seconds)} · {s.itemsAssessed}{' '}
                {team.today.items_assessed}
              </dd>
            </div>
            <div>
              <dt>{s.week}</dt>
              <dd>
                {s.exposure} {t.workspace.duration(team.last_7_days.exposure_seconds)} · {s.itemsAssessed}{' '}
                {team.last_7_days.items_assessed}
              </dd>
            </div>
            <div>
              <dt>{t.roles.analyst}</dt>
              <dd>{s.activeAnalysts(team.analysts)}</dd>
            </div>
          </dl>
          {team.members.length > 0 ? (
            <TableScroll label={s.teamTable}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{s.member}</th>
                    <th scope="col">{s.today}</th>
                    <th scope="col">{s.week}</th>
                  </tr>
                </thead>
                <tbody>
                  {team.members.map((m) => (
                    <tr key={m.staff_id}>
                      <th scope="row">
                        {m.display_name} <span className="muted">({t.roles[m.role]})</span>
                      </th>
                      <td data-label={s.today}>{t.workspace.duration(m.today_seconds)}</td>
                      <td data-label={s.week}>{t.workspace.duration(m.week_seconds)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
          {team.not_sharing > 0 ? <p className="muted">{s.notSharing(team.not_sharing)}</p> : null}
        </>
      )}
    </section>
  );
}
