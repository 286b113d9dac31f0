/**
 * The check pool: politeness measured where it matters, on the server (requests per host at once,
 * time between starts on one host), the global bound, a global rate, a throwing check, a bounded
 * look-ahead over a lazy task source.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { after, before, test } from 'node:test';
import { createDnsResolver } from '../../platform/dns/resolver.ts';
import { createSafeFetcher, type SafeFetcher } from '../../platform/fetch/index.ts';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { startTestSite, type TestSite } from '../../testing/http-site.ts';
import type { CheckItem, CheckRecord } from './check.types.ts';
import { createItemChecker } from './check-item.ts';
import { type CheckTask, runCheckPool } from './check-pool.ts';

const HOSTS = ['a.test', 'b.test', 'c.test'];
const ANSWER_AFTER_MS = 600;

/** What the server saw of each request: the host it named, when it arrived, when it was answered. */
const seen: Array<{ host: string; start: number; end: number }> = [];
let dns: TestDnsServer;
let site: TestSite;
let fetcher: SafeFetcher;

before(async () => {
  site = await startTestSite({
    '/item': (req, res) => {
      const entry = {
        host: (req.headers.host ?? '').split(':')[0] as string,
        start: performance.now(),
        end: 0,
      };
      seen.push(entry);
      setTimeout(() => {
        entry.end = performance.now();
        res.writeHead(200, { 'content-type': 'text/plain' }).end('still here');
      }, ANSWER_AFTER_MS);
    },
  });
  dns = await startDnsServer((name) => (HOSTS.includes(name) ? { A: ['127.0.0.1'] } : 'NXDOMAIN'));
  fetcher = createSafeFetcher({
    resolver: createDnsResolver([dns.address], { timeoutMs: 1_000, tries: 1 }),
    userAgent: 'Vigie-test/1',
    timeoutMs: 5_000,
    maxBytes: 1024 * 1024,
    allowForTests: ['127.0.0.1'],
  });
});

after(async () => {
  await fetcher.close();
  await site.close();
  await dns.close();
});

const tasksOver = (hosts: string[], count: number, url: (host: string) => string): CheckTask[] =>
  Array.from({ length: count }, (_, n) => {
    const host = hosts[n % hosts.length] as string;
    return { id: String(n), url: url(host), host, fingerprints: { sha256: [], pdq: [] } };
  });

/** The most requests that overlapped in time among `requests`. */
function mostAtOnce(requests: Array<{ start: number; end: number }>): number {
  const events = requests.flatMap((r) => [
    [r.start, 1],
    [r.end, -1],
  ]);
  events.sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number));
  let now = 0;
  let most = 0;
  for (const [, delta] of events) {
    now += delta as number;
    most = Math.max(most, now);
  }
  return most;
}

test('per host: at most perHost at once and starts spaced; all hosts: at most concurrency', async () => {
  const check = createItemChecker({ fetcher });
  // The first fetch loads code and opens sockets: it would arrive late and bunch with the next.
  await check(`http://a.test:${site.port}/item`, { sha256: [], pdq: [] });
  seen.length = 0;
  const poolStarts: Array<{ host: string; start: number }> = [];
  const results = new Map<string, CheckRecord>();
  const tasks = tasksOver(HOSTS, 9, (host) => `http://${host}:${site.port}/item`);
  const spacingMs = 400;
  const { checked } = await runCheckPool(tasks, {
    check: (url, fingerprints) => {
      poolStarts.push({ host: new URL(url).hostname, start: performance.now() });
      return check(url, fingerprints);
    },
    concurrency: 5,
    perHost: 2,
    hostSpacingMs: spacingMs,
    onResult: (id, record) => {
      results.set(id, record);
    },
  });
  assert.equal(checked, 9);
  assert.equal(results.size, 9);
  assert.ok([...results.values()].every((r) => r.outcome === 'online'));
  assert.equal(seen.length, 9);
  for (const host of HOSTS) {
    const onHost = seen.filter((s) => s.host === host);
    assert.equal(onHost.length, 3);
    assert.ok(mostAtOnce(onHost) <= 2, `${host}: ${mostAtOnce(onHost)} at once`);
    const gaps = onHost.slice(1).map((s, k) => s.start - (onHost[k] as { start: number }).start);
    // The pool spaces the starts of checks, exactly; a request reaches the server after a DNS
    // question and a connection whose time varies (over 100 ms seen on a loaded 2-core machine), hence the slack.
    const closest = Math.min(...gaps);
    assert.ok(closest >= spacingMs / 2, `${host}: requests ${closest.toFixed(1)} ms apart`);
    const starts = poolStarts.filter((s) => s.host === host).map((s) => s.start);
    const closestStarts = Math.min(...starts.slice(1).map((t, k) => t - (starts[k] as number)));
    assert.ok(closestStarts >= spacingMs - 1, `${host}: checks started ${closestStarts.toFixed(1)} ms apart`);
  }
  const overall = mostAtOnce(seen);
  assert.ok(overall <= 5, `${overall} at once`);
  assert.ok(overall >= 3, `only ${overall} at once: the pool did not run hosts in parallel`);
  assert.ok(
    HOSTS.some((host) => mostAtOnce(seen.filter((s) => s.host === host)) === 2),
    'no host ever had two checks at once',
  );
});

