import { describe, expect, it } from 'vitest';
import type { Capability } from '../../api/types.ts';
import { nextAction, openingSection } from './next-action.ts';

const ANALYST: Capability[] = ['read_workspace', 'read_history', 'qualify', 'handle_media', 'send_notices'];
const SUPERVISOR: Capability[] = [...ANALYST, 'resolve', 'reassign'];
const LIAISON: Capability[] = ['read_workspace', 'send_notices'];
const AUDITOR: Capability[] = ['read_workspace', 'read_history'];

const me = (capabilities: Capability[]) => ({ id: 'me', capabilities });
const claimBy = (id: string, name = 'Anna') => ({
  staff_id: id,
  display_name: name,
  expires_at: '2026-01-01T10:00:00Z',
});
const assessment = (status: string, analystId: string) => ({
  status,
  analyst: { id: analystId, display_name: 'X' },
});

function facts(
  state: string,
  more: { claim?: unknown; assessments?: unknown[]; notices?: string[]; watching?: boolean } = {},
) {
  return {
    detail: {
      item: { state },
      claim: more.claim ?? null,
      assessments: more.assessments ?? [],
    } as never,
    notices: more.notices?.map((s) => ({ state: s })) as never,
    watching: more.watching ?? false,
  };
}

describe('the next step on an item', () => {
  it('asks whoever qualifies to qualify a new item nobody else holds', () => {
    expect(nextAction(me(ANALYST), facts('new'))).toEqual({
      kind: 'act',
      action: 'qualify',
      section: 'qualification',
    });
    expect(nextAction(me(ANALYST), facts('new', { claim: claimBy('me') }))).toMatchObject({
      action: 'qualify',
    });
  });

  it('says who holds a new item when it is someone else, and waits for roles that do not qualify', () => {
    expect(nextAction(me(ANALYST), facts('new', { claim: claimBy('other', 'Bruno') }))).toEqual({
      kind: 'wait',
      reason: 'claimedBy',
      name: 'Bruno',
    });
    expect(nextAction(me(LIAISON), facts('new'))).toEqual({ kind: 'wait', reason: 'qualification' });
  });

  it('offers the second opinion to another analyst, never to the one who assessed', () => {
    const waiting = facts('awaiting_second', { assessments: [assessment('pending_second', 'other')] });
    expect(nextAction(me(ANALYST), waiting)).toMatchObject({
      action: 'secondOpinion',
      section: 'qualification',
    });
    const mine = facts('awaiting_second', { assessments: [assessment('pending_second', 'me')] });
    expect(nextAction(me(ANALYST), mine)).toEqual({ kind: 'wait', reason: 'secondOpinion' });
    expect(nextAction(me(AUDITOR), waiting)).toEqual({ kind: 'wait', reason: 'secondOpinion' });
  });

  it('sends a disagreement to a supervisor; the others wait', () => {
    const disputed = facts('disputed', { assessments: [assessment('disputed', 'other')] });
    expect(nextAction(me(SUPERVISOR), disputed)).toMatchObject({ action: 'resolve' });
    expect(nextAction(me(ANALYST), disputed)).toEqual({ kind: 'wait', reason: 'resolution' });
  });

  it('counts the notices waiting for approval on an assessed item, for those who send notices', () => {
    const proposed = facts('assessed', { notices: ['proposed', 'sent', 'proposed'] });
    expect(nextAction(me(LIAISON), proposed)).toEqual({
      kind: 'act',
      action: 'approveNotices',
      section: 'notices',
      count: 2,
    });
    expect(nextAction(me(AUDITOR), proposed)).toEqual({ kind: 'wait', reason: 'notices' });
  });

  it('waits for the removal while the follow-up watches, and has nothing left once done', () => {
    expect(nextAction(me(LIAISON), facts('assessed', { notices: ['sent'], watching: true }))).toEqual({
      kind: 'wait',
      reason: 'removal',
    });
    expect(nextAction(me(LIAISON), facts('assessed', { notices: ['acknowledged'] }))).toEqual({
      kind: 'wait',
      reason: 'done',
    });
    // Notices not read yet count as none, rather than inventing work.
    expect(nextAction(me(LIAISON), facts('assessed'))).toEqual({ kind: 'wait', reason: 'done' });
  });

  it('opens the item on the section of the next step, or on the evidence when there is nothing to do', () => {
    expect(openingSection({ kind: 'act', action: 'approveNotices', section: 'notices', count: 1 })).toBe(
      'notices',
    );
    expect(openingSection({ kind: 'wait', reason: 'done' })).toBe('evidence');
  });
});
