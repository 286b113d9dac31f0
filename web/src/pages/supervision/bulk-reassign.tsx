/**
 * Supervision: one reassignment for the overdue items ticked in the list (instead of a control per
 * row). Each item is handed over on its own, so one refusal (someone saved it meanwhile) does not stop
 * the others, and the summary says what happened to each.
 */
import { type FormEvent, useState } from 'react';
import type { AssignableStaff } from '../../api/types.ts';
import { itemsApi } from '../../api/workspace-endpoints.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { SelectField } from '../../ui.tsx';
import { workspaceError } from '../workspace/workspace-shared.ts';

const RELEASE = 'release';

export type Outcome = { url: string; ok: boolean; text: string };

export function BulkReassign(props: {
  selected: { id: string; url: string }[];
  people: AssignableStaff[];
  onDone(outcomes: Outcome[], say: (m: Messages) => string): void;
  onSessionError(err: unknown): boolean;
}) {
  const { t } = useI18n();
  const s = t.workspace.supervision;
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const count = props.selected.length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (to === '' || count === 0) return;
    setBusy(true);
    const outcomes: Outcome[] = [];
    for (const item of props.selected) {
      try {
        const { claim } = await itemsApi.reassign(item.id, { staff_id: to === RELEASE ? null : to });
        const text = claim ? s.reassignedTo(item.url, claim.display_name) : s.releasedClaim(item.url);
        outcomes.push({ url: item.url, ok: true, text });
      } catch (err) {
        if (props.onSessionError(err)) return;
        outcomes.push({ url: item.url, ok: false, text: s.reassignFailed(item.url, workspaceError(err, t)) });
      }
    }
    setBusy(false);
    setTo('');
    const done = outcomes.filter((o) => o.ok).length;
    props.onDone(outcomes, (m) =>
      outcomes.length === 1 && done === 1
        ? (outcomes[0]?.text ?? '')
        : m.workspace.supervision.reassignSummary(done, outcomes.length - done),
    );
  };

  return (
    <form className="bulk-reassign" onSubmit={submit}>
      <SelectField
        label={s.reassignSelected(count)}
        value={to}
        onChange={setTo}
        options={[
          { value: '', label: s.choosePerson },
          ...props.people.map((p) => ({ value: p.id, label: s.person(p.display_name, t.roles[p.role]) })),
          { value: RELEASE, label: s.releaseClaim },
        ]}
      />
      <button type="submit" className="button button-secondary" disabled={busy || to === '' || count === 0}>
        {s.reassignButton(count)}
      </button>
    </form>
  );
}
