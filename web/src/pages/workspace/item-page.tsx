/**
 * One item: its address (as text), where it is hosted, its captures, its media (blurred), what the
 * reports say, the claim, the qualification form or the four-eyes step waiting, the assessments,
 * the notices to hosts, platforms and the police, the removal follow-up once a notice has left,
 * derived items, reporter feedback and the history.
 */
import { useCallback, useEffect, useState } from 'react';
import { isSessionLost } from '../../api/describe-error.ts';
import type {
  AssessmentResponse,
  ItemDetail,
  ItemHistory,
  NoticeView,
  PublicStatus,
  ReportContext,
} from '../../api/types.ts';
import { itemsApi } from '../../api/workspace-endpoints.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { followLink } from '../../router.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Loading, StatusMessage, useFocusHeading } from '../../ui.tsx';
import { FollowUpPanel } from '../monitoring/follow-up-panel.tsx';
import { NoticesPanel } from '../notices/notices-panel.tsx';
import { ReassignForm, useAssignableStaff } from '../supervision/reassign-form.tsx';
import { AssessmentsList } from './assessments-list.tsx';
import { CapturePanel } from './capture-panel.tsx';
import { DerivedItems } from './derived-items.tsx';
import { ResolvePanel, SecondOpinionPanel } from './four-eyes.tsx';
import { HostingPanel } from './hosting-panel.tsx';
import { HistoryList } from './item-history.tsx';
import { MediaPanel } from './media-panel.tsx';
import { QualificationForm } from './qualification-form.tsx';
import { ReportedUrl } from './reported-url.tsx';
import { ReporterFeedback } from './reporter-feedback.tsx';
import { useClaimRenewal } from './use-claim-renewal.ts';
import { categoryLabel, useCatalogue, useStatus, useWorkspaceErrors } from './workspace-shared.ts';

