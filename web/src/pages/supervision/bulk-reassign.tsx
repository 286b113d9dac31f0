/**
 * Supervision: one reassignment for the overdue items ticked in the list (instead of a control per
 * row). Each item is handed over on its own, so one refusal (someone saved it meanwhile) does not stop
 * the others, and the summary says what happened to each.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isSessionLost } from '../../api/describe-error.ts';
import { queryKeys } from '../../api/query-keys.ts';
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
}) {
  const { t } = useI18n();
  const s = t.workspace.supervision;
  const [to, setTo] = useState('');
  const queryClient = useQueryClient();
  const count = props.selected.length;

  const reassign = useMutation({
    mutationFn: async (staffId: string | null) => {
      const outcomes: Outcome[] = [];
      for (const item of props.selected) {
        try {
          const { claim } = await itemsApi.reassign(item.id, { staff_id: staffId });
          const text = claim ? s.reassignedTo(item.url, claim.display_name) : s.releasedClaim(item.url);
          outcomes.push({ url: item.url, ok: true, text });
        } catch (err) {
          // A lost session ends the run (the app goes back to sign-in); other refusals are per item.
          if (isSessionLost(err)) throw err;
          outcomes.push({
            url: item.url,
            ok: false,
            text: s.reassignFailed(item.url, workspaceError(err, t)),
          });
        }
      }
      return outcomes;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.supervision }),
    onSuccess: (outcomes) => {
      setTo('');
      const done = outcomes.filter((o) => o.ok).length;
      props.onDone(outcomes, (m) =>
        outcomes.length === 1 && done === 1
          ? (outcomes[0]?.text ?? '')
          : m.workspace.supervision.reassignSummary(done, outcomes.length - done),
      );
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (to === '' || count === 0) return;
    reassign.mutate(to === RELEASE ? null : to);
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
      <button
        type="submit"
        className="button button-secondary"
        disabled={reassign.isPending || to === '' || count === 0}
      >
        {s.reassignButton(count)}
      </button>
    </form>
  );
}
