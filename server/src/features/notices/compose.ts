/**
 * What a notice says: its subject and plain text, from the pack's templates (e.g.
 * jurisdictions/fr.notices.ts) for its recipient's kind and language, one message listing all the
 * items it is about. Pure. Which notices exist (routing.ts), the machine-readable part (xarf/) and
 * sending are left to others.
 *
 * A notice never carries media: only the items' URLs, their hashes (SHA-256, MD5), identifiers and the
 * legal explanation. Nothing here takes a file, a `data:` URL is refused, and hashes must be hex.
 *
 * Placeholders. Notice templates: {notice_id}, {date}, {item_count}, {items}, {notifier_name},
 * {notifier_email}, {notifier_website}, {recipient_name}; in follow-ups also {first_notice_id} and
 * {first_notice_date} (the notice followed up and when it left). Item template: {index}, {url}, {item_id},
 * {reason}, {hashes}. Explanation: {category}, {bases}. A line whose placeholder has no value (no
 * website, an unnamed recipient, an item without hashes) is left out; an unknown placeholder is a
 * mistake in the pack and throws.
 */

import { pack } from '../../jurisdictions/index.ts';
import type { JurisdictionPack } from '../../jurisdictions/jurisdiction.ts';
import type { Language } from '../../platform/i18n/language.ts';
import type { NoticeRecipient, ResentPurpose } from './notice.types.ts';

/** One item as a notice names it: where it is, what it is under the law, and the hashes of its media. */
export type NoticeItemFacts = {
  itemId: string;
  url: string;
  categoryId: string;
  legalBasisCodes: string[];
  hashes: { sha256: string; md5: string | null }[];
};

export type ComposeInput = {
  recipient: NoticeRecipient;
  noticeId: string;
  date: Date;
  /** The hotline sending the notice (DSA art. 16(2)(c): name and e-mail). */
  notifier: { name: string; email: string; website: string | null };
  items: NoticeItemFacts[];
  /**
   * A reminder, or a new notice about content that came back: written with the pack's monitoring
   * texts, which name the notice it follows and when that one left. Absent: the recipient's template.
   */
  followUp?: { purpose: ResentPurpose; noticeId: string; sentAt: Date };
};

type NoticePack = Pick<JurisdictionPack, 'categories' | 'otherCategory' | 'notices' | 'monitoring'>;

/** The subject and text of one notice, in the recipient's language. */
export function composeNotice(
  input: ComposeInput,
  jurisdiction: NoticePack = pack,
): { subject: string; text: string } {
  if (input.items.length === 0) throw new Error('a notice lists at least one item');
  const language = input.recipient.language;
  const template = input.followUp
    ? jurisdiction.monitoring[FOLLOW_UP_TEMPLATES[input.followUp.purpose]][language]
    : jurisdiction.notices.templates[input.recipient.kind][language];
  const items = input.items
    .map((item, index) =>
      fill(jurisdiction.notices.itemTemplate[language], {
        index: String(index + 1),
        url: checkedUrl(item.url),
        item_id: item.itemId,
        reason: legalExplanation(item.categoryId, item.legalBasisCodes, language, jurisdiction),
        hashes: item.hashes.map(formatHash).join('\n'),
      }),
    )
    .join('\n\n');
  const longDate = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  const values = {
    notice_id: input.noticeId,
    date: longDate.format(input.date),
    first_notice_id: input.followUp?.noticeId ?? '',
    first_notice_date: input.followUp ? longDate.format(input.followUp.sentAt) : '',
    item_count: String(input.items.length),
    items,
    notifier_name: input.notifier.name,
    notifier_email: input.notifier.email,
    notifier_website: input.notifier.website ?? '',
    recipient_name: input.recipient.name ?? '',
  };
  return {
    subject: fill(template.subject, values).replace(/\s+/g, ' ').trim(),
    text: `${fill(template.body, values).trim()}\n`,
  };
}

const FOLLOW_UP_TEMPLATES = {
  reminder: 'reminderTemplate',
  reappeared: 'reappearedTemplate',
} as const satisfies Record<
  NonNullable<ComposeInput['followUp']>['purpose'],
  keyof JurisdictionPack['monitoring']
>;

const NO_BASIS: Record<Language, string> = { fr: 'non précisée', en: 'not specified' };
const BASES_SEPARATOR: Record<Language, string> = { fr: ' ; ', en: '; ' };

/**
 * The sentence that says why an item is illegal: its category and the articles, each with its title
 * (e.g. "Code pénal, art. 227-23 (Child sexual abuse material)"). Codes the pack does not know are
 * named as they are; without codes, the category's own legal bases.
 */
export function legalExplanation(
  categoryId: string,
  legalBasisCodes: string[],
  language: Language,
  jurisdiction: NoticePack = pack,
): string {
  const category = jurisdiction.categories.find((c) => c.id === categoryId);
  const label =
    category?.label[language] ??
    (categoryId === jurisdiction.otherCategory.id ? jurisdiction.otherCategory.label[language] : categoryId);
  const known = new Map(jurisdiction.categories.flatMap((c) => c.legalBases).map((b) => [b.code, b]));
  const codes =
    legalBasisCodes.length > 0 ? legalBasisCodes : (category?.legalBases.map((b) => b.code) ?? []);
  const bases = codes.map((code) => {
    const basis = known.get(code);
    return basis ? `${basis.reference} (${basis.title[language]})` : code;
  });
  return fill(jurisdiction.notices.explanationTemplate[language], {
    category: label,
    bases: bases.length > 0 ? bases.join(BASES_SEPARATOR[language]) : NO_BASIS[language],
  });
}

function formatHash(hash: NoticeItemFacts['hashes'][number]): string {
  if (!/^[0-9a-f]{64}$/i.test(hash.sha256))
    throw new Error('a notice names hashes only: SHA-256 must be 64 hex');
  if (hash.md5 !== null && !/^[0-9a-f]{32}$/i.test(hash.md5)) {
    throw new Error('a notice names hashes only: MD5 must be 32 hex');
  }
  const sha256 = `SHA-256 ${hash.sha256.toLowerCase()}`;
  return hash.md5 === null ? sha256 : `${sha256} / MD5 ${hash.md5.toLowerCase()}`;
}

/** An item's address, never the content itself: a `data:` URL would put media in the notice. */
function checkedUrl(url: string): string {
  if (/^\s*data:/i.test(url)) throw new Error('a notice never carries media: data: URLs are refused');
  return url;
}

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/**
 * Fills `{name}` placeholders line by line, in one pass (a value that holds braces stays as it is).
 * A line with a placeholder whose value is empty is left out; a value of several lines (the items,
 * an item's hashes) continues at the placeholder's column.
 */
function fill(template: string, values: Record<string, string>): string {
  const lines: string[] = [];
  for (const line of template.split('\n')) {
    let filled = '';
    let from = 0;
    let empty = false;
    for (const match of line.matchAll(PLACEHOLDER)) {
      const name = match[1] as string;
      const value = values[name];
      if (value === undefined) throw new Error(`notice template: unknown placeholder {${name}}`);
      if (value === '') empty = true;
      filled += line.slice(from, match.index);
      filled += value.replaceAll('\n', `\n${' '.repeat(filled.length - filled.lastIndexOf('\n') - 1)}`);
      from = match.index + match[0].length;
    }
    if (!empty) lines.push(filled + line.slice(from));
  }
  return lines.join('\n');
}
