/**
 * Screenshots of captured pages by headless chromium (playwright-core), with no network of its own:
 * every request the page makes is answered from what the capture already fetched or through the safe
 * fetcher (page.route), and whatever could escape that interception (the browser's own background
 * traffic, a request type routing does not see) goes to a black-hole proxy on 127.0.0.1 that accepts
 * and drops, while chromium's own name resolution answers "not found" for every name. So the image
 * shows exactly what the fetcher served, and a refused address renders as a missing resource.
 *
 * Decisions: JavaScript off (no script of a reported page runs on the hotline's machine, no
 * fingerprinting, no requests built at run time; the page renders as the server sent it, which is
 * also what was stored); the document is the stored page itself, never fetched again, and it may not
 * navigate anywhere (meta refresh, frames: blocked); only images, stylesheets and fonts load; a fixed
 * 1280-pixel-wide viewport, the page's full height up to MAX_HEIGHT; one time limit over it all.
 * Chromium is optional: when its executable is missing the capture records "unavailable".
 */
import fs from 'node:fs';
import net from 'node:net';
import type { Browser } from 'playwright-core';
import type { SafeFetcher } from '../../platform/fetch/index.ts';
import type { ScreenshotFailure } from './capture.tables.ts';

export const VIEWPORT = { width: 1280, height: 800 };
/** Longest screenshot kept, in pixels: an endless page stops here. */
export const MAX_HEIGHT = 6000;
const TIME_LIMIT_MS = 30_000;
/** Sub-resources fetched for one screenshot, at most. */
const MAX_REQUESTS = 100;
const RENDERED_RESOURCES = new Set(['image', 'stylesheet', 'font']);

/** Bytes already fetched for this capture, by URL (without fragment). */
export type KnownResources = Map<string, { body: Buffer; contentType: string | null }>;

export type ScreenshotRequest = {
  /** The page's final URL: the document's address, against which its own URLs resolve. */
  url: string;
  body: Buffer;
  contentType: string;
  known: KnownResources;
  fetcher: SafeFetcher;
  /** Bytes the sub-resources of this screenshot may take in all. */
  maxBytes: number;
};

export type ScreenshotResult =
  | { ok: true; png: Buffer; escapes: string[] }
  | { ok: false; outcome: ScreenshotFailure; reason: string; escapes: string[] };

export type ScreenshotTaker = (request: ScreenshotRequest) => Promise<ScreenshotResult>;

/** Chromium flags: no background services, nothing resolved or reached except through the hole. */
function chromiumArgs(holePort: number): string[] {
  return [
    // The sandbox needs an unprivileged user: as root chromium refuses to start without this flag.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--proxy-server=http://127.0.0.1:${holePort}`,
    // By default loopback bypasses the proxy; here nothing does.
    '--proxy-bypass-list=<-loopback>',
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-breakpad',
    '--disable-quic',
    '--disable-gpu',
    '--no-pings',
    '--no-first-run',
    '--mute-audio',
  ];
}

export function createScreenshotTaker(options: { chromium: string; timeLimitMs?: number }): ScreenshotTaker {
  const timeLimitMs = options.timeLimitMs ?? TIME_LIMIT_MS;
  return async (request) => {
    if (!fs.existsSync(options.chromium)) {
      return {
        ok: false,
        outcome: 'unavailable',
        reason: `screenshot unavailable: no chromium at ${options.chromium} (VIGIE_CHROMIUM)`,
        escapes: [],
      };
    }
    // Loaded on the first screenshot only: it takes half a second and ~90 MB the server needs not pay.
    const { chromium } = await import('playwright-core');
    const hole = await openBlackHole();
    const launching = chromium.launch({
      executablePath: options.chromium,
      headless: true,
      args: chromiumArgs(hole.port),
      timeout: timeLimitMs,
    });
    const rendering = launching.then((browser) => renderPage(browser, request, timeLimitMs));
    rendering.catch(() => {});
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no screenshot within ${timeLimitMs / 1000} s`)),
        timeLimitMs,
      );
    });
    try {
      const png = await Promise.race([rendering, deadline]);
      return { ok: true, png, escapes: hole.escapes };
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
      return { ok: false, outcome: 'failed', reason: `screenshot failed: ${reason}`, escapes: hole.escapes };
    } finally {
      clearTimeout(timer);
      // Closing the browser ends whatever it was still doing; a launch cut short is closed once it lands.
      const browser = await launching.catch(() => undefined);
      await browser?.close().catch(() => {});
      await hole.close();
    }
  };
}

async function renderPage(
  browser: Browser,
  request: ScreenshotRequest,
  timeLimitMs: number,
): Promise<Buffer> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
    acceptDownloads: false,
  });
  let documentServed = false;
  let requests = 0;
  let budget = request.maxBytes;
  await context.route('**/*', async (route) => {
    const asked = route.request();
    if (asked.isNavigationRequest()) {
      // The stored page, once; no navigation after it (meta refresh, frames, form posts).
      if (documentServed) return quietly(route.abort('blockedbyclient'));
      documentServed = true;
      return quietly(route.fulfill({ status: 200, contentType: request.contentType, body: request.body }));
    }
    if (asked.method() !== 'GET' || !RENDERED_RESOURCES.has(asked.resourceType())) {
      return quietly(route.abort('blockedbyclient'));
    }
    const url = withoutFragment(asked.url());
    const known = url ? request.known.get(url) : undefined;
    if (known) {
      return quietly(
        route.fulfill({ status: 200, contentType: known.contentType ?? undefined, body: known.body }),
      );
    }
    if (!url || requests >= MAX_REQUESTS || budget <= 0) return quietly(route.abort('blockedbyclient'));
    requests += 1;
    const fetched = await request.fetcher.fetch(url, { maxBytes: budget });
    if (!fetched.ok) return quietly(route.abort(fetched.refused ? 'blockedbyclient' : 'failed'));
    budget -= fetched.body.length;
    return quietly(
      route.fulfill({
        status: fetched.status,
        contentType: fetched.contentType ?? undefined,
        body: fetched.body,
      }),
    );
  });
  const page = await context.newPage();
  // A page whose resources never finish still gets its picture, as far as it came.
  await page.goto(request.url, { waitUntil: 'load', timeout: timeLimitMs / 2 }).catch(() => {});
  const height = await page
    .evaluate(() => document.documentElement.scrollHeight)
    .catch(() => VIEWPORT.height);
  return page.screenshot({
    type: 'png',
    fullPage: true,
    clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.min(Math.max(height, 1), MAX_HEIGHT) },
    timeout: timeLimitMs / 2,
  });
}

/** A route answered after its page closed rejects: nothing to do about it. */
function quietly(answer: Promise<void>): Promise<void> {
  return answer.catch(() => {});
}

function withoutFragment(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * The proxy chromium is told to use: accepts a connection, notes its first line (what tried to get
 * out, e.g. "CONNECT host:443"), and drops it. Nothing it receives goes anywhere.
 */
async function openBlackHole(): Promise<{ port: number; escapes: string[]; close(): Promise<void> }> {
  const escapes: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.setTimeout(1000, () => socket.destroy());
    socket.once('data', (chunk) => {
      escapes.push(chunk.toString('latin1').split('\r\n')[0]?.slice(0, 200) ?? '');
      socket.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    escapes,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
