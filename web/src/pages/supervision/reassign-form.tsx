/**
 * Supervision: hand an item to any analyst or supervisor who can take it (GET /api/staff/assignable),
 * or free its claim. Nothing is chosen at first, so a stray click on the button changes nothing.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { staffApi } from '../../api/endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { AssignableStaff } from '../../api/types.ts';
import { itemsApi } from '../../api/workspace-endpoints.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { SelectField } from '../../ui.tsx';

/** The people work can go to, for whoever may reassign; undefined for others and until loaded. */
export function useAssignableStaff(onError?: (err: unknown) => void): AssignableStaff[] | undefined {
  const reassigner = can(useSignedIn().staff, 'reassign');
  const { data, error } = useQuery({
    queryKey: queryKeys.assignableStaff,
    queryFn: staffApi.assignable,
    enabled: reassigner,
  });
  useEffect(() => {
    if (error) onError?.(error);
  }, [error, onError]);
  return data?.staff;
}

/** The select's value for "free the claim" (staff ids are UUIDs, so it cannot clash). */
const RELEASE = 'release';

type Props = {
  itemId: string;
  url: string;
  /** Who holds the item now: not offered again. */
  holderId: string | undefined;
  people: AssignableStaff[];
  /** Called with the sentence to show once the server took the change. */
  onDone(say: (m: Messages) => string): void;
  onError(err: unknown): void;
};

export function ReassignForm({ itemId, url, holderId, people, onDone, onError }: Props) {
  const { t } = useI18n();
  const s = t.workspace.supervision;
  const [to, setTo] = useState('');
  const queryClient = useQueryClient();
  const reassign = useMutation({
    mutationFn: (staffId: string | null) => itemsApi.reassign(itemId, { staff_id: staffId }),
    onSuccess: ({ claim }) => {
      setTo('');
      queryClient.invalidateQueries({ queryKey: queryKeys.supervision });
      onDone((m) =>
        claim
          ? m.workspace.supervision.reassignedTo(url, claim.display_name)
          : m.workspace.supervision.releasedClaim(url),
      );
    },
    onError,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (to !== '') reassign.mutate(to === RELEASE ? null : to);
  };
  return (
    <form className="reassign-form" onSubmit={submit}>
      <SelectField
        label={s.reassignTo(url)}
        hideLabel
        value={to}
        onChange={setTo}
        options={[
          { value: '', label: s.choosePerson },
          ...people
            .filter((p) => p.id !== holderId)
            .map((p) => ({ value: p.id, label: s.person(p.display_name, t.roles[p.role]) })),
          ...(holderId ? [{ value: RELEASE, label: s.releaseClaim }] : []),
        ]}
      />
      <button
        type="submit"
        className="button button-small button-secondary"
        disabled={reassign.isPending || to === ''}
      >
        {s.reassign}
      </button>
    </form>
  );
}
