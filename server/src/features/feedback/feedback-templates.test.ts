/** Which templates fit an item's standing (features/outcomes), and why the others do not. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pack } from '../../jurisdictions/index.ts';
import type { NoticeState, RecipientKind } from '../notices/index.ts';
import { deriveItemStanding, type ItemFacts } from '../outcomes/index.ts';
import { templateFit } from './feedback-templates.ts';

const facts = (over: Partial<ItemFacts>): ItemFacts => ({
  started: true,
  verdict: null,
  notices: [],
  removedAt: null,
  ...over,
});
const notice = (kind: RecipientKind, state: NoticeState) => ({ kind, state });

test('every template of the pack names at least one outcome', () => {
  for (const x of pack.feedbackTemplates) assert.ok(x.outcomes.length > 0, x.id);
});

describe('templates fit outcomes', () => {
  const byId = (id: string) => pack.feedbackTemplates.find((x) => x.id === id) ?? assert.fail(id);
  const fit = (id: string, over: Partial<ItemFacts>) =>
    templateFit(byId(id), deriveItemStanding(facts(over)));
  test('nothing before the verdict is final', () => {
    for (const x of pack.feedbackTemplates) assert.equal(fit(x.id, {}), 'verdict_not_final');
  });
  test('each template for its outcome only, and why not otherwise', () => {
    const police = { verdict: 'illegal' as const, notices: [notice('police_portal', 'sent')] };
    assert.equal(fit('forwarded_authorities', police), null);
    assert.equal(fit('removal_requested', police), 'no_notice_sent');
    assert.equal(fit('not_illegal', police), 'other_outcome');
    assert.equal(fit('content_removed', police), 'not_removed_yet');
    assert.equal(fit('removal_requested', { verdict: 'illegal', notices: [notice('host', 'sent')] }), null);
    assert.equal(fit('forwarded_authorities', { verdict: 'illegal' }), 'no_notice_sent');
    assert.equal(fit('not_illegal', { verdict: 'not_illegal' }), null);
    assert.equal(fit('removal_requested', { verdict: 'not_illegal' }), 'other_outcome');
    assert.equal(fit('out_of_scope', { verdict: 'out_of_scope' }), null);
    assert.equal(fit('content_unreachable', { verdict: 'unreachable' }), null);
  });
});
