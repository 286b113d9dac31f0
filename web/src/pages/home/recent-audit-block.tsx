/** For those who read the audit log: the latest account changes and failed sign-ins. */
import { useQuery } from '@tanstack/react-query';
import { auditApi } from '../../api/endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { AuditEvent } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { workspaceError } from '../workspace/workspace-shared.ts';
import { HomeBlock } from './home-block.tsx';

const SHOWN = 5;
const ACCOUNT_CHANGES = { action: 'staff.' };
const FAILED_SIGN_INS = { action: 'auth.sign_in_failed' };

export function RecentAuditBlock() {
  const { t, formatDateTime } = useI18n();
  const h = t.home;
  const changes = useQuery({
    queryKey: queryKeys.audit(ACCOUNT_CHANGES, SHOWN),
    queryFn: () => auditApi.list(ACCOUNT_CHANGES, { limit: SHOWN }),
  });
  const failures = useQuery({
    queryKey: queryKeys.audit(FAILED_SIGN_INS, SHOWN),
    queryFn: () => auditApi.list(FAILED_SIGN_INS, { limit: SHOWN }),
  });
  const list = (events: AuditEvent[], empty: string) =>
    events.length ? (
      <ul className="home-list">
        {events.map((e) => (
          <li key={e.seq}>
            <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {t.auditActions[e.action] ?? e.action} ·{' '}
            {e.actor_label}
            {e.target_label ? ` → ${e.target_label}` : ''}
          </li>
        ))}
      </ul>
    ) : (
      <p className="muted">{empty}</p>
    );
  return (
    <HomeBlock title={h.recentAudit} link={{ to: '/audit', label: h.openAudit }}>
      <QueryStatus query={[changes, failures]} describe={workspaceError} />
      {changes.data && failures.data ? (
        <>
          <h3>{h.accountChanges}</h3>
          {list(changes.data.events, h.none)}
          <h3>{h.failedSignIns}</h3>
          {list(failures.data.events, h.none)}
        </>
      ) : null}
    </HomeBlock>
  );
}
