/**
 * Routing, read as a table: hosting country × category × verdict × platform known × partner hotline
 * × CDN in front → the notices proposed (kind, language, delay, automatic), with the French pack.
 * Then the engine's own promises, with rules written for the test: dedupe, recipient resolution.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pack } from '../../jurisdictions/index.ts';
import type { NoticeRules } from '../../jurisdictions/jurisdiction.ts';
import type { AbuseContact } from '../hosting/index.ts';
import type { PartnerHotlineFacts, RoutingFacts } from './notice.types.ts';
import { proposeNotices } from './routing.ts';

const contact = (role: AbuseContact['role'], extra: Partial<AbuseContact> = {}): AbuseContact => ({
  role,
  channel: 'email',
  address: `abuse@${role}.example`,
  name: `${role} Ltd`,
  source: role === 'platform' ? 'directory' : role === 'cdn' ? 'cdn' : 'rdap_ip',
  as_of: '2026-11-01T00:00:00Z',
  ...extra,
});
const PLATFORM = contact('platform', {
  channel: 'web_form',
  address: 'https://platform.example/trusted-flagger',
});
const CDN = contact('cdn');
const HOST = contact('host');
const NETWORK = contact('network');

const partnerIn = (country: string): PartnerHotlineFacts => ({
  id: `hotline-${country.toLowerCase()}`,
  country,
  name: `Hotline ${country}`,
  channel: 'email',
  address: `report@hotline-${country.toLowerCase()}.example`,
  language: 'en',
});

type Row = {
  hosted: string | null;
  category: string;
  verdict?: RoutingFacts['verdict'];
  platform?: boolean;
  partner?: boolean;
  cdn?: boolean;
  /** Replaces the default contacts (host, plus platform/CDN as asked). */
  contacts?: AbuseContact[];
  /** "kind language delay [auto]", in rule order. */
  expect: string[];
};

const table: Row[] = [
  // Illegal and hosted in France: the host (LCEN art. 6) and PHAROS.
  { hosted: 'FR', category: 'hate_racial_religious', expect: ['police_portal fr 0h', 'host fr 0h'] },
  { hosted: 'FR', category: 'pimping', cdn: true, expect: ['police_portal fr 0h', 'host fr 0h'] },
  // Child sexual abuse material: PHAROS automatically, wherever it is hosted.
  {
    hosted: 'FR',
    category: 'child_sexual_abuse_material',
    expect: ['police_portal fr 0h auto', 'host fr 0h'],
  },
  {
    hosted: 'NL',
    category: 'child_sexual_abuse_material',
    partner: true,
    expect: ['police_portal fr 0h auto', 'partner_hotline en 0h'],
  },
  {
    hosted: 'NL',
    category: 'child_sexual_abuse_material',
    partner: true,
    cdn: true,
    expect: ['police_portal fr 0h auto', 'partner_hotline en 0h'],
  },
  {
    hosted: 'US',
    category: 'child_sexual_abuse_material',
    expect: ['police_portal fr 0h auto', 'police_liaison fr 0h'],
  },
  {
    hosted: 'NL',
    category: 'child_sexual_abuse_material',
    partner: true,
    platform: true,
    expect: ['police_portal fr 0h auto', 'partner_hotline en 0h', 'platform en 0h'],
  },
  {
    hosted: 'FR',
    category: 'child_sexual_abuse_material',
    platform: true,
    expect: ['police_portal fr 0h auto', 'platform fr 0h'],
  },
  { hosted: null, category: 'child_sexual_abuse_material', expect: ['police_portal fr 0h auto'] },
  // Terrorism: PHAROS first, the host or platform after 24 hours.
  { hosted: 'FR', category: 'terrorism', expect: ['police_portal fr 0h', 'host fr 24h'] },
  { hosted: 'US', category: 'terrorism', expect: ['police_portal fr 0h', 'host en 24h'] },
  { hosted: 'DE', category: 'bomb_making', cdn: true, expect: ['police_portal fr 0h', 'host en 24h'] },
  {
    hosted: 'FR',
    category: 'terrorism',
    platform: true,
    expect: ['police_portal fr 0h', 'platform fr 24h'],
  },
  { hosted: null, category: 'terrorism', expect: ['police_portal fr 0h'] },
  // A known platform gets a DSA art. 16 notice instead of a removal request to the host.
  {
    hosted: 'FR',
    category: 'hate_racial_religious',
    platform: true,
    expect: ['police_portal fr 0h', 'platform fr 0h'],
  },
  {
    hosted: 'US',
    category: 'sexual_harassment',
    platform: true,
    cdn: true,
    expect: ['police_portal fr 0h', 'platform en 0h'],
  },
  {
    hosted: null,
    category: 'incitement_to_suicide',
    platform: true,
    expect: ['police_portal fr 0h', 'platform en 0h'],
  },
  // Other illegal categories abroad: the host in English, and PHAROS.
  { hosted: 'US', category: 'hate_sex_gender_disability', expect: ['police_portal fr 0h', 'host en 0h'] },
  { hosted: 'DE', category: 'grooming', expect: ['police_portal fr 0h', 'host en 0h'] },
  {
    hosted: 'BE',
    category: 'non_consensual_intimate_images',
    partner: true,
    expect: ['police_portal fr 0h', 'host en 0h'],
  },
  // Hosting country unknown: the host cannot be named, PHAROS alone.
  { hosted: null, category: 'hate_racial_religious', expect: ['police_portal fr 0h'] },
  // Legal but harmful to minors: the platform or host, never the police.
  { hosted: 'FR', category: 'harmful_to_minors', verdict: 'harmful_to_minors', expect: ['host fr 0h'] },
  {
    hosted: 'US',
    category: 'harmful_to_minors',
    verdict: 'harmful_to_minors',
    cdn: true,
    expect: ['host en 0h'],
  },
  {
    hosted: 'US',
    category: 'harmful_to_minors',
    verdict: 'harmful_to_minors',
    platform: true,
    expect: ['platform en 0h'],
  },
  { hosted: null, category: 'harmful_to_minors', verdict: 'harmful_to_minors', expect: [] },
  // Nothing to notify.
  { hosted: 'FR', category: 'hate_racial_religious', verdict: 'not_illegal', expect: [] },
  { hosted: 'US', category: 'child_sexual_abuse_material', verdict: 'out_of_scope', expect: [] },
  { hosted: 'FR', category: 'terrorism', verdict: 'unreachable', platform: true, expect: [] },
];

