/**
 * Routing: which notices an item's final verdict calls for. A small generic engine over the pack's
 * rules (`pack.notices.rules`, e.g. jurisdictions/fr.notices.ts), which hold all the law; nothing
 * here knows a country. Pure: facts in, proposals out. Whether a verdict is final (four eyes), what
 * the notices say (compose.ts) and storing or sending them are left to the rest of the feature.
 *
 * Every rule whose conditions all match proposes a notice to its kind of recipient, resolved from the
 * facts:
 * - host: the first contact with role 'cdn' (a CDN in front hides the origin: its abuse desk is the
 *   one to ask), else 'host', else 'network';
 * - registrar and platform: the first contact with that role;
 * - partner_hotline: the partner hotline of the hosting country;
 * - police_portal: the pack's portal, channel 'portal_batch', no address;
 * - police_liaison: the pack's liaison entry.
 * A host or registrar that the facts name no contact for is still proposed, with `channel: 'email'`
 * and `address: null` (source 'none'): the notice is due, and the analyst is asked for an address. A
 * platform or partner hotline that the facts do not name is not proposed at all: there is no one to
 * ask (the rules condition on them anyway).
 * Language: the contact's own when the directory gives one Vigie speaks, else the pack's language for
 * a recipient in the pack's country (the police, partner and liaison have theirs), else English.
 * One item never gets two proposals to the same recipient (kind + address): the earlier rule wins.
 */

import { pack } from '../../jurisdictions/index.ts';
import type { HostedWhere, NoticeRule, NoticeRules } from '../../jurisdictions/jurisdiction.ts';
import { isLanguage, type Language } from '../../platform/i18n/language.ts';
import type { AbuseContact } from '../hosting/index.ts';
import type { NoticeRecipient, ProposedNotice, RoutingFacts } from './notice.types.ts';

/** The notices the pack's rules propose for one item whose verdict is final, in rule order. */
export function proposeNotices(facts: RoutingFacts, rules: NoticeRules = pack.notices): ProposedNotice[] {
  const proposals: ProposedNotice[] = [];
  const seen = new Set<string>();
  for (const rule of rules.rules) {
    if (!matches(rule, facts, rules)) continue;
    const recipient = resolveRecipient(rule.propose.recipient, facts, rules);
    if (!recipient) continue;
    const key = `${recipient.kind}\u0000${recipient.address ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    proposals.push({
      recipient,
      ruleId: rule.id,
      delayHours: rule.propose.delayHours,
      automatic: rule.propose.automatic,
    });
  }
  return proposals;
}

function hostedWhere(facts: RoutingFacts, rules: NoticeRules): HostedWhere {
  if (!facts.hostingCountry) return 'unknown';
  return facts.hostingCountry.toUpperCase() === rules.country.toUpperCase() ? 'in_country' : 'abroad';
}

function matches(rule: NoticeRule, facts: RoutingFacts, rules: NoticeRules): boolean {
  const { when } = rule;
  if (!when.verdicts.includes(facts.verdict)) return false;
  if (when.categories && !when.categories.includes(facts.categoryId)) return false;
  if (when.exceptCategories?.includes(facts.categoryId)) return false;
  if (when.hosted && !when.hosted.includes(hostedWhere(facts, rules))) return false;
  if (when.platformKnown !== undefined && when.platformKnown !== hasRole(facts.contacts, 'platform')) {
    return false;
  }
  if (when.partnerHotline !== undefined && when.partnerHotline !== (facts.partnerHotline !== null)) {
    return false;
  }
  return true;
}

/** Who answers for the host, in order: a CDN in front hides the origin, so its abuse desk comes first. */
const HOST_ROLES: AbuseContact['role'][] = ['cdn', 'host', 'network'];

function hasRole(contacts: AbuseContact[], role: AbuseContact['role']): boolean {
  return contacts.some((c) => c.role === role);
}

function firstWithRole(contacts: AbuseContact[], roles: AbuseContact['role'][]): AbuseContact | undefined {
  for (const role of roles) {
    const contact = contacts.find((c) => c.role === role);
    if (contact) return contact;
  }
  return undefined;
}

/** Who a kind of recipient is for an item, from its facts (an escalation names its recipients this way). */
export const recipientFor = (
  kind: NoticeRule['propose']['recipient'],
  facts: RoutingFacts,
  rules: NoticeRules = pack.notices,
): NoticeRecipient | null => resolveRecipient(kind, facts, rules);

function resolveRecipient(
  kind: NoticeRule['propose']['recipient'],
  facts: RoutingFacts,
  rules: NoticeRules,
): NoticeRecipient | null {
  switch (kind) {
    case 'host':
      return fromContact(kind, firstWithRole(facts.contacts, HOST_ROLES), facts, rules);
    case 'registrar':
      return fromContact(kind, firstWithRole(facts.contacts, ['registrar']), facts, rules);
    case 'platform': {
      const contact = firstWithRole(facts.contacts, ['platform']);
      return contact ? fromContact(kind, contact, facts, rules) : null;
    }
    case 'partner_hotline': {
      const partner = facts.partnerHotline;
      if (!partner) return null;
      return {
        kind,
        channel: partner.channel,
        address: partner.address,
        name: partner.name,
        language: partner.language,
        source: 'partner_hotlines',
      };
    }
    case 'police_portal':
      return {
        kind,
        channel: 'portal_batch',
        address: null,
        name: rules.policePortal.name,
        language: rules.language,
        source: 'pack',
      };
    case 'police_liaison':
      return {
        kind,
        channel: rules.policeLiaison.channel,
        address: rules.policeLiaison.address,
        name: rules.policeLiaison.name,
        language: rules.language,
        source: 'pack',
      };
  }
}

/** The directory's language for the contact (ISO 639-1, any case), when it is one Vigie speaks. */
function contactLanguage(contact: AbuseContact): Language | null {
  const language = contact.language?.toLowerCase();
  return isLanguage(language) ? language : null;
}

function fromContact(
  kind: NoticeRecipient['kind'],
  contact: AbuseContact | undefined,
  facts: RoutingFacts,
  rules: NoticeRules,
): NoticeRecipient {
  const countryLanguage: Language = hostedWhere(facts, rules) === 'in_country' ? rules.language : 'en';
  if (!contact) {
    return { kind, channel: 'email', address: null, name: null, language: countryLanguage, source: 'none' };
  }
  return {
    kind,
    channel: contact.channel,
    address: contact.address,
    name: contact.name,
    language: contactLanguage(contact) ?? countryLanguage,
    source: contact.source,
  };
}
