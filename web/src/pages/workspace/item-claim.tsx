/**
 * Who holds the item, and the claim or release button; supervisors may also hand it to someone else.
 * A region of its own in the header ("Claim"), so the page's other parts can point to it.
 */
import { useMutation } from '@tanstack/react-query';
import type { ItemDetail } from '../../api/types.ts';
import { itemsApi } from '../../api/workspace-endpoints.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { ReassignForm, useAssignableStaff } from '../supervision/reassign-form.tsx';
import { useInvalidateItem } from './item-queries.ts';

type Props = {
  detail: ItemDetail;
  /** A sentence to show once the server took the change. */
  onDone(say: (m: Messages) => string): void;
  onError(err: unknown): void;
};

export function ItemClaim({ detail, onDone, onError }: Props) {
  const { t, formatTime } = useI18n();
  const w = t.workspace.item;
  const { staff } = useSignedIn();
  const { item, claim } = detail;
  const invalidate = useInvalidateItem(item.id);
  const people = useAssignableStaff(onError);
  const holding = claim?.staff_id === staff.id;
  const claimedByOther = claim !== null && !holding;
  const change = useMutation({
    mutationFn: (action: 'claim' | 'release') =>
      action === 'claim' ? itemsApi.claim(item.id) : itemsApi.release(item.id),
    onSuccess: (_, action) =>
      onDone((m) => (action === 'claim' ? m.workspace.item.claimed : m.workspace.item.released)),
    onError,
    onSettled: invalidate,
  });
  const offered = can(staff, 'qualify') && !claimedByOther && (holding || item.state !== 'assessed');

  return (
    <section className="item-claim" aria-labelledby="claim-title">
      <h2 id="claim-title" className="visually-hidden">
        {w.claimTitle}
      </h2>
      <p className="item-claim-holder">
        {claim === null
          ? w.unclaimed
          : claimedByOther
            ? w.claimedByOther(claim.display_name, formatTime(claim.expires_at))
            : w.claimedByYou(formatTime(claim.expires_at))}
      </p>
      {offered ? (
        <button
          type="button"
          className={holding ? 'button button-small button-secondary' : 'button button-small'}
          disabled={change.isPending}
          onClick={() => change.mutate(holding ? 'release' : 'claim')}
        >
          {holding ? w.release : w.claim}
        </button>
      ) : null}
      {people && item.state !== 'assessed' ? (
        <div className="claim-reassign">
          <ReassignForm
            itemId={item.id}
            url={item.url}
            holderId={claim?.staff_id}
            people={people}
            onError={onError}
            onDone={(say) => {
              onDone(say);
              invalidate();
            }}
          />
        </div>
      ) : null}
    </section>
  );
}
