/** For those who read the audit log: the latest account changes and failed sign-ins. */
import { auditApi } from '../../api/endpoints.ts';
import type { AuditEvent } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { HomeBlock, useBlockData } from './home-block.tsx';

const SHOWN = 5;

export function RecentAuditBlock() {
  const { t, formatDateTime } = useI18n();
  const h = t.home;
  const { data, status } = useBlockData(() =>
    Promise.all([
      auditApi.list({ action: 'staff.' }, { limit: SHOWN }),
      auditApi.list({ action: 'auth.sign_in_failed' }, { limit: SHOWN }),
    ]),
  );
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
      {status}
      {data ? (
        <>
          <h3>{h.accountChanges}</h3>
          {list(data[0].events, h.none)}
          <h3>{h.failedSignIns}</h3>
          {list(data[1].events, h.none)}
        </>
      ) : null}
    </HomeBlock>
  );
}
