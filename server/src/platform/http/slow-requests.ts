/**
 * Limits on slow clients, so a few hundred connections trickling bytes cannot hold the server:
 *
 * - headers must arrive within VIGIE_HEADERS_TIMEOUT_SECONDS (Node's headersTimeout, which also
 *   closes a connection that never sends anything);
 * - a body must arrive within VIGIE_REQUEST_TIMEOUT_SECONDS of its headers, plus one second per
 *   VIGIE_BODY_MIN_BYTES_PER_SECOND bytes received (the rule of Apache's mod_reqtimeout): a 50 MiB
 *   evidence upload on a slow line passes, a body sent one byte at a time is cut with a 408;
 * - a body the application never reads (a GET with a body, a request refused before its upload)
 *   closes the connection once answered, instead of being drained at the client's pace;
 * - Node's own requestTimeout stays as a backstop sized for the largest body at the minimum rate;
 * - at most VIGIE_MAX_CONNECTIONS connections at once; Node closes the ones over the cap at once.
 *
 * docs/adr/0005-proxy-and-timeouts.md explains the numbers.
 */

import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Transform, type TransformCallback } from 'node:stream';
import type { FastifyHttpOptions, FastifyInstance } from 'fastify';
import type { HttpLimits } from '../config.ts';
import { AppError } from '../errors.ts';

/** How often Node checks its header and request timers (its default, 30 s, would double them). */
const TIMER_CHECK_MS = 1000;

/** Node's own server limits; `largestBodyBytes` is the biggest body any route accepts. */
export function serverLimits(
  limits: HttpLimits,
  largestBodyBytes: number,
): Pick<FastifyHttpOptions<Server>, 'requestTimeout' | 'keepAliveTimeout' | 'http'> {
  const backstopMs =
    limits.headersTimeoutMs +
    limits.requestTimeoutMs +
    Math.ceil((largestBodyBytes / limits.bodyMinBytesPerSecond) * 1000);
  return {
    requestTimeout: backstopMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: backstopMs,
      connectionsCheckingInterval: TIMER_CHECK_MS,
    },
  };
}

/** Passes the body through, counting its bytes (Fastify reads `receivedEncodedLength` too). */
class CountingStream extends Transform {
  receivedEncodedLength = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.receivedEncodedLength += chunk.length;
    callback(null, chunk);
  }
}

const bodyTooSlow = () =>
  Object.assign(
    new AppError(
      'request.timeout',
      408,
      'The request body arrived too slowly and was cut off. Check the connection and send it again.',
    ),
    { statusCode: 408 },
  );

const hasBody = (headers: Record<string, unknown>) =>
  headers['transfer-encoding'] !== undefined ||
  (headers['content-length'] !== undefined && headers['content-length'] !== '0');

export function registerSlowRequestLimits(app: FastifyInstance, limits: HttpLimits): void {
  app.server.maxConnections = limits.maxConnections;
  const stopTimers = new WeakMap<object, () => void>();

  app.addHook('preParsing', async (request, _reply, payload) => {
    if (!hasBody(request.headers)) return payload;
    const counter = new CountingStream();
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const check = () => {
      const allowedMs =
        limits.requestTimeoutMs + (counter.receivedEncodedLength / limits.bodyMinBytesPerSecond) * 1000;
      const leftMs = allowedMs - (performance.now() - started);
      if (leftMs <= 0) counter.destroy(bodyTooSlow());
      else timer = setTimeout(check, leftMs).unref();
    };
    const stop = () => clearTimeout(timer);
    stopTimers.set(request.raw, stop);
    // Fastify reads the counter only on some paths (not for a GET, nor after a 415): a cut nobody
    // listens to must not become an uncaught stream error.
    counter.on('error', stop).once('end', stop).once('close', stop);
    payload.once('error', (error) => counter.destroy(error));
    payload.once('close', () => {
      if (!request.raw.complete)
        counter.destroy(Object.assign(new Error('client went away'), { statusCode: 400 }));
    });
    payload.pipe(counter);
    check();
    return counter;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    // Answered before its body was read: close rather than drain the rest at the client's pace.
    if (request.raw.complete === false && hasBody(request.headers)) reply.header('connection', 'close');
    return payload;
  });

  app.addHook('onResponse', async (request) => {
    stopTimers.get(request.raw)?.();
  });
}