function factsOf(row: Row): RoutingFacts {
  const contacts = row.contacts ?? [
    ...(row.platform ? [PLATFORM] : []),
    ...(row.cdn ? [CDN] : []),
    HOST,
    NETWORK,
  ];
  return {
    itemId: 'item-1',
    url: 'https://content.example/page',
    categoryId: row.category,
    verdict: row.verdict ?? 'illegal',
    hostingCountry: row.hosted,
    contacts,
    partnerHotline: row.partner && row.hosted ? partnerIn(row.hosted) : null,
  };
}

const describe = (p: ReturnType<typeof proposeNotices>[number]) =>
  `${p.recipient.kind} ${p.recipient.language} ${p.delayHours}h${p.automatic ? ' auto' : ''}`;

test('the French rules, as a table', () => {
  assert.ok(table.length >= 15);
  for (const row of table) {
    const label = `${row.hosted ?? 'unknown'} × ${row.category} × ${row.verdict ?? 'illegal'}${row.platform ? ' × platform' : ''}${row.partner ? ' × partner' : ''}${row.cdn ? ' × cdn' : ''}`;
    const proposals = proposeNotices(factsOf(row));
    assert.deepEqual(proposals.map(describe), row.expect, label);
    for (const p of proposals) {
      if (p.recipient.kind === 'host') {
        // The CDN's abuse desk stands for the host when there is one in front.
        assert.equal(p.recipient.address, row.cdn ? CDN.address : HOST.address, label);
      }
      if (p.recipient.kind === 'platform') assert.equal(p.recipient.address, PLATFORM.address, label);
    }
  }
});

test('every rule of the French pack is used by the table, and names categories the pack has', () => {
  const used = new Set(table.flatMap((row) => proposeNotices(factsOf(row)).map((p) => p.ruleId)));
  const ids = pack.notices.rules.map((r) => r.id);
  assert.deepEqual(
    ids.filter((id) => !used.has(id)),
    [],
  );
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  const categoryIds = new Set([...pack.categories.map((c) => c.id), pack.otherCategory.id]);
  for (const rule of pack.notices.rules) {
    for (const id of [...(rule.when.categories ?? []), ...(rule.when.exceptCategories ?? [])]) {
      assert.ok(categoryIds.has(id), `${rule.id}: unknown category ${id}`);
    }
  }
  assert.equal(pack.notices.country, pack.country);
});

test('only transmissions of child abuse material to the police portal are automatic', () => {
  const automatic = pack.notices.rules.filter((r) => r.propose.automatic);
  assert.deepEqual(
    automatic.map((r) => [r.propose.recipient, r.when.categories]),
    [['police_portal', ['child_sexual_abuse_material']]],
  );
});

test('recipients: the police portal is a batch, the partner and the platform keep their channel and address', () => {
  const [police, partner, platform] = proposeNotices(
    factsOf({
      hosted: 'NL',
      category: 'child_sexual_abuse_material',
      partner: true,
      platform: true,
      expect: [],
    }),
  );
  assert.deepEqual(police?.recipient, {
    kind: 'police_portal',
    channel: 'portal_batch',
    address: null,
    name: 'PHAROS',
    language: 'fr',
    source: 'pack',
  });
  assert.deepEqual(partner?.recipient, {
    kind: 'partner_hotline',
    channel: 'email',
    address: 'report@hotline-nl.example',
    name: 'Hotline NL',
    language: 'en',
    source: 'partner_hotlines',
  });
  assert.deepEqual(platform?.recipient, {
    kind: 'platform',
    channel: 'web_form',
    address: 'https://platform.example/trusted-flagger',
    name: 'platform Ltd',
    language: 'en',
    source: 'directory',
  });
  const [, liaison] = proposeNotices(
    factsOf({ hosted: 'US', category: 'child_sexual_abuse_material', expect: [] }),
  );
  assert.deepEqual(liaison?.recipient, {
    kind: 'police_liaison',
    channel: pack.notices.policeLiaison.channel,
    address: pack.notices.policeLiaison.address,
    name: pack.notices.policeLiaison.name,
    language: 'fr',
    source: 'pack',
  });
});

