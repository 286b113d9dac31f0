/** Supervision: the items past their service target, oldest first; who may reassign ticks some and hands them over. */
import { useState } from 'react';
import type { Catalogue, SupervisionOverview } from '../../api/types.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { followLink } from '../../router.ts';
import { useSignedIn } from '../../session.tsx';
import { TableScroll } from '../../ui.tsx';
import { categoryLabel } from '../workspace/workspace-shared.ts';
import { BulkReassign, type Outcome } from './bulk-reassign.tsx';
import { useAssignableStaff } from './reassign-form.tsx';

export function BreachesSection(props: {
  breaches: SupervisionOverview['breaches'];
  catalogue: Catalogue | undefined;
  onReassigned(say: (m: Messages) => string): void;
}) {
  const { t, language, formatDateTime, formatTime } = useI18n();
  const s = t.workspace.supervision;
  const reassigner = can(useSignedIn().staff, 'reassign');
  const people = useAssignableStaff();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const { oldest, by_category } = props.breaches;
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const allSelected = oldest.length > 0 && oldest.every((i) => selected.has(i.id));

  if (oldest.length === 0) {
    return (
      <>
        <h2>{s.breaches}</h2>
        <p className="muted">{s.noBreaches}</p>
      </>
    );
  }
  return (
    <>
      <h2>{s.breaches}</h2>
      <ul className="chip-list">
        {by_category.map((b) => (
          <li key={b.category} className="badge badge-late">
            {categoryLabel(props.catalogue, b.category, language)}
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
                    onChange={() => setSelected(allSelected ? new Set() : new Set(oldest.map((i) => i.id)))}
                  />
                </th>
              ) : null}
              <th scope="col">{t.workspace.queue.item}</th>
              <th scope="col">{s.due}</th>
              <th scope="col">{t.workspace.queue.claimedBy}</th>
            </tr>
          </thead>
          <tbody>
            {oldest.map((item) => (
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
                    · {categoryLabel(props.catalogue, item.category, language)} ·{' '}
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
          onDone={(done, say) => {
            setOutcomes(done.filter((o) => !o.ok));
            setSelected(new Set());
            props.onReassigned(say);
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
  );
}