export function ItemPage({ itemId }: { itemId: string }) {
  const { t, language, formatDateTime, formatTime } = useI18n();
  const w = t.workspace.item;
  const { staff, sessionLost } = useSignedIn();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [error, fail, setError] = useWorkspaceErrors();
  const catalogue = useCatalogue(fail);
  const [detail, setDetail] = useState<ItemDetail>();
  const [history, setHistory] = useState<ItemHistory>();
  const [status, setStatus] = useStatus();
  const [busy, setBusy] = useState(false);
  /** Bumped when a capture ends: the media panel reads its list again. */
  const [mediaRefresh, setMediaRefresh] = useState(0);
  /** The item's notices and their states as the notices panel last read them (see ReporterFeedback). */
  const [noticeStates, setNoticeStates] = useState('');
  /** One of them has left: the removal follow-up starts (or has started). */
  const [noticeLeft, setNoticeLeft] = useState(false);
  /** Where the removal follow-up stands (removed, back online…): the reporter's status follows it. */
  const [followUp, setFollowUp] = useState('');
  const noticesRead = useCallback((notices: NoticeView[]) => {
    setNoticeStates(notices.map((n) => `${n.id}:${n.state}`).join(','));
    setNoticeLeft(notices.some((n) => n.sent_at !== null));
  }, []);

  const readsHistory = can(staff, 'read_history');
  const load = useCallback(() => {
    itemsApi.get(itemId).then(setDetail, fail);
    if (readsHistory) itemsApi.history(itemId).then(setHistory, fail);
  }, [itemId, readsHistory, fail]);

  useEffect(load, [load]);
  // A removal confirmed (or content back) changes what the reporter's status says: read the item again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again when the follow-up's standing changes
  useEffect(() => {
    if (followUp) load();
  }, [followUp]);

  // Supervisors may hand any open item to someone else, not only the overdue ones on their page.
  const people = useAssignableStaff(fail);

  const holding = detail?.claim?.staff_id === staff.id;
  useClaimRenewal(itemId, holding);

  /** For child components: a lost session goes back to sign-in; true when it was handled here. */
  const onSessionError = (err: unknown) => {
    if (!isSessionLost(err)) return false;
    sessionLost();
    return true;
  };

  const claimAction = async (action: 'claim' | 'release') => {
    setError(undefined);
    setBusy(true);
    try {
      await (action === 'claim' ? itemsApi.claim(itemId) : itemsApi.release(itemId));
      setStatus((m) => (action === 'claim' ? m.workspace.item.claimed : m.workspace.item.released));
      load();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const saved = (response: AssessmentResponse, say?: (m: Messages) => string) => {
    const awaiting = response.item.state === 'awaiting_second';
    setStatus(say ?? ((m) => (awaiting ? m.workspace.qualify.savedAwaiting : m.workspace.qualify.saved)));
    load();
  };

  if (!detail) {
    return (
      <section className="page">
        <h1 ref={heading} tabIndex={-1}>
          {w.title}
        </h1>
        <ErrorMessage>{error}</ErrorMessage>
        {!error ? <Loading /> : null}
      </section>
    );
  }

  const { item, claim } = detail;
  const qualifier = can(staff, 'qualify');
  const pending = detail.assessments.find((a) => a.status === 'pending_second');
  const disputed = detail.assessments.find((a) => a.status === 'disputed');
  const claimedByOther = claim !== null && claim.staff_id !== staff.id;
  const reports: ReportContext[] = detail.reports;

  return (
    <section className="page item-page">
      <p className="breadcrumb">
        <a href="/app/queue" onClick={followLink('/queue')}>
          ← {w.back}
        </a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {w.title}
      </h1>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>

      <div className="item-layout">
        <div className="item-main">
          <section className="panel" aria-labelledby="url-title">
            <h2 id="url-title">{w.url}</h2>
            <ReportedUrl url={item.url} />
          </section>

          <HostingPanel itemId={item.id} onChanged={load} onSessionError={onSessionError} />

          <CapturePanel
            itemId={item.id}
            onChanged={() => {
              setMediaRefresh((n) => n + 1);
              load();
            }}
            onSessionError={onSessionError}
          />

          <MediaPanel
            itemId={item.id}
            refresh={mediaRefresh}
            onChanged={load}
            onSessionError={onSessionError}
          />

          {pending && qualifier ? (
            pending.analyst.id === staff.id ? (
              <p className="message message-info">{t.workspace.fourEyes.yours}</p>
            ) : (
              <SecondOpinionPanel
                key={pending.id}
                assessment={pending}
                version={item.version}
                catalogue={catalogue}
                onSaved={saved}
                onReload={load}
                onSessionError={onSessionError}
              />
            )
          ) : null}
          {disputed && can(staff, 'resolve') && catalogue ? (
            <ResolvePanel
              key={disputed.id}
              assessment={disputed}
              version={item.version}
              catalogue={catalogue}
              onSaved={saved}
              onReload={load}
              onSessionError={onSessionError}
            />
          ) : null}
          {disputed && !can(staff, 'resolve') ? (
            <p className="message message-info">{t.workspace.fourEyes.disputeWaiting}</p>
          ) : null}

          <section className="panel" aria-labelledby="qualification-title">
            <h2 id="qualification-title">{t.workspace.qualify.title}</h2>
            <AssessmentsList assessments={detail.assessments} catalogue={catalogue} />
            {!qualifier ? <p className="muted">{t.workspace.qualify.readOnly}</p> : null}
            {qualifier && item.state === 'new' && !holding ? (
              <p className="message message-info">{t.workspace.qualify.mustClaim}</p>
            ) : null}
            {qualifier && item.state === 'new' && holding && catalogue ? (
              <QualificationForm
                key={item.version}
                catalogue={catalogue}
                itemId={item.id}
                version={item.version}
                category={item.category}
                onSaved={saved}
                onReload={load}
                onSessionError={onSessionError}
              />
            ) : null}
          </section>

          <NoticesPanel itemId={item.id} onSessionError={onSessionError} onNotices={noticesRead} />

          <FollowUpPanel
            itemId={item.id}
            itemUrl={item.url}
            noticeLeft={noticeLeft}
            facts={noticeStates}
            onStanding={setFollowUp}
            onSessionError={onSessionError}
          />

          <DerivedItems
            itemId={item.id}
            items={detail.derived_items}
            catalogue={catalogue}
            canAdd={qualifier}
            onAdded={load}
            onSessionError={onSessionError}
          />

          {can(staff, 'send_feedback') ? (
            <ReporterFeedback
              itemId={itemId}
              facts={`${item.version}|${noticeStates}|${followUp}`}
              reports={reports}
              onSessionError={onSessionError}
              onSent={load}
            />
          ) : null}

          {history ? (
            <section className="panel" aria-labelledby="history-title">
              <h2 id="history-title">{t.workspace.history.title}</h2>
              <HistoryList history={history} catalogue={catalogue} />
            </section>
          ) : null}
        </div>

        <aside className="item-side">
          <section className="panel" aria-labelledby="claim-title">
            <h2 id="claim-title">{w.claimTitle}</h2>
            <p>
              {claim === null
                ? w.unclaimed
                : claimedByOther
                  ? w.claimedByOther(claim.display_name, formatTime(claim.expires_at))
                  : w.claimedByYou(formatTime(claim.expires_at))}
            </p>
            {qualifier && !claimedByOther && (holding || item.state !== 'assessed') ? (
              holding ? (
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busy}
                  onClick={() => claimAction('release')}
                >
                  {w.release}
                </button>
              ) : (
                <button type="button" className="button" disabled={busy} onClick={() => claimAction('claim')}>
                  {w.claim}
                </button>
              )
            ) : null}
            {people && item.state !== 'assessed' ? (
              <div className="claim-reassign">
                <h3>{t.workspace.supervision.reassign}</h3>
                <ReassignForm
                  itemId={item.id}
                  url={item.url}
                  holderId={claim?.staff_id}
                  people={people}
                  onError={fail}
                  onDone={(say) => {
                    setError(undefined);
                    setStatus(say);
                    load();
                  }}
                />
              </div>
            ) : null}
          </section>

          <section className="panel" aria-labelledby="facts-title">
            <h2 id="facts-title">{w.facts}</h2>
            <dl className="facts">
              <dt>{w.category}</dt>
              <dd>{categoryLabel(catalogue, item.category, language)}</dd>
              <dt>{w.state}</dt>
              <dd>{t.workspace.states[item.state]}</dd>
              <dt>{w.origin}</dt>
              <dd>{t.workspace.origins[item.origin]}</dd>
              <dt>{w.firstReported}</dt>
              <dd>{formatDateTime(item.first_reported_at)}</dd>
              <dt>{w.due}</dt>
              <dd>
                {formatDateTime(item.due_at)}{' '}
                {item.overdue ? <span className="badge badge-late">{t.workspace.queue.overdue}</span> : null}
              </dd>
              {detail.parent ? (
                <>
                  <dt>{w.parent}</dt>
                  <dd>
                    <a
                      href={`/app/items/${detail.parent.id}`}
                      onClick={followLink(`/items/${detail.parent.id}`)}
                      className="reported-url"
                    >
                      {detail.parent.url}
                    </a>
                  </dd>
                </>
              ) : null}
              {detail.duplicate_of ? (
                <>
                  <dt>{t.queueTable.duplicateOf}</dt>
                  <dd>
                    <a
                      href={`/app/items/${detail.duplicate_of.id}`}
                      onClick={followLink(`/items/${detail.duplicate_of.id}`)}
                      className="reported-url"
                    >
                      {detail.duplicate_of.url}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
          </section>

          <section className="panel" aria-labelledby="reports-title">
            <h2 id="reports-title">
              {w.reports} <span className="count">· {w.reportsCount(reports.length)}</span>
            </h2>
            <ol className="report-list">
              {reports.map((r) => (
                <li key={r.id}>
                  <dl className="facts">
                    <dt>{w.received}</dt>
                    <dd>{formatDateTime(r.received_at)}</dd>
                    <dt>{w.channel}</dt>
                    <dd>
                      {t.workspace.channels[r.channel as keyof typeof t.workspace.channels] ?? r.channel}
                    </dd>
                    <dt>{w.reporterKind}</dt>
                    <dd>{t.workspace.reporterKinds[r.reporter_kind] ?? r.reporter_kind}</dd>
                    <dt>{w.claimedCategory}</dt>
                    <dd>{categoryLabel(catalogue, r.claimed_category, language)}</dd>
                    <dt>{w.language}</dt>
                    <dd>{t.workspace.languages[r.language] ?? r.language}</dd>
                    <dt>{w.publicStatus}</dt>
                    <dd>{t.workspace.publicStatuses[r.public_status as PublicStatus] ?? r.public_status}</dd>
                  </dl>
                  <p className="report-description">
                    {r.description ?? <span className="muted">{w.noDescription}</span>}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </section>
  );
}