test('one busy host does not hold up the others', async () => {
  const started: string[] = [];
  const check: CheckItem = async (url) => {
    started.push(new URL(url).hostname);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return online();
  };
  const slowHost = tasksOver(['slow.test'], 3, (h) => `http://${h}/`);
  const others = tasksOver(['w.test', 'x.test', 'y.test', 'z.test'], 4, (h) => `http://${h}/`);
  await runCheckPool([...slowHost, ...others], {
    check,
    concurrency: 4,
    perHost: 1,
    hostSpacingMs: 100,
    onResult: () => {},
  });
  // The busy host's later tasks came first, yet every other host started before its second one.
  assert.deepEqual(started, ['slow.test', 'w.test', 'x.test', 'y.test', 'z.test', 'slow.test', 'slow.test']);
});

test('a global rate spaces all starts', async () => {
  const starts: number[] = [];
  const check: CheckItem = async () => {
    starts.push(performance.now());
    return online();
  };
  const tasks = Array.from({ length: 11 }, (_, n) => tasksOver([`h${n}.test`], 1, (h) => `http://${h}/`)[0]);
  await runCheckPool(tasks as CheckTask[], {
    check,
    concurrency: 10,
    hostSpacingMs: 0,
    ratePerSecond: 100,
    onResult: () => {},
  });
  const span = (starts.at(-1) as number) - (starts[0] as number);
  assert.ok(span >= 95, `11 starts at 100/s took ${span.toFixed(0)} ms`);
});

test('a check that throws becomes an inconclusive record, and the run goes on', async () => {
  const results = new Map<string, CheckRecord>();
  const check: CheckItem = async (url) => {
    if (url.includes('bad')) throw new Error('boom');
    return online();
  };
  const tasks = tasksOver(['ok.test', 'bad.test'], 6, (h) => `http://${h}/`);
  await runCheckPool(tasks, {
    check,
    concurrency: 2,
    hostSpacingMs: 0,
    onResult: (id, r) => {
      results.set(id, r);
    },
  });
  assert.equal(results.size, 6);
  const bad = [...results.values()].filter((r) => r.outcome === 'inconclusive');
  assert.equal(bad.length, 3);
  assert.ok(bad.every((r) => r.reason === 'error' && r.status === null && r.startedAt instanceof Date));
});

test('tasks are pulled only as far as the look-ahead: memory stays flat on a long run', async () => {
  let pulled = 0;
  let reported = 0;
  let mostHeld = 0;
  function* oneHost() {
    for (let n = 0; n < 500; n++) {
      pulled += 1;
      mostHeld = Math.max(mostHeld, pulled - reported);
      yield {
        id: String(n),
        url: 'http://one.test/',
        host: 'one.test',
        fingerprints: { sha256: [], pdq: [] },
      };
    }
  }
  await runCheckPool(oneHost(), {
    check: async () => online(),
    concurrency: 8,
    perHost: 2,
    hostSpacingMs: 0,
    lookahead: 16,
    onResult: () => {
      reported += 1;
    },
  });
  assert.equal(reported, 500);
  assert.ok(mostHeld <= 16 + 2 + 1, `${mostHeld} tasks held at once`);
});

test('a failing onResult stops the run and is thrown once the running checks end', async () => {
  let reported = 0;
  const tasks = tasksOver(['p.test', 'q.test'], 20, (h) => `http://${h}/`);
  await assert.rejects(
    runCheckPool(tasks, {
      check: async () => online(),
      concurrency: 2,
      hostSpacingMs: 0,
      onResult: () => {
        reported += 1;
        if (reported === 3) throw new Error('database down');
      },
    }),
    /database down/,
  );
  assert.ok(reported < 20);
});

function online(): CheckRecord {
  return {
    outcome: 'online',
    reason: 'answers_without_evidence',
    status: 200,
    finalUrl: null,
    bodySha256: null,
    pdq: null,
    startedAt: new Date(),
    durationMs: 0,
  };
}
