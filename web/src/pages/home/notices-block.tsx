/** For liaison officers: the notices waiting for someone's approval, oldest work first. */
import { noticesApi } from '../../api/notices-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { HomeBlock, useBlockData } from './home-block.tsx';

export function NoticesBlock() {
  const { t } = useI18n();
  const h = t.home;
  const { data, status } = useBlockData(() => noticesApi.list({ state: 'proposed', limit: 100 }));
  return (
    <HomeBlock title={h.notices} link={{ to: '/liaison', label: h.openLiaison }}>
      {status}
      {data ? (
        <p className={data.notices.length ? 'strong' : 'muted'}>
          {h.noticesWaiting(data.notices.length, data.next_cursor !== null)}
        </p>
      ) : null}
    </HomeBlock>
  );
}
