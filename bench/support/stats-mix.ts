import { hostingLookup } from '../../server/src/features/hosting/hosting.types.ts';
import type { AbuseContact, ContactRole, HostingLookup } from '../../server/src/features/hosting/index.ts';
import type { Channel, ReporterKind } from '../../server/src/features/intake/index.ts';
import { scheduleFor } from '../../server/src/features/monitoring/monitoring-schedule.ts';
import type {
  NoticeRecipient,
  PartnerHotlineFacts,
  RoutingFacts,
} from '../../server/src/features/notices/index.ts';
import { recipientFor, recipientKey } from '../../server/src/features/notices/index.ts';
import { proposeNotices } from '../../server/src/features/notices/routing.ts';
import { ADVERSE, needsFourEyes } from '../../server/src/features/qualification/index.ts';
import { NOTICE_FIGURES } from '../../server/src/features/statistics/stats-notices.queries.ts';
import { pack } from '../../server/src/jurisdictions/index.ts';
import { VERDICTS, type Verdict } from '../../server/src/jurisdictions/jurisdiction.ts';
import type { Language } from '../../server/src/platform/i18n/language.ts';

// ---- SQL text built from the code's lists -------------------------------------------------------

export const lit = (value: string) => `'${value.replaceAll("'", "''")}'`;
export const array = (values: readonly string[]) =>
  values.length ? `array[${values.map(lit).join(', ')}]::text[]` : `'{}'::text[]`;
export const typed = <T extends string>(value: T) => lit(value);
export const oneOf = (column: string, values: readonly string[]) =>
  `${column} in (${values.map(lit).join(', ')})`;

/** Cumulative thresholds in [0, 1e6) for weights, the last one left out (width_bucket's form). */
function thresholds(weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  let sum = 0;
  return weights.slice(0, -1).map((w) => {
    sum += w;
    return Math.round((sum / total) * 1_000_000);
  });
}

/** A value drawn by weight, `hash` being an SQL expression in [0, 1e6): evaluated once. */
export function weighted<T extends string>(
  hash: string,
  weights: ReadonlyArray<readonly [T, number]>,
): string {
  const values = weights.map(([v]) => v);
  return `(${array(values)})[width_bucket(${hash}, array[${thresholds(weights.map(([, w]) => w)).join(', ') || '0'}]::int[]) + 1]`;
}
export const entries = <T extends string>(weights: Partial<Record<T, number>>) =>
  Object.entries(weights) as [T, number][];

// ---- The mix of a hotline -----------------------------------------------------------------------

export const OTHER = pack.otherCategory.id;
type Group = 'csam' | 'hate' | 'terrorism' | 'rest' | 'other';
const groupOf = (id: string): Group =>
  id === OTHER
    ? 'other'
    : pack.figures.childAbuseMaterial.includes(id)
      ? 'csam'
      : pack.figures.hate.includes(id)
        ? 'hate'
        : pack.figures.terrorism.includes(id)
          ? 'terrorism'
          : 'rest';
/** Share of claims per group of categories, split evenly inside a group. */
const CLAIMS: Record<Group, number> = { csam: 35, hate: 18, terrorism: 3, rest: 32, other: 12 };
/** Verdicts by group (per mille): about 30% of the year's items end illegal or harmful to minors. */
const VERDICT_MIX: Record<Group | 'derived', Record<Verdict, number>> = {
  csam: { illegal: 420, harmful_to_minors: 0, not_illegal: 380, out_of_scope: 80, unreachable: 120 },
  hate: { illegal: 220, harmful_to_minors: 0, not_illegal: 580, out_of_scope: 120, unreachable: 80 },
  terrorism: { illegal: 300, harmful_to_minors: 0, not_illegal: 500, out_of_scope: 120, unreachable: 80 },
  rest: { illegal: 170, harmful_to_minors: 30, not_illegal: 560, out_of_scope: 150, unreachable: 90 },
  other: { illegal: 60, harmful_to_minors: 30, not_illegal: 400, out_of_scope: 430, unreachable: 80 },
  // Found by an analyst next to illegal content: mostly illegal too.
  derived: { illegal: 750, harmful_to_minors: 0, not_illegal: 100, out_of_scope: 0, unreachable: 150 },
};
export const CATEGORY_IDS = [...pack.categories.map((c) => c.id), OTHER];
export const claimWeight = (id: string) =>
  CLAIMS[groupOf(id)] / CATEGORY_IDS.filter((c) => groupOf(c) === groupOf(id)).length;

/** How reports arrive: channel and kind of reporter together. */
export const ARRIVALS: Array<readonly [`${Channel} ${ReporterKind}`, number]> = [
  ['web_form public', 60],
  ['web_form trusted_flagger', 3],
  ['api trusted_flagger', 8],
  ['api public', 2],
  ['partner_hotline partner_hotline', 8],
  ['hash_list trusted_flagger', 12],
  ['staff staff', 7],
];
export const LANGUAGE_MIX: Record<Language, number> = { fr: 88, en: 12 };
/** Addresses per report: most name one. */
export const ITEMS_PER_REPORT: Array<readonly [string, number]> = [
  ['1', 735],
  ['2', 195],
  ['3', 25],
  ['4', 25],
  ...['5', '6', '7', '8', '9', '10'].map((n) => [n, 20 / 6] as const),
];

