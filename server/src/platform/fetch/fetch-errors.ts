/**
 * What went wrong on the network, as a stable failure code and a reason safe to show. Error
 * messages from Node and undici are not shown (they can carry internal detail); their codes are
 * mapped, and an unknown one is named as it is.
 */
import type { FailureCode, Stop } from './fetch.types.ts';

const NETWORK_FAILURES: Record<string, { code: FailureCode; says: string }> = {
  ECONNREFUSED: { code: 'connect_refused', says: 'refused the connection' },
  ECONNRESET: { code: 'connection_reset', says: 'closed the connection before answering in full' },
  EPIPE: { code: 'connection_reset', says: 'closed the connection before answering in full' },
  UND_ERR_SOCKET: { code: 'connection_reset', says: 'closed the connection before answering in full' },
  EHOSTUNREACH: { code: 'unreachable', says: 'cannot be reached from here (no route)' },
  ENETUNREACH: { code: 'unreachable', says: 'cannot be reached from here (no route)' },
  EADDRNOTAVAIL: { code: 'unreachable', says: 'cannot be reached from here (no usable address)' },
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: {
    code: 'http_error',
    says: 'sent a body that does not match its Content-Length',
  },
  UND_ERR_CONNECT_TIMEOUT: { code: 'timeout', says: 'did not accept the connection in time' },
  UND_ERR_HEADERS_TIMEOUT: { code: 'timeout', says: 'did not answer in time' },
  UND_ERR_BODY_TIMEOUT: { code: 'timeout', says: 'stopped sending its answer' },
};

/** Certificate and handshake errors from node:tls / OpenSSL. */
const TLS_ERROR = /CERT|SSL|TLS|EPROTO|UNABLE_TO_/;

export function describeNetworkError(error: unknown, host: string): Stop {
  const codes = errorCodes(error);
  for (const code of codes) {
    const known = NETWORK_FAILURES[code];
    if (known) return { refused: false, code: known.code, reason: `${host} ${known.says}` };
    if (TLS_ERROR.test(code)) {
      return { refused: false, code: 'tls', reason: `${host}: the secure connection failed (${code})` };
    }
    if (code.startsWith('HPE_')) {
      return {
        refused: false,
        code: 'http_error',
        reason: `${host} answered something that is not HTTP (${code})`,
      };
    }
  }
  const named = codes[0] ?? (error instanceof Error ? error.name : 'unknown error');
  return { refused: false, code: 'http_error', reason: `${host}: the fetch failed (${named})` };
}

/** The codes of an error and of its causes, outermost first (undici wraps socket errors). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if ('code' in current && typeof current.code === 'string') codes.push(current.code);
    current = 'cause' in current ? current.cause : undefined;
  }
  // undici names the socket error after its own: look at the cause first, it says more.
  return codes.reverse();
}
