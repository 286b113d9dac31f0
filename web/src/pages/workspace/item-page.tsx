/**
 * One item, as an analyst works it: a header with the address, state, verdict, claim and this
 * person's next step; the sections (evidence, qualification, hosting, notices, reporter, history) as
 * tabs, the selected one kept in the page address. Server state comes through TanStack Query, keyed
 * by item (item-queries.ts): an answer about a previous item never shows on this one, and every
 * change reads again what it touched.
 */
import { isSessionLost } from '../../api/describe-error.ts';
import type { AssessmentResponse } from '../../api/types.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Loading, StatusMessage, useFocusHeading } from '../../ui.tsx';
import { FollowUpPanel } from '../monitoring/follow-up-panel.tsx';
import { NoticesPanel } from '../notices/notices-panel.tsx';
import { EvidenceSection } from './evidence-section.tsx';
import { HostingPanel } from './hosting-panel.tsx';
import { ItemHeader } from './item-header.tsx';
import { HistoryList } from './item-history.tsx';
import {
  useCaptureEnd,
  useInvalidateItem,
  useItem,
  useItemHistory,
  useItemMedia,
  useItemMonitoring,
  useNoticeFacts,
} from './item-queries.ts';
import { type ItemSection, sectionsFor } from './item-sections.ts';
import { ItemTabPanel, ItemTabs, showPanel, useItemSection } from './item-tabs.tsx';
import { nextAction, openingSection } from './next-action.ts';
import { QualificationSection } from './qualification-section.tsx';
import { ReporterFeedback } from './reporter-feedback.tsx';
import { useClaimRenewal } from './use-claim-renewal.ts';
import { useCatalogue, useErrorText, useStatus, useWorkspaceErrors } from './workspace-shared.ts';

export function ItemPage({ itemId }: { itemId: string }) {
  const { t } = useI18n();
  const { staff, sessionLost } = useSignedIn();
  const [actionError, fail, setActionError] = useWorkspaceErrors();
  const catalogue = useCatalogue(fail);
  const [status, setStatus] = useStatus();
  const readsHistory = can(staff, 'read_history');
  const item = useItem(itemId);
  const history = useItemHistory(itemId, readsHistory);
  const media = useItemMedia(itemId).data?.media;
  const { notices } = useNoticeFacts(itemId);
  const monitoring = useItemMonitoring(itemId).query.data?.monitoring;
  const reload = useInvalidateItem(itemId);
  const loadError = useErrorText(item.error ?? history.error);
  const error = actionError ?? loadError;
  const detail = item.data;

  useClaimRenewal(itemId, detail?.claim?.staff_id === staff.id);
  // Whatever section is open: what a capture added (media, history lines) is read again.
  useCaptureEnd(itemId, reload);

  const next = detail
    ? nextAction(staff, { detail, notices, watching: monitoring?.state === 'watching' })
    : undefined;
  // The opening section waits for the notices too: an assessed item's next step may be among them.
  const [section, choose] = useItemSection(next && notices ? openingSection(next) : undefined);
  const go = (to: ItemSection) => {
    choose(to);
    requestAnimationFrame(() => showPanel(to));
  };

  /** For child components: a lost session goes back to sign-in; true when it was handled here. */
  const onSessionError = (err: unknown) => {
    if (!isSessionLost(err)) return false;
    sessionLost();
    return true;
  };
  const done = (say: (m: Messages) => string) => {
    setActionError(undefined);
    setStatus(say);
  };
  const saved = (response: AssessmentResponse, say?: (m: Messages) => string) => {
    const awaiting = response.item.state === 'awaiting_second';
    done(say ?? ((m) => (awaiting ? m.workspace.qualify.savedAwaiting : m.workspace.qualify.saved)));
    reload();
  };

  if (!detail) return <ItemLoading error={error} />;
  const sections = sectionsFor({ feedback: can(staff, 'send_feedback'), history: readsHistory });
  const shown = sections.includes(section) ? section : 'evidence';
  const counts: Partial<Record<ItemSection, number>> = {
    evidence: media?.length,
    qualification: detail.assessments.length,
    notices: notices?.length,
  };

  return (
    <section className="page item-page" aria-labelledby="item-title">
      <div className="item-top">
        <ItemHeader
          detail={detail}
          catalogue={catalogue}
          next={next}
          onGo={go}
          onDone={done}
          onError={fail}
        />
        <ItemTabs sections={sections} selected={shown} onSelect={choose} counts={counts} />
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>

      <ItemTabPanel section="evidence" selected={shown} unmountHidden>
        <EvidenceSection detail={detail} catalogue={catalogue} />
      </ItemTabPanel>
      <ItemTabPanel section="qualification" selected={shown}>
        <QualificationSection
          detail={detail}
          catalogue={catalogue}
          onSaved={saved}
          onSessionError={onSessionError}
        />
      </ItemTabPanel>
      <ItemTabPanel section="hosting" selected={shown}>
        <HostingPanel itemId={itemId} />
      </ItemTabPanel>
      <ItemTabPanel section="notices" selected={shown}>
        <NoticesPanel itemId={itemId} />
        <FollowUpPanel itemId={itemId} itemUrl={detail.item.url} onSessionError={onSessionError} />
      </ItemTabPanel>
      {sections.includes('reporter') ? (
        <ItemTabPanel section="reporter" selected={shown}>
          <ReporterFeedback
            itemId={itemId}
            version={detail.item.version}
            reports={detail.reports}
            onSent={reload}
          />
        </ItemTabPanel>
      ) : null}
      {history.data ? (
        <ItemTabPanel section="history" selected={shown}>
          <section className="panel" aria-labelledby="history-title">
            <h2 id="history-title">{t.workspace.history.title}</h2>
            <HistoryList history={history.data} catalogue={catalogue} />
          </section>
        </ItemTabPanel>
      ) : null}
    </section>
  );
}

function ItemLoading({ error }: { error: string | undefined }) {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {t.workspace.item.title}
      </h1>
      <ErrorMessage>{error}</ErrorMessage>
      {!error ? <Loading /> : null}
    </section>
  );
}