/**
 * What carries an item, as its latest look-up shows it: a platform of the directory, a site behind a
 * CDN, a site on its host (by name or by IP address), a name that did not resolve, or no look-up.
 */
export const TEMPLATES = [
  'platform',
  'behind_cdn',
  'hosted_site',
  'hosted_ip',
  'unresolved',
  'none',
] as const;
export type Template = (typeof TEMPLATES)[number];
export const TEMPLATE_MIX: Record<Template, number> = {
  platform: 28,
  behind_cdn: 17,
  hosted_site: 48.5,
  hosted_ip: 1.5,
  unresolved: 3,
  none: 2,
};
const SITE_COUNTRIES = {
  FR: 42,
  NL: 13,
  US: 12,
  DE: 10,
  RU: 5,
  GB: 3,
  BG: 3,
  SE: 2,
  CA: 2,
  HK: 2,
  UA: 2,
  LU: 2,
  PL: 2,
};
export const COUNTRIES: Record<Template, Record<string, number>> = {
  platform: { US: 45, IE: 30, FR: 15, NL: 10 },
  behind_cdn: { US: 40, FR: 25, NL: 15, DE: 20 },
  hosted_site: SITE_COUNTRIES,
  hosted_ip: SITE_COUNTRIES,
  unresolved: {},
  none: {},
};
/** Countries with no partner hotline in the bench's list (child abuse material goes to the police liaison). */
export const NO_PARTNER = ['RU', 'HK'];
export const TLDS = {
  com: 40,
  fr: 10,
  net: 8,
  org: 5,
  ru: 6,
  xyz: 4,
  io: 4,
  to: 3,
  top: 3,
  info: 3,
  de: 2,
  nl: 2,
  me: 2,
  cc: 2,
  uk: 2,
  su: 1,
};
/** Typical hours from the first notice to the removal, by what carries the item (exponential). */
export const REMOVAL_HOURS: Record<Template, number> = {
  platform: 12,
  behind_cdn: 50,
  hosted_site: 30,
  hosted_ip: 40,
  unresolved: 6,
  none: 30,
};

// ---- Look-ups and routing, with placeholders filled in by SQL's format() ------------------------

/** format() arguments, in this order, for look-ups and recipients. */
export const FORMAT_ARGS = [
  'host',
  'url',
  'ip',
  'asn',
  'cc',
  'site',
  'platform',
  'cdn',
  'registrar',
  'looked_up_at',
  'cc_lower',
  'domain',
] as const;
const ph = (name: (typeof FORMAT_ARGS)[number]) => `%${FORMAT_ARGS.indexOf(name) + 1}$s`;
const ASN_MARK = -424242;

const contact = (
  role: ContactRole,
  channel: AbuseContact['channel'],
  address: string,
  name: string,
  source: AbuseContact['source'],
): AbuseContact => ({ role, channel, address, name, source, as_of: ph('looked_up_at'), language: null });
const CONTACTS = {
  platform: contact(
    'platform',
    'web_form',
    `https://www.${ph('platform')}.com/legal/notice`,
    ph('platform'),
    'directory',
  ),
  network: contact('network', 'email', `abuse@as${ph('asn')}.example`, `AS${ph('asn')}`, 'rdap_ip'),
  cdn: contact('cdn', 'email', `abuse@${ph('cdn')}.example`, ph('cdn'), 'cdn'),
  host: contact('host', 'email', `abuse@${ph('site')}.example`, ph('site'), 'rdap_ip'),
  registrar: contact(
    'registrar',
    'email',
    `abuse@${ph('registrar')}.example`,
    ph('registrar'),
    'rdap_domain',
  ),
};

function lookupOf(template: Exclude<Template, 'none'>): HostingLookup {
  const base: HostingLookup = {
    url: ph('url'),
    normalized_url: ph('url'),
    host: ph('host'),
    registrable_domain: ph('domain'),
    cnames: [],
    ips: [ph('ip')],
    asn: ASN_MARK,
    as_name: `AS${ph('asn')}`,
    country: ph('cc'),
    cdn: null,
    abuse_contacts: [],
    problems: [],
    looked_up_at: ph('looked_up_at'),
    databases: { country: '2026-11-01', asn: '2026-11-01' },
  };
  switch (template) {
    case 'platform':
      return { ...base, abuse_contacts: [CONTACTS.platform, CONTACTS.network] };
    case 'behind_cdn':
      return {
        ...base,
        cnames: [`${ph('host')}.edge.${ph('cdn')}.example`],
        cdn: { name: ph('cdn') },
        abuse_contacts: [CONTACTS.cdn, CONTACTS.registrar],
      };
    case 'hosted_site':
      return { ...base, abuse_contacts: [CONTACTS.host, CONTACTS.registrar] };
    case 'hosted_ip':
      return { ...base, registrable_domain: null, abuse_contacts: [CONTACTS.host] };
    case 'unresolved':
      return {
        ...base,
        ips: [],
        asn: null,
        as_name: null,
        country: null,
        abuse_contacts: [CONTACTS.registrar],
        problems: [{ stage: 'dns', reason: 'nxdomain' }],
      };
  }
}

