/** The signed-in frame: header (who, role, language, my account, sign out), navigation, and the page. */
import type { ReactNode } from 'react';
import type { StaffProfile } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { can } from '../roles.ts';
import { followLink } from '../router.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { WellbeingIndicator } from './wellbeing-indicator.tsx';

type Props = { staff: StaffProfile; path: string; onSignOut(): void; children: ReactNode };

export function Shell({ staff, path, onSignOut, children }: Props) {
  const { t } = useI18n();
  const links = [
    { to: '/', label: t.shell.home, show: true },
    { to: '/queue', label: t.workspace.nav.queue, show: true },
    { to: '/liaison', label: t.notices.liaison.nav, show: can(staff, 'send_notices') },
    { to: '/monitoring', label: t.monitoring.screen.nav, show: can(staff, 'read_workspace') },
    { to: '/supervision', label: t.workspace.nav.supervision, show: can(staff, 'supervise') },
    { to: '/stats', label: t.shell.stats, show: can(staff, 'read_statistics') },
    { to: '/directory', label: t.directory.nav, show: can(staff, 'read_workspace') },
    { to: '/partners', label: t.partners.nav, show: can(staff, 'read_workspace') },
    { to: '/staff', label: t.shell.staff, show: can(staff, 'manage_staff') },
    { to: '/audit', label: t.shell.audit, show: can(staff, 'read_audit') },
  ].filter((link) => link.show);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t.shell.skip}
      </a>
      <header className="shell-header">
        <div className="brand">
          <span className="brand-name">{t.app.name}</span>
          <span className="brand-area">{t.app.area}</span>
        </div>
        <div className="who">
          <span className="visually-hidden">{t.shell.signedInAs} </span>
          <span className="who-name">{staff.display_name}</span>
          <span className="who-role">{t.roles[staff.role]}</span>
        </div>
        <div className="header-actions">
          <WellbeingIndicator staffId={staff.id} />
          <LanguageSwitch />
          <a
            className="button button-quiet"
            href="/app/account"
            onClick={followLink('/account')}
            aria-current={path === '/account' ? 'page' : undefined}
          >
            {t.shell.account}
          </a>
          <button type="button" className="button button-quiet" onClick={onSignOut}>
            {t.shell.signOut}
          </button>
        </div>
      </header>
      <nav className="shell-nav" aria-label={t.shell.nav}>
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <a
                href={`/app${link.to}`}
                onClick={followLink(link.to)}
                aria-current={
                  path === link.to || (link.to === '/queue' && path.startsWith('/items/'))
                    ? 'page'
                    : undefined
                }
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
