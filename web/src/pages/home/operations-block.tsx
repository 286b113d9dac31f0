/**
 * For administrators: whether the background jobs run and mail leaves. What needs a person comes
 * first, in words; then the outbox's figures and each job queue (a row to look at stands out).
 * Refreshed every minute while the page is open.
 */
import { useQuery } from '@tanstack/react-query';
import { type OperationsHealth, operationsApi } from '../../api/operations-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, Loading } from '../../ui.tsx';
import { workspaceError } from '../workspace/workspace-shared.ts';
import { HomeBlock } from './home-block.tsx';

export function OperationsBlock() {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: ['operations', 'health'],
    queryFn: operationsApi.health,
    refetchInterval: 60_000,
  });
  return (
    <HomeBlock title={t.operations.title}>
      {query.error ? <ErrorMessage>{workspaceError(query.error, t)}</ErrorMessage> : null}
      {query.data ? <OperationsHealthView health={query.data} /> : query.isPending ? <Loading /> : null}
    </HomeBlock>
  );
}

function OperationsHealthView({ health }: { health: OperationsHealth }) {
  const { t, formatDateTime } = useI18n();
  const o = t.operations;
  const { outbox, jobs } = health;
  return (
    <>
      {health.problems.length === 0 ? (
        <p className="operations-ok">{o.allRunning}</p>
      ) : (
        <ul className="home-list operations-problems">
          {health.problems.map((p) => (
            <li key={p.code} className="strong">
              {o.problems[p.code]} {p.queues ? o.queuesNamed(p.queues) : null}
            </li>
          ))}
        </ul>
      )}
      {jobs.runs_here ? null : <p className="hint">{o.notHere}</p>}
      <h3>{o.mail}</h3>
      <p>{o.mailFigures(outbox.queued, outbox.retrying, outbox.sent_24h, outbox.failed_7d)}</p>
      {outbox.last_error ? <p className="hint">{o.lastError(outbox.last_error)}</p> : null}
      {jobs.queues.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table operations-table">
            <caption>{o.queues}</caption>
            <thead>
              <tr>
                <th scope="col">{o.columns.name}</th>
                <th scope="col">{o.columns.waiting}</th>
                <th scope="col">{o.columns.failed}</th>
                <th scope="col">{o.columns.lastRun}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.queues.map((q) => (
                <tr key={q.name} className={q.status === 'warning' ? 'operations-warning' : undefined}>
                  <th scope="row">
                    {q.name}
                    {q.status === 'warning' ? (
                      <span className="badge badge-warn operations-badge">{o.warning}</span>
                    ) : null}
                    {q.last_error ? <span className="operations-error">{q.last_error}</span> : null}
                  </th>
                  <td>{q.waiting}</td>
                  <td>{q.failed_24h}</td>
                  <td>{q.last_completed_at ? formatDateTime(q.last_completed_at) : o.never}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