/** The look-up templates as format() strings, each checked against the look-up's schema first. */
export function lookupTemplates(): Array<{ tpl: Template; json: string }> {
  return TEMPLATES.filter((t) => t !== 'none').map((tpl) => {
    const json = JSON.stringify(lookupOf(tpl)).replace(String(ASN_MARK), ph('asn'));
    const sample = FORMAT_ARGS.reduce(
      (text, name, i) => text.replaceAll(`%${i + 1}$s`, name === 'asn' ? '64500' : `x${name}`),
      json,
    );
    hostingLookup.parse(JSON.parse(sample));
    return { tpl, json };
  });
}

/** Where the item is hosted, as routing sees it. */
const PLACES = ['in_country', 'abroad_partner', 'abroad_none', 'unknown'] as const;
type Place = (typeof PLACES)[number];
const PARTNER: PartnerHotlineFacts = {
  id: 'bench',
  country: ph('cc'),
  name: `Partner hotline ${ph('cc')}`,
  channel: 'email',
  address: `report@hotline-${ph('cc_lower')}.example`,
  language: 'en',
};

type Route = {
  cat: string;
  verdict: Verdict;
  place: Place;
  tpl: Template;
  escalation: boolean;
  kind: NoticeRecipient['kind'];
  channel: NoticeRecipient['channel'];
  address: string | null;
  name: string | null;
  language: Language;
  source: string;
  rule_id: string;
  delay_hours: number;
  automatic: boolean;
  rkey: string;
};

/**
 * The notices each kind of adverse item gets, by the pack's rules (proposeNotices), and whom the
 * monitoring schedule escalates to when reminders fail (recipientFor), as templates of recipients.
 */
export function routes(): Route[] {
  const rows: Route[] = [];
  for (const cat of CATEGORY_IDS)
    for (const verdict of ADVERSE)
      for (const tpl of TEMPLATES) {
        const contacts = tpl === 'none' ? [] : lookupOf(tpl).abuse_contacts;
        const hasCountry = tpl !== 'none' && tpl !== 'unresolved';
        for (const place of PLACES) {
          if (hasCountry === (place === 'unknown')) continue;
          const facts: RoutingFacts = {
            itemId: '',
            url: ph('url'),
            categoryId: cat,
            verdict,
            hostingCountry: place === 'unknown' ? null : place === 'in_country' ? pack.country : 'ZZ',
            contacts,
            partnerHotline: place === 'abroad_partner' ? PARTNER : null,
          };
          const row = (
            recipient: NoticeRecipient,
            escalation: boolean,
            rule: string,
            delay: number,
            automatic: boolean,
          ) =>
            rows.push({
              cat,
              verdict,
              place,
              tpl,
              escalation,
              kind: recipient.kind,
              channel: recipient.channel,
              address: recipient.address,
              name: recipient.name,
              language: recipient.language,
              source: recipient.source,
              rule_id: rule,
              delay_hours: delay,
              automatic,
              rkey: recipientKey(recipient),
            });
          for (const p of proposeNotices(facts)) row(p.recipient, false, p.ruleId, p.delayHours, p.automatic);
          const police: readonly string[] = NOTICE_FIGURES.police;
          for (const kind of scheduleFor(cat).escalateTo) {
            if (verdict !== 'illegal' && police.includes(kind)) continue;
            const recipient = recipientFor(kind, facts);
            if (recipient) row(recipient, true, `escalation_${kind}`, 0, false);
          }
        }
      }
  return rows;
}

export function categories() {
  const verdictCum = (mix: Record<Verdict, number>) => thresholds(VERDICTS.map((v) => mix[v]));
  return CATEGORY_IDS.map((id) => {
    const category = pack.categories.find((c) => c.id === id);
    const schedule = scheduleFor(id);
    const grounds =
      category?.detailFields
        ?.filter((f) => f.id === pack.figures.groundField && pack.figures.hate.includes(id))
        .flatMap((f) => f.options.map((o) => o.id)) ?? [];
    return {
      id,
      severity: (category ?? pack.otherCategory).severity,
      hours: (category ?? pack.otherCategory).assessWithinHours,
      basis: category?.legalBases[0]?.code ?? null,
      vcum: verdictCum(VERDICT_MIX[groupOf(id)]),
      dcum: verdictCum(VERDICT_MIX.derived),
      four_eyes: VERDICTS.filter((v) => needsFourEyes(pack, id, v)),
      grounds,
      reminder_days: schedule.reminderAfterDays,
      reminders: schedule.reminders,
    };
  });
}
