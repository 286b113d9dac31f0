/**
 * Which URLs the safe fetcher may even consider, before any DNS question: http and https only, no
 * user name or password, no port a browser would refuse, no name that means "this machine or this
 * network". The URL is parsed by the WHATWG URL parser, the one browsers use, so every way of
 * spelling a host — decimal (2130706433), octal (0177.0.0.1), hex (0x7f.1), short (127.1),
 * percent-encoded (%31%32%37.0.0.1), full-width or other IDN digits, a trailing dot — comes out as
 * the canonical address or name the connection would really use, and is checked as such.
 * Addresses are address-policy.ts's; this file owns the URL.
 */
import net from 'node:net';
import type { RefusalCode } from './fetch.types.ts';

export type Target = {
  url: URL;
  /** The host to resolve or connect to: lower case, no brackets, no trailing dot. */
  host: string;
  port: number;
  /** The host is an IP literal: no DNS question is needed. */
  literal: boolean;
};

export type TargetVerdict = { ok: true; target: Target } | { ok: false; code: RefusalCode; reason: string };

/**
 * Ports refused: the Fetch standard's "bad ports" (https://fetch.spec.whatwg.org/#port-blocking),
 * services that an HTTP request could be smuggled into (SMTP, IRC, …). Every other port is allowed:
 * real sites serve on 8080, 8443 and the like, and the address check, not the port, is what keeps
 * the fetcher off internal services. A browser refuses exactly these, so nothing a reporter could
 * open is lost.
 */
const BAD_PORTS = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/**
 * Names that never lead to a public site, refused without asking DNS: localhost and its
 * sub-domains (RFC 6761 §6.3: they resolve to the machine itself), multicast DNS (RFC 6762, the
 * local link), the home network (RFC 8375) and ICANN's private-use TLD (2024).
 */
const LOCAL_SUFFIXES = new Map([
  ['localhost', 'localhost names are the machine itself (RFC 6761 §6.3)'],
  ['local', '.local names are multicast DNS on the local link (RFC 6762)'],
  ['home.arpa', '.home.arpa names are the home network (RFC 8375)'],
  ['internal', '.internal names are private networks (ICANN private-use TLD)'],
]);

const SCHEMES = new Set(['http:', 'https:']);

/** Parses and checks a URL, relative to `base` for a redirect's Location. Never throws. */
export function checkTarget(text: string, base?: URL): TargetVerdict {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return { ok: false, code: 'invalid_url', reason: `${shorten(text)} is not a valid URL` };
  }
  if (!SCHEMES.has(url.protocol)) {
    return { ok: false, code: 'scheme', reason: `${url.protocol} URLs are not fetched: only http and https` };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      code: 'userinfo',
      reason: 'a URL with a user name or password before the host (user@host) is not fetched',
    };
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.+$/, '');
  if (host === '') return { ok: false, code: 'invalid_url', reason: `${shorten(text)} has no host` };
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  if (BAD_PORTS.has(port)) {
    return { ok: false, code: 'port', reason: `port ${port} is refused: it belongs to another protocol` };
  }
  const literal = net.isIP(host) !== 0;
  const local = literal ? undefined : localNameReason(host);
  if (local) return { ok: false, code: 'local_name', reason: `${host}: ${local}` };
  return { ok: true, target: { url, host, port, literal } };
}

function localNameReason(host: string): string | undefined {
  for (const [suffix, reason] of LOCAL_SUFFIXES) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return reason;
  }
  return undefined;
}

/** Reasons are shown to staff and printed by the CLI: a hostile URL must not fill a screen. */
export function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
