/**
 * Fixtures for capture tests: a safe fetcher that may reach 127.0.0.1 only (the test's own sites,
 * through a test DNS server, never the system's resolver), and the capture context of a test app.
 * Nothing here reaches the internet. For tests only.
 */
import { createDnsResolver } from '../../platform/dns/resolver.ts';
import { createSafeFetcher, type SafeFetcher } from '../../platform/fetch/index.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { createMediaPool } from '../evidence/index.ts';
import type { CaptureContext } from './capture-context.ts';
import { createScreenshotTaker, type ScreenshotTaker } from './screenshot.ts';

export const TEST_USER_AGENT = 'Vigie-capture-test/1';

export function testFetcher(
  dnsAddress: string,
  options: { timeoutMs?: number; maxBytes?: number } = {},
): SafeFetcher {
  return createSafeFetcher({
    resolver: createDnsResolver([dnsAddress], { timeoutMs: 1_000, tries: 1 }),
    userAgent: TEST_USER_AGENT,
    timeoutMs: options.timeoutMs ?? 5_000,
    maxBytes: options.maxBytes ?? 2 * 1024 * 1024,
    allowForTests: ['127.0.0.1'],
  });
}

/** The context the capture job would build, on the test app's database and blob store. */
export function testCaptureContext(
  t: TestApp,
  fetcher: SafeFetcher,
  options: { screenshots?: ScreenshotTaker; maxMedia?: number; maxMediaBytes?: number } = {},
): CaptureContext & { close(): Promise<void> } {
  const pool = createMediaPool({ workers: 1, queue: 8 });
  return {
    db: t.database.db,
    blobs: t.app.deps.blobStore,
    log: t.app.log,
    pool,
    fetcher,
    screenshots: options.screenshots ?? createScreenshotTaker({ chromium: t.config.capture.chromium }),
    limits: {
      maxMedia: options.maxMedia ?? 20,
      maxMediaBytes: options.maxMediaBytes ?? 10 * 1024 * 1024,
      maxBytesPerMedia: 2 * 1024 * 1024,
    },
    close: () => pool.close(),
  };
}
