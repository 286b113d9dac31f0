/** The frame of the signed-out screens (sign-in, first-time setup): brand, language, one card. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { LanguageSwitch } from './language-switch.tsx';

export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="auth-page">
      <header className="auth-header">
        <div className="brand">
          <span className="brand-name">{t.app.name}</span>
          <span className="brand-area">{t.app.area}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main className="auth-card" id="main">
        {children}
      </main>
    </div>
  );
}
