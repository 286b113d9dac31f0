/** The derivation of what a reporter is told, as a table: verdicts × notice kinds × states → status. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Verdict } from '../../jurisdictions/jurisdiction.ts';
import { NOTICE_STATES, type NoticeState, RECIPIENT_KINDS, type RecipientKind } from '../notices/index.ts';
import { deriveItemStanding, type ItemFacts, type ItemPublicStatus, summariseReport } from './outcome.ts';

const facts = (over: Partial<ItemFacts>): ItemFacts => ({
  started: true,
  verdict: null,
  notices: [],
  removedAt: null,
  ...over,
});
const notice = (kind: RecipientKind, state: NoticeState) => ({ kind, state });

describe('deriveItemStanding', () => {
  const rows: [string, Partial<ItemFacts>, ItemPublicStatus, string[]][] = [
    ['nobody has started', { started: false }, 'received', []],
    ['claimed, no verdict', {}, 'under_review', []],
    ['not illegal', { verdict: 'not_illegal' }, 'not_illegal', ['not_illegal']],
    ['out of scope', { verdict: 'out_of_scope' }, 'out_of_scope', ['out_of_scope']],
    ['unreachable', { verdict: 'unreachable' }, 'unreachable', ['unreachable']],
    ['illegal, nothing sent yet', { verdict: 'illegal' }, 'under_review', []],
    [
      'illegal, notices only proposed or queued',
      {
        verdict: 'illegal',
        notices: [notice('host', 'proposed'), notice('police_portal', 'queued')],
      },
      'under_review',
      [],
    ],
    [
      'illegal, police portal sent',
      { verdict: 'illegal', notices: [notice('police_portal', 'sent')] },
      'transmitted_to_police',
      ['transmitted_to_police'],
    ],
    [
      'illegal, host sent',
      { verdict: 'illegal', notices: [notice('host', 'sent')] },
      'removal_requested',
      ['removal_requested'],
    ],
    [
      'illegal, platform acknowledged',
      { verdict: 'illegal', notices: [notice('platform', 'acknowledged')] },
      'removal_requested',
      ['removal_requested'],
    ],
    [
      'illegal, partner hotline sent',
      { verdict: 'illegal', notices: [notice('partner_hotline', 'sent')] },
      'removal_requested',
      ['removal_requested'],
    ],
    [
      'harmful to minors, host sent',
      { verdict: 'harmful_to_minors', notices: [notice('host', 'sent')] },
      'removal_requested',
      ['removal_requested'],
    ],
    [
      'both police and host sent: removal shown, both true',
      {
        verdict: 'illegal',
        notices: [notice('police_portal', 'sent'), notice('host', 'acknowledged')],
      },
      'removal_requested',
      ['removal_requested', 'transmitted_to_police'],
    ],
    [
      'host failed, withheld or withdrawn: nothing left',
      {
        verdict: 'illegal',
        notices: [
          notice('host', 'failed'),
          notice('platform', 'withheld'),
          notice('partner_hotline', 'withdrawn'),
        ],
      },
      'under_review',
      [],
    ],
    [
      'removal recorded',
      { verdict: 'illegal', notices: [notice('host', 'sent')], removedAt: new Date() },
      'removed',
      ['removed', 'removal_requested'],
    ],
    [
      'verdict pending four eyes, notices cannot count',
      { verdict: null, notices: [notice('host', 'sent')] },
      'under_review',
      [],
    ],
  ];
  for (const [name, over, status, outcomes] of rows) {
    test(name, () => {
      const standing = deriveItemStanding(facts(over));
      assert.equal(standing.status, status);
      assert.deepEqual(standing.outcomes, outcomes);
      assert.equal(standing.verdictFinal, over.verdict != null);
    });
  }

  test('every verdict × recipient kind × notice state gives a status, and only sent or acknowledged count', () => {
    const verdicts: Verdict[] = [
      'illegal',
      'harmful_to_minors',
      'not_illegal',
      'out_of_scope',
      'unreachable',
    ];
    for (const verdict of verdicts) {
      for (const kind of RECIPIENT_KINDS) {
        for (const state of NOTICE_STATES) {
          const standing = deriveItemStanding(facts({ verdict, notices: [notice(kind, state)] }));
          const left = state === 'sent' || state === 'acknowledged';
          const police = kind === 'police_portal' || kind === 'police_liaison';
          const fromNotice = left ? (police ? 'transmitted_to_police' : 'removal_requested') : null;
          const fromVerdict = ['not_illegal', 'out_of_scope', 'unreachable'].includes(verdict)
            ? verdict
            : null;
          assert.equal(
            standing.status,
            fromNotice ?? fromVerdict ?? 'under_review',
            `${verdict} × ${kind} × ${state}`,
          );
        }
      }
    }
  });
});

describe('summariseReport', () => {
  test('received, under analysis with a count, then the outcome of all', () => {
    assert.deepEqual(summariseReport(['received', 'received']), { status: 'received', handled: 0, total: 2 });
    assert.deepEqual(summariseReport(['under_review', 'received']), {
      status: 'under_analysis',
      handled: 0,
      total: 2,
    });
    assert.deepEqual(summariseReport(['removal_requested', 'not_illegal', 'under_review']), {
      status: 'under_analysis',
      handled: 2,
      total: 3,
    });
    assert.equal(summariseReport(['removal_requested', 'not_illegal']).status, 'forwarded');
    assert.equal(summariseReport(['not_illegal', 'unreachable']).status, 'closed');
    assert.equal(summariseReport(['removed', 'removed']).status, 'content_removed');
  });
});
