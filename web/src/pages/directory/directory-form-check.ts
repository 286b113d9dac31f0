/**
 * The directory form's own checks, in the person's language, before anything is sent: the server
 * checks the same rules again (directory.schemas.ts) and its answer is shown if it still refuses.
 */
import type {
  ContactChannel,
  DirectoryEntryBody,
  DirectoryEntryView,
  DirectoryKind,
} from '../../api/types.ts';
import type { Messages } from '../../i18n/fr.ts';

export type DirectoryFormValues = {
  name: string;
  kind: DirectoryKind;
  domains: string;
  asns: string;
  channel: ContactChannel;
  address: string;
  language: string;
  trustedFlagger: string;
  notes: string;
};

export const emptyForm: DirectoryFormValues = {
  name: '',
  kind: 'platform',
  domains: '',
  asns: '',
  channel: 'email',
  address: '',
  language: 'en',
  trustedFlagger: '',
  notes: '',
};

export function formOf(entry: DirectoryEntryView): DirectoryFormValues {
  return {
    name: entry.name,
    kind: entry.kind,
    domains: entry.domains.join('\n'),
    asns: entry.asns.join(', '),
    channel: entry.channel,
    address: entry.address,
    language: entry.language,
    trustedFlagger: entry.trusted_flagger ?? '',
    notes: entry.notes ?? '',
  };
}

const words = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/** The body to send, or the first problem found, worded for the person. */
export function checkForm(
  values: DirectoryFormValues,
  t: Messages,
): { body: DirectoryEntryBody } | { problem: string } {
  const e = t.directory.errors;
  if (!values.name.trim()) return { problem: e.name };
  const domains = words(values.domains).map((d) => d.toLowerCase().replace(/\.$/, ''));
  const badDomain = domains.find((d) => !/^[^\s/:@]+\.[^\s/:@.]+$/.test(d));
  if (badDomain) return { problem: e.domain(badDomain) };
  const asnWords = words(values.asns).map((a) => a.replace(/^as/i, ''));
  const badAsn = asnWords.find((a) => !/^\d{1,10}$/.test(a) || Number(a) < 1 || Number(a) > 4294967295);
  if (badAsn !== undefined) return { problem: e.asn(badAsn) };
  if (domains.length + asnWords.length === 0) return { problem: e.noMatch };
  const address = values.address.trim();
  if (
    values.channel === 'email'
      ? !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)
      : !/^https:\/\/\S+$/i.test(address)
  ) {
    return { problem: values.channel === 'email' ? e.email : e.url };
  }
  const language = values.language.trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(language)) return { problem: e.language };
  return {
    body: {
      name: values.name.trim(),
      kind: values.kind,
      domains,
      asns: asnWords.map(Number),
      channel: values.channel,
      address,
      language,
      trusted_flagger: values.trustedFlagger.trim() || null,
      notes: values.notes.trim() || null,
    },
  };
}
