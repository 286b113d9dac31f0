/** English strings of the queue search ("have we seen this before?"); typed by the French reference. */
import type { QueueSearchMessages } from './queue-search.fr.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** A 64-digit hash does not fit a phone's line: its start is enough to recognise it. */
const short = (hash: string) => (hash.length > 16 ? `${hash.slice(0, 16)}…` : hash);

export const queueSearchEn: QueueSearchMessages = {
  label: 'Search all items',
  placeholder: 'VG-7K3M-9QX2, https://…, example.com, SHA-256, MD5 or PDQ hash, piece of an address',
  hint: 'Enter to search, Escape to clear, “/” to come back here. Items already assessed are included.',
  submit: 'Search',
  clear: 'Clear the search',
  what: (s) => {
    switch (s.kind) {
      case 'tracking_code':
        return `the report ${s.value}`;
      case 'url':
        return `the address ${s.value}`;
      case 'domain':
        return `the domain ${s.value} (and its subdomains)`;
      case 'sha256':
        return `the SHA-256 hash ${short(s.value)}`;
      case 'md5':
        return `the MD5 hash ${s.value}`;
      case 'pdq':
        return `the PDQ hash ${short(s.value)} (within ${plural(s.distance ?? 0, 'bit', 'bits')})`;
      case 'text':
        return `“${s.value}” in the address`;
    }
  },
  found: (total, what, assessed) =>
    `${plural(total, 'item matches', 'items match')} ${what}` +
    (assessed > 0 ? `, ${assessed} already assessed.` : '.'),
  none: (what) => `No item, in any state, matches ${what}.`,
  noneHint:
    'Check the spelling, search a shorter piece of the address or the domain alone, or clear the filters.',
  verdict: (state, verdict) => `${state}: ${verdict}`,
  key: ['/', 'search (tracking code, address, domain, hash)'],
  errors: {
    'queue.search_too_short':
      'Type at least 3 characters of an address, or a whole tracking code, domain or hash.',
    'queue.search_invalid_url':
      'This address cannot be read: check it, or search a piece of it without http(s)://.',
    'queue.search_distance_without_hash': 'The distance applies to a PDQ hash (64 hexadecimal digits) only.',
  },
};
