/**
 * Which CDN or reverse proxy, if any, answers for a host: a CNAME suffix in the chain first (the
 * most specific sign), then a published address range, then an ASN used only for that service.
 * The data is cdn-providers.ts; ranges are parsed once, at first use.
 */
import { CDN_LIST_DATE, CDN_PROVIDERS, type CdnProvider } from './cdn-providers.ts';
import type { AbuseContact } from './hosting.types.ts';
import { type IpRange, parseCidr, parseIp } from './ip-address.ts';

export type CdnMatch = { provider: CdnProvider; by: 'cname' | 'range' | 'asn'; evidence: string };

let ranges: { provider: CdnProvider; range: IpRange; text: string }[] | undefined;

function allRanges() {
  ranges ??= CDN_PROVIDERS.flatMap((provider) =>
    provider.ranges.map((text) => ({ provider, range: parseCidr(text), text })),
  );
  return ranges;
}

/** `cnames` as the look-up followed them; `asns` of the addresses, null where unknown. */
export function detectCdn(target: {
  cnames: string[];
  ips: string[];
  asns: (number | null)[];
}): CdnMatch | null {
  for (const cname of target.cnames) {
    const name = cname.toLowerCase().replace(/\.$/, '');
    for (const provider of CDN_PROVIDERS) {
      const suffix = provider.cnameSuffixes.find((s) => name === s || name.endsWith(`.${s}`));
      if (suffix) return { provider, by: 'cname', evidence: cname };
    }
  }
  for (const ip of target.ips) {
    const parsed = parseIp(ip);
    if (!parsed) continue;
    const value = BigInt(parsed.value);
    const hit = allRanges().find(
      ({ range }) => range.family === parsed.family && range.start <= value && value <= range.end,
    );
    if (hit) return { provider: hit.provider, by: 'range', evidence: `${ip} in ${hit.text}` };
  }
  for (const asn of target.asns) {
    if (asn === null) continue;
    const provider = CDN_PROVIDERS.find((p) => p.asns.includes(asn));
    if (provider) return { provider, by: 'asn', evidence: `AS${asn}` };
  }
  return null;
}

/** The provider's abuse channel, as the first contact of the look-up. */
export function cdnContact(provider: CdnProvider): AbuseContact {
  return {
    role: 'cdn',
    channel: provider.abuse.channel,
    address: provider.abuse.address,
    name: provider.name,
    source: 'cdn',
    as_of: provider.abuse.checked ?? CDN_LIST_DATE,
  };
}
