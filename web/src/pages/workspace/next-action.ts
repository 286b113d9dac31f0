/**
 * The one thing this person should do next on this item, from its state, its claim, its assessments
 * and notices, and what the person's role may do (the server's capabilities). Either an action that
 * lives in a section of the item page, or the reason there is nothing to do yet.
 */
import type { Capability, ItemDetail, NoticeView } from '../../api/types.ts';
import type { Messages } from '../../i18n/fr.ts';
import type { ItemSection } from './item-sections.ts';

export type NextAction =
  | { kind: 'act'; action: 'qualify' | 'secondOpinion' | 'resolve'; section: ItemSection }
  | { kind: 'act'; action: 'approveNotices'; section: ItemSection; count: number }
  | { kind: 'wait'; reason: 'claimedBy'; name: string }
  | { kind: 'wait'; reason: Exclude<WaitReason, 'claimedBy'> };

/** Why there is nothing to do: one sentence each in the messages (itemPage.waiting). */
type WaitReason = keyof Messages['workspace']['itemPage']['waiting'];

type Person = { id: string; capabilities: readonly Capability[] };
/** Only what the rule reads: the item page passes the whole detail and notices list. */
type Facts = {
  detail: Pick<ItemDetail, 'item' | 'claim' | 'assessments'>;
  /** undefined while loading: notices are then not counted yet. */
  notices: Pick<NoticeView, 'state'>[] | undefined;
  /** Whether the removal follow-up is still watching the content (a notice left, not removed). */
  watching: boolean;
};

export function nextAction(person: Person, { detail, notices, watching }: Facts): NextAction {
  const may = (capability: Capability) => person.capabilities.includes(capability);
  const { item, claim } = detail;
  switch (item.state) {
    case 'new': {
      if (!may('qualify')) return { kind: 'wait', reason: 'qualification' };
      if (claim && claim.staff_id !== person.id)
        return { kind: 'wait', reason: 'claimedBy', name: claim.display_name };
      return { kind: 'act', action: 'qualify', section: 'qualification' };
    }
    case 'awaiting_second': {
      const pending = detail.assessments.find((a) => a.status === 'pending_second');
      if (may('qualify') && pending && pending.analyst.id !== person.id) {
        return { kind: 'act', action: 'secondOpinion', section: 'qualification' };
      }
      return { kind: 'wait', reason: 'secondOpinion' };
    }
    case 'disputed':
      return may('resolve')
        ? { kind: 'act', action: 'resolve', section: 'qualification' }
        : { kind: 'wait', reason: 'resolution' };
    case 'assessed': {
      const proposed = notices?.filter((n) => n.state === 'proposed').length ?? 0;
      if (proposed > 0) {
        return may('send_notices')
          ? { kind: 'act', action: 'approveNotices', section: 'notices', count: proposed }
          : { kind: 'wait', reason: 'notices' };
      }
      return { kind: 'wait', reason: watching ? 'removal' : 'done' };
    }
  }
}

/** The section an item opens on when its address names none: where this person's next step is. */
export const openingSection = (next: NextAction): ItemSection =>
  next.kind === 'act' ? next.section : 'evidence';
