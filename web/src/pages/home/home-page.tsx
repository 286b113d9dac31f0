/**
 * Home after sign-in: each person lands on their own work, chosen by what their role may do (the
 * capabilities the session lists): who qualifies sees their claims, the next items and their
 * exposure today; who settles disagreements sees breaches, disputes and the team's load; a liaison
 * officer the notices waiting; an administrator the accounts and whether jobs run and mail leaves; whoever reads the audit log its
 * recent sensitive events. Every block links to the page where the work is done.
 */
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { useFocusHeading } from '../../ui.tsx';
import { AccountsBlock } from './accounts-block.tsx';
import { MyWorkBlock } from './my-work-block.tsx';
import { NoticesBlock } from './notices-block.tsx';
import { OperationsBlock } from './operations-block.tsx';
import { RecentAuditBlock } from './recent-audit-block.tsx';
import { TeamBlock } from './team-block.tsx';

export function HomePage() {
  const { t } = useI18n();
  const { staff } = useSignedIn();
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <section className="page home-page">
      <h1 ref={heading} tabIndex={-1}>
        {t.home.title(staff.display_name)}
      </h1>
      <div className="home-blocks">
        {can(staff, 'qualify') ? <MyWorkBlock /> : null}
        {can(staff, 'resolve') ? <TeamBlock /> : null}
        {can(staff, 'send_notices') && !can(staff, 'qualify') ? <NoticesBlock /> : null}
        {can(staff, 'manage_staff') ? <AccountsBlock /> : null}
        {can(staff, 'read_operations') ? <OperationsBlock /> : null}
        {can(staff, 'read_audit') ? <RecentAuditBlock /> : null}
      </div>
    </section>
  );
}
