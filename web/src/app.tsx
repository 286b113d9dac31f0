/**
 * The staff app's top level: asks the server where the session stands, then shows sign-in,
 * first-time setup, TOTP enrolment or the signed-in shell with its pages.
 */
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from './api/client.ts';
import { describeError } from './api/describe-error.ts';
import { authApi } from './api/endpoints.ts';
import { useSessionLostOnApiErrors } from './api/session-guard.ts';
import type { StaffProfile } from './api/types.ts';
import { useI18n } from './i18n/i18n.tsx';
import { EnrolmentPage } from './pages/enrolment.tsx';
import { ForbiddenPage, NotFoundPage } from './pages/home.tsx';
import { SetupPage } from './pages/setup.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { can } from './roles.ts';
import { navigate, usePath } from './router.ts';
import { SessionContext, type SignedIn } from './session.tsx';
import { AuthLayout } from './shell/auth-layout.tsx';
import { Shell } from './shell/shell.tsx';
import { ErrorMessage, Loading } from './ui.tsx';

/**
 * Each page is loaded on its first visit, not with the app: sign-in needs none of them, and the
 * statistics page brings the charting library.
 */
const HomePage = lazy(() => import('./pages/home/home-page.tsx').then((m) => ({ default: m.HomePage })));
const AccountPage = lazy(() => import('./pages/account-page.tsx').then((m) => ({ default: m.AccountPage })));
const StaffPage = lazy(() => import('./pages/staff/staff-page.tsx').then((m) => ({ default: m.StaffPage })));
const AuditPage = lazy(() => import('./pages/audit-page.tsx').then((m) => ({ default: m.AuditPage })));
const QueuePage = lazy(() =>
  import('./pages/workspace/queue-page.tsx').then((m) => ({ default: m.QueuePage })),
);
const ItemPage = lazy(() => import('./pages/workspace/item-page.tsx').then((m) => ({ default: m.ItemPage })));
const DirectoryPage = lazy(() =>
  import('./pages/directory/directory-page.tsx').then((m) => ({ default: m.DirectoryPage })),
);
const PartnersPage = lazy(() =>
  import('./pages/partners/partners-page.tsx').then((m) => ({ default: m.PartnersPage })),
);
const MonitoringPage = lazy(() =>
  import('./pages/monitoring/monitoring-page.tsx').then((m) => ({ default: m.MonitoringPage })),
);
const LiaisonPage = lazy(() =>
  import('./pages/notices/liaison-page.tsx').then((m) => ({ default: m.LiaisonPage })),
);
const SupervisionPage = lazy(() =>
  import('./pages/supervision/supervision-page.tsx').then((m) => ({ default: m.SupervisionPage })),
);
const StatsPage = lazy(() => import('./pages/stats/stats-page.tsx').then((m) => ({ default: m.StatsPage })));

type Session =
  | { kind: 'loading' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'signed-out'; notice?: string }
  | { kind: 'password' }
  | { kind: 'enrol' }
  | { kind: 'full'; staff: StaffProfile };

export function App() {
  const { t } = useI18n();
  const path = usePath();
  const [session, setSession] = useState<Session>({ kind: 'loading' });
  const queryClient = useQueryClient();
  const setupToken = useMemo(() => new URLSearchParams(window.location.search).get('token'), []);

  const check = useCallback(() => {
    setSession({ kind: 'loading' });
    authApi.session().then(
      (s) => setSession(s.stage === 'full' ? { kind: 'full', staff: s.staff } : { kind: s.stage }),
      (err) =>
        setSession(
          err instanceof ApiError && err.status === 401
            ? { kind: 'signed-out' }
            : { kind: 'unreachable', message: describeError(err, t) },
        ),
    );
  }, [t]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: asked once at start-up
  useEffect(check, []);

  const signedIn = (staff: StaffProfile) => {
    setSession({ kind: 'full', staff });
    if (path === '/setup') navigate('/', { replace: true });
  };

  const signedInContext = useMemo<SignedIn | undefined>(
    () =>
      session.kind === 'full'
        ? {
            staff: session.staff,
            sessionLost: () => {
              queryClient.clear();
              setSession({ kind: 'signed-out', notice: t.errors.sessionExpired });
            },
          }
        : undefined,
    [session, t, queryClient],
  );
  useSessionLostOnApiErrors(signedInContext?.sessionLost);

  const signOut = async () => {
    try {
      await authApi.logout();
    } finally {
      queryClient.clear();
      setSession({ kind: 'signed-out' });
      navigate('/', { replace: true });
    }
  };

  if (session.kind === 'loading') {
    return (
      <AuthLayout>
        <Loading />
      </AuthLayout>
    );
  }
  if (session.kind === 'unreachable') {
    return (
      <AuthLayout>
        <ErrorMessage>{session.message}</ErrorMessage>
        <button type="button" className="button" onClick={check}>
          {t.common.retry}
        </button>
      </AuthLayout>
    );
  }
  if (path === '/setup' && (setupToken || session.kind === 'enrol')) {
    return (
      <AuthLayout>
        <SetupPage
          token={setupToken}
          enrolling={!setupToken && session.kind === 'enrol'}
          onSignedIn={signedIn}
        />
      </AuthLayout>
    );
  }
  if (session.kind === 'enrol') {
    return (
      <AuthLayout>
        <EnrolmentPage onSignedIn={signedIn} />
      </AuthLayout>
    );
  }
  if (session.kind !== 'full' || !signedInContext) {
    return (
      <AuthLayout>
        <SignInPage
          startAtCode={session.kind === 'password'}
          notice={session.kind === 'signed-out' ? session.notice : undefined}
          onEnrol={() => setSession({ kind: 'enrol' })}
          onSignedIn={signedIn}
        />
      </AuthLayout>
    );
  }

  const { staff } = session;
  const page = (() => {
    switch (path) {
      case '/':
        return <HomePage />;
      case '/account':
        return <AccountPage />;
      case '/staff':
        return can(staff, 'manage_staff') ? <StaffPage /> : <ForbiddenPage />;
      case '/audit':
        return can(staff, 'read_audit') ? <AuditPage /> : <ForbiddenPage />;
      case '/queue':
        return <QueuePage />;
      case '/directory':
        return can(staff, 'read_workspace') ? <DirectoryPage /> : <ForbiddenPage />;
      case '/partners':
        return can(staff, 'read_workspace') ? <PartnersPage /> : <ForbiddenPage />;
      case '/monitoring':
        return can(staff, 'read_workspace') ? <MonitoringPage /> : <ForbiddenPage />;
      case '/liaison':
        return can(staff, 'send_notices') ? <LiaisonPage /> : <ForbiddenPage />;
      case '/supervision':
        return can(staff, 'supervise') ? <SupervisionPage /> : <ForbiddenPage />;
      case '/stats':
        return can(staff, 'read_statistics') ? <StatsPage /> : <ForbiddenPage />;
      default: {
        const item = /^\/items\/([0-9a-f-]{36})$/i.exec(path);
        return item?.[1] ? <ItemPage key={item[1]} itemId={item[1]} /> : <NotFoundPage />;
      }
    }
  })();
  return (
    <SessionContext.Provider value={signedInContext}>
      <Shell staff={staff} path={path} onSignOut={signOut}>
        <Suspense fallback={<Loading />}>{page}</Suspense>
      </Shell>
    </SessionContext.Provider>
  );
}