test('the host: the CDN first, else the host, else the network; none known still proposes, without an address', () => {
  const hostOf = (contacts: AbuseContact[], hosted = 'FR') =>
    proposeNotices(factsOf({ hosted, category: 'pimping', contacts, expect: [] })).find(
      (p) => p.recipient.kind === 'host',
    )?.recipient;
  assert.equal(hostOf([NETWORK, HOST, CDN])?.address, CDN.address);
  assert.equal(hostOf([NETWORK, HOST])?.address, HOST.address);
  assert.equal(hostOf([NETWORK])?.address, NETWORK.address);
  assert.deepEqual(hostOf([]), {
    kind: 'host',
    channel: 'email',
    address: null,
    name: null,
    language: 'fr',
    source: 'none',
  });
  assert.equal(hostOf([], 'US')?.language, 'en');
  // The directory's language wins over the country's.
  assert.equal(hostOf([contact('host', { language: 'FR' })], 'BE')?.language, 'fr');
  assert.equal(hostOf([contact('host', { language: 'en' })], 'FR')?.language, 'en');
  assert.equal(hostOf([contact('host', { language: 'nl' })], 'NL')?.language, 'en');
});

test('a verdict that is not illegal or harmful to minors is routed nowhere', () => {
  for (const verdict of ['not_illegal', 'out_of_scope', 'unreachable'] as const) {
    for (const category of [...pack.categories.map((c) => c.id), 'other']) {
      const facts = factsOf({ hosted: 'FR', category, verdict, platform: true, partner: true, expect: [] });
      assert.deepEqual(proposeNotices(facts), [], `${verdict} × ${category}`);
    }
  }
});

// The engine itself, with rules written for the test.
const testRules = (rules: Omit<NoticeRules['rules'][number], 'label'>[]): NoticeRules => ({
  ...pack.notices,
  rules: rules.map((rule) => ({ ...rule, label: { fr: rule.id, en: rule.id } })),
});

test('one proposal per recipient kind and address: the earlier rule wins', () => {
  const rules = testRules([
    {
      id: 'first',
      when: { verdicts: ['illegal'] },
      propose: { recipient: 'police_portal', delayHours: 0, automatic: true },
    },
    {
      id: 'second',
      when: { verdicts: ['illegal'] },
      propose: { recipient: 'police_portal', delayHours: 12, automatic: false },
    },
    {
      id: 'host_a',
      when: { verdicts: ['illegal'] },
      propose: { recipient: 'host', delayHours: 0, automatic: false },
    },
    {
      id: 'host_b',
      when: { verdicts: ['illegal'] },
      propose: { recipient: 'host', delayHours: 6, automatic: false },
    },
  ]);
  const proposals = proposeNotices(factsOf({ hosted: 'FR', category: 'pimping', expect: [] }), rules);
  assert.deepEqual(
    proposals.map((p) => [p.ruleId, p.recipient.kind, p.delayHours, p.automatic]),
    [
      ['first', 'police_portal', 0, true],
      ['host_a', 'host', 0, false],
    ],
  );
});

test('the engine resolves registrars, skips a platform or partner the facts do not name, and keeps rule order', () => {
  const rules = testRules([
    {
      id: 'registrar',
      when: { verdicts: ['illegal'], hosted: ['abroad'] },
      propose: { recipient: 'registrar', delayHours: 48, automatic: false },
    },
    {
      id: 'platform',
      when: { verdicts: ['illegal'] },
      propose: { recipient: 'platform', delayHours: 0, automatic: false },
    },
    {
      id: 'partner',
      when: { verdicts: ['illegal'] },
      propose: { recipient: 'partner_hotline', delayHours: 0, automatic: false },
    },
  ]);
  const withRegistrar = proposeNotices(
    factsOf({ hosted: 'US', category: 'pimping', contacts: [HOST, contact('registrar')], expect: [] }),
    rules,
  );
  assert.deepEqual(
    withRegistrar.map((p) => [p.ruleId, p.recipient.address, p.delayHours]),
    [['registrar', 'abuse@registrar.example', 48]],
  );
  const noRegistrar = proposeNotices(
    factsOf({ hosted: 'US', category: 'pimping', contacts: [HOST], expect: [] }),
    rules,
  );
  assert.deepEqual(
    noRegistrar.map((p) => [p.recipient.kind, p.recipient.address]),
    [['registrar', null]],
  );
  assert.deepEqual(proposeNotices(factsOf({ hosted: 'FR', category: 'pimping', expect: [] }), rules), []);
});
