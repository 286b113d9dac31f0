/**
 * Supervision: backlog by category × age band, service-target breaches (with reassignment), daily
 * throughput as plain CSS bars, four-eyes disagreements waiting, live claims, and the team's load.
 */
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys.ts';
import { supervisionApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, StatusMessage, useFocusHeading } from '../../ui.tsx';
import {
  useCatalogue,
  useStatus,
  useWorkspaceErrors,
  workspaceError,
} from '../workspace/workspace-shared.ts';
import { BacklogTable } from './backlog-table.tsx';
import { BreachesSection } from './breaches-section.tsx';
import { ClaimsList, DisagreementsList, ThroughputChart } from './supervision-figures.tsx';
import { TeamWellbeingPanel } from './team-wellbeing.tsx';

export function SupervisionPage() {
  const { t, formatDateTime } = useI18n();
  const s = t.workspace.supervision;
  const { staff } = useSignedIn();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [error, fail, setError] = useWorkspaceErrors();
  const catalogue = useCatalogue(fail);
  const [status, setStatus] = useStatus();
  const query = useQuery({ queryKey: queryKeys.supervision, queryFn: supervisionApi.overview });
  const overview = query.data;

  const title = (
    <h1 ref={heading} tabIndex={-1}>
      {s.title}
    </h1>
  );
  if (!overview) {
    return (
      <section className="page">
        {title}
        <ErrorMessage>{error}</ErrorMessage>
        <QueryStatus query={query} describe={workspaceError} />
      </section>
    );
  }
  return (
    <section className="page">
      {title}
      <p className="lead">{s.intro}</p>
      <p className="muted">
        {s.generated(formatDateTime(overview.generated_at))}{' '}
        <button type="button" className="link-button" onClick={() => query.refetch()}>
          {s.refresh}
        </button>
      </p>
      <ErrorMessage>{error ?? (query.error ? workspaceError(query.error, t) : undefined)}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
      <BacklogTable backlog={overview.backlog} catalogue={catalogue} />
      <BreachesSection
        breaches={overview.breaches}
        catalogue={catalogue}
        onReassigned={(say) => {
          setError(undefined);
          setStatus(say);
        }}
      />
      <ThroughputChart days={overview.throughput} />
      <DisagreementsList disagreements={overview.disagreements} catalogue={catalogue} />
      <ClaimsList claims={overview.claims} />
      {can(staff, 'read_team_wellbeing') ? <TeamWellbeingPanel /> : null}
    </section>
  );
}
