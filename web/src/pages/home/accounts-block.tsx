/** For administrators: the staff accounts, and those that need a look (no two-step verification yet, disabled). */
import { useQuery } from '@tanstack/react-query';
import { staffApi } from '../../api/endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { workspaceError } from '../workspace/workspace-shared.ts';
import { HomeBlock } from './home-block.tsx';

export function AccountsBlock() {
  const { t } = useI18n();
  const h = t.home;
  const query = useQuery({ queryKey: queryKeys.staff, queryFn: staffApi.list });
  const { data } = query;
  const active = data?.staff.filter((m) => !m.disabled) ?? [];
  const withoutTotp = active.filter((m) => !m.totp_enabled).length;
  return (
    <HomeBlock title={h.accounts} link={{ to: '/staff', label: h.openStaff }}>
      <QueryStatus query={query} describe={workspaceError} />
      {data ? (
        <ul className="home-figures">
          <li>{h.activeAccounts(active.length)}</li>
          <li className={withoutTotp ? 'strong' : undefined}>{h.withoutTotp(withoutTotp)}</li>
          <li>{h.disabledAccounts(data.staff.length - active.length)}</li>
        </ul>
      ) : null}
    </HomeBlock>
  );
}
