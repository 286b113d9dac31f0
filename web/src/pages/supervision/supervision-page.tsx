/**
 * Supervision: backlog by category × age band, service-target breaches (with reassignment), daily
 * throughput as plain CSS bars, four-eyes disagreements waiting, live claims, and the team's load.
 */
import { useCallback, useEffect, useState } from 'react';
import { isSessionLost } from '../../api/describe-error.ts';
import type { AgeBand, SupervisionOverview } from '../../api/types.ts';
import { supervisionApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { followLink } from '../../router.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Loading, StatusMessage, TableScroll, useFocusHeading } from '../../ui.tsx';
import {
  categoryLabel,
  useCatalogue,
  useStatus,
  useWorkspaceErrors,
  verdictLabel,
} from '../workspace/workspace-shared.ts';
import { BulkReassign, type Outcome } from './bulk-reassign.tsx';
import { useAssignableStaff } from './reassign-form.tsx';
import { TeamWellbeingPanel } from './team-wellbeing.tsx';

const BANDS: AgeBand[] = ['under_24h', '1_to_3_days', '3_to_7_days', 'over_7_days'];

export function SupervisionPage() {
  const { t, language, formatDateTime, formatTime } = useI18n();
  const s = t.workspace.supervision;
  const { staff } = useSignedIn();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [error, fail, setError] = useWorkspaceErrors();
  const catalogue = useCatalogue(fail);
  const [overview, setOverview] = useState<SupervisionOverview>();
  const people = useAssignableStaff(fail);
  const [status, setStatus] = useStatus();
  const { sessionLost } = useSignedIn();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  const load = useCallback(() => {
    supervisionApi.overview().then(setOverview, fail);
  }, [fail]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: once per visit; "refresh" reloads
  useEffect(() => {
    load();
  }, []);

  if (!overview) {
    return (
      <section className="page">
        <h1 ref={heading} tabIndex={-1}>
          {s.title}
        </h1>
        <ErrorMessage>{error}</ErrorMessage>
        {!error ? <Loading /> : null}
      </section>
    );
  }

  const categories = [...new Set(overview.backlog.map((b) => b.category))];
  const cell = (category: string, band: AgeBand) =>
    overview.backlog.find((b) => b.category === category && b.age_band === band)?.items ?? 0;
  const maxDay = Math.max(1, ...overview.throughput.map((d) => d.assessments));
  const reassigner = can(staff, 'reassign');
  const oldest = overview.breaches.oldest;
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const allSelected = oldest.length > 0 && oldest.every((i) => selected.has(i.id));

  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {s.title}
      </h1>
      <p className="lead">{s.intro}</p>
      <p className="muted">
        {s.generated(formatDateTime(overview.generated_at))}{' '}
        <button type="button" className="link-button" onClick={load}>
          {s.refresh}
        </button>
      </p>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>

      <h2>{s.backlog}</h2>
      <TableScroll label={s.backlog}>
        <table className="data-table backlog-table">
          <thead>
            <tr>
              <th scope="col">{t.workspace.queue.category}</th>
              {BANDS.map((band) => (
                <th scope="col" key={band} className="num">
                  {t.workspace.ageBands[band]}
                </th>
              ))}
              <th scope="col" className="num">
                {s.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => (
              <tr key={category}>
                <th scope="row">{categoryLabel(catalogue, category, language)}</th>
                {BANDS.map((band) => (
                  <td
                    key={band}
                    data-label={t.workspace.ageBands[band]}
                    className={cell(category, band) ? 'num strong' : 'num'}
                  >
                    {cell(category, band)}
                  </td>
                ))}
                <td data-label={s.total} className="num strong">
                  {BANDS.reduce((sum, band) => sum + cell(category, band), 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2>{s.breaches}</h2>
      {overview.breaches.oldest.length === 0 ? (
        <p className="muted">{s.noBreaches}</p>
      ) : (
        <>
          <ul className="chip-list">
            {overview.breaches.by_category.map((b) => (
              <li key={b.category} className="badge badge-late">
                {categoryLabel(catalogue, b.category, language)}
                {t.workspace.colon}
                {b.items}
              </li>
            ))}
          </ul>
          <h3>{s.oldest}</h3>
          <TableScroll label={s.oldest}>
            <table className="data-table">
              <thead>
                <tr>
                  {reassigner ? (
                    <th scope="col" className="select-cell">
                      <input
                        type="checkbox"
                        aria-label={s.selectAll}
                        checked={allSelected}
                        onChange={() =>
                          setSelected(allSelected ? new Set() : new Set(oldest.map((i) => i.id)))
                        }
                      />
                    </th>
                  ) : null}
                  <th scope="col">{t.workspace.queue.item}</th>
                  <th scope="col">{s.due}</th>
                  <th scope="col">{t.workspace.queue.claimedBy}</th>
                </tr>
              </thead>
              <tbody>
                {overview.breaches.oldest.map((item) => (
                  <tr key={item.id}>
                    {reassigner ? (
                      <td className="select-cell">
                        <input
                          type="checkbox"
                          aria-label={s.select(item.url)}
                          checked={selected.has(item.id)}
                          onChange={() => toggle(item.id)}
                        />
                      </td>
                    ) : null}
                    <th scope="row">
                      <a
                        href={`/app/items/${item.id}`}
                        onClick={followLink(`/items/${item.id}`)}
                        className="reported-url"
                      >
                        {item.url}
                      </a>
                      <span className="muted">
                        {' '}
                        · {categoryLabel(catalogue, item.category, language)} ·{' '}
                        {t.workspace.states[item.state]}
                      </span>
                    </th>
                    <td data-label={s.due}>{formatDateTime(item.due_at)}</td>
                    <td data-label={t.workspace.queue.claimedBy}>
                      {item.claim
                        ? `${item.claim.display_name} (${formatTime(item.claim.expires_at)})`
                        : t.workspace.queue.nobody}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {reassigner ? (
            <BulkReassign
              selected={oldest.filter((i) => selected.has(i.id))}
              people={people ?? []}
              onSessionError={(err) => {
                if (!isSessionLost(err)) return false;
                sessionLost();
                return true;
              }}
              onDone={(done, say) => {
                setError(undefined);
                setOutcomes(done.filter((o) => !o.ok));
                setSelected(new Set());
                setStatus(say);
                load();
              }}
            />
          ) : null}
          {outcomes.length > 0 ? (
            <ul className="message message-error">
              {outcomes.map((o) => (
                <li key={o.url}>{o.text}</li>
              ))}
            </ul>
          ) : null}
        </>
      )}

      <h2>{s.throughput}</h2>
      <ol className="bar-chart" aria-label={s.throughput}>
        {overview.throughput.map((d) => (
          <li key={d.day} className="bar" title={s.throughputBar(d.day, d.assessments, d.final_verdicts)}>
            <span className="visually-hidden">{s.throughputBar(d.day, d.assessments, d.final_verdicts)}</span>
            {d.assessments > 0 ? (
              <span className="bar-value" aria-hidden="true">
                {d.assessments}
              </span>
            ) : null}
            <span className={`bar-fill h${Math.round((d.assessments / maxDay) * 20)}`} aria-hidden="true" />
            <span className="bar-day" aria-hidden="true">
              {d.day.slice(8)}
            </span>
          </li>
        ))}
      </ol>

      <h2>
        {s.disagreements}{' '}
        <span className="count">· {s.disagreementsCount(overview.disagreements.last_30_days)}</span>
      </h2>
      {overview.disagreements.waiting.length === 0 ? (
        <p className="muted">{s.noDisagreements}</p>
      ) : (
        <ul className="linked-list">
          {overview.disagreements.waiting.map((d) => (
            <li key={d.assessment_id}>
              <a href={`/app/items/${d.item_id}`} onClick={followLink(`/items/${d.item_id}`)}>
                {categoryLabel(catalogue, d.category, language)} —{' '}
                {verdictLabel(catalogue, d.verdict, language)}
              </a>
              <span className="muted">
                {' '}
                · {s.analysts(d.analyst, d.second_analyst)} · {formatDateTime(d.disputed_at)}
              </span>
              {d.second_notes ? <span className="detail-line">{d.second_notes}</span> : null}
            </li>
          ))}
        </ul>
      )}

      <h2>{s.claims}</h2>
      {overview.claims.length === 0 ? (
        <p className="muted">{s.noClaims}</p>
      ) : (
        <ul className="chip-list">
          {overview.claims.map((c) => (
            <li key={c.staff_id} className="badge badge-off">
              {c.display_name}
              {t.workspace.colon}
              {c.items}
            </li>
          ))}
        </ul>
      )}

      {can(staff, 'read_team_wellbeing') ? <TeamWellbeingPanel onError={fail} /> : null}
    </section>
  );
}
