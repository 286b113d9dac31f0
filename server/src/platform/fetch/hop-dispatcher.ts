/**
 * The connection for one hop of a fetch. Directly: an undici Agent whose only way to turn the host
 * name into an address is the address already checked (its `lookup` answers that address and
 * nothing else), so there is no second DNS question and no window for DNS rebinding; the Host
 * header and the TLS server name stay the URL's, so virtual hosts and certificates work as usual.
 * Through VIGIE_FETCH_PROXY: an undici ProxyAgent that tunnels (CONNECT host:port); the proxy
 * resolves the name itself, which is why the name was checked here first and why the proxy must
 * refuse private destinations too (README, "The safe fetcher"). One dispatcher per hop, destroyed
 * after it: no connection is reused across checks.
 */
import type { LookupAddress, LookupOptions } from 'node:dns';
import { Agent, type Dispatcher, ProxyAgent } from 'undici';

export type Pin = { address: string; family: 4 | 6 };

/** Connecting takes at most this long, within the whole-fetch deadline. */
const CONNECT_TIMEOUT_MS = 10_000;

export function createHopDispatcher(pin: Pin, options: { proxy?: string; timeoutMs: number }): Dispatcher {
  const limits = {
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connections: 1,
  };
  if (options.proxy) return new ProxyAgent({ uri: options.proxy, proxyTunnel: true, ...limits });
  return new Agent({
    ...limits,
    connect: { lookup: pinnedLookup(pin), timeout: Math.min(CONNECT_TIMEOUT_MS, options.timeoutMs) },
  });
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` (node:net) that always answers the checked address, in both of its calling forms. */
function pinnedLookup(pin: Pin) {
  return (_hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    if (options.all) callback(null, [{ address: pin.address, family: pin.family }]);
    else callback(null, pin.address, pin.family);
  };
}
