/**
 * What the staff-app browser tests share around the demo data set: a server started on an embedded
 * database that `vigie demo` filled first, the staff accounts read from the demo's output, and
 * signing one of them in to the staff app in a fresh browser context (password, then a TOTP code).
 * The server's hosting look-ups run in the background for every item: unless a test points them
 * elsewhere, they ask an empty DNS server on 127.0.0.1 (every name: NXDOMAIN) and know no RDAP
 * registry, so no browser test sends a question off the machine.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startDnsServer } from '../../server/src/testing/dns-server.ts';
import {
  freePort,
  makeDataDir,
  runVigie,
  type ServerProcess,
  startServerProcess,
} from '../../server/src/testing/server-process.ts';
import { newPage } from './browser.ts';
import { totpFor } from './staff-app.ts';

export type DemoAccount = { role: string; email: string; password: string; totpSecret: string };

export type DemoServer = {
  server: ServerProcess;
  url: string;
  accounts: DemoAccount[];
  /** Stops the server and removes its data folder. */
  stop(): Promise<void>;
};

/**
 * Fills a fresh data folder with `vigie demo <demoArgs>`, then starts the server on it: the CLI
 * runs first because the embedded database can be opened by one process at a time.
 */
export async function startDemoServer(options: {
  name: string;
  demoArgs: string[];
  /** VIGIE_DNS_SERVERS and VIGIE_RDAP_BOOTSTRAP_DIR given here replace the offline defaults. */
  serverEnv?: Record<string, string>;
}): Promise<DemoServer> {
  const port = await freePort();
  const dataDir = makeDataDir(`vigie-e2e-${options.name}-`);
  const env = { VIGIE_DATA_DIR: dataDir, VIGIE_PUBLIC_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: 'warn' };
  const offline = await offlineHosting(dataDir);
  const demo = await runVigie(['demo', ...options.demoArgs], { ...env, ...offline.env });
  assert.equal(demo.code, 0, demo.stderr);
  const accounts = demoAccounts(demo.stdout);
  assert.ok(accounts.length >= 4, `no demo accounts in:\n${demo.stdout}`);
  const server = await startServerProcess({
    port,
    dataDir,
    env: { LOG_LEVEL: 'warn', ...offline.env, ...options.serverEnv },
  });
  return {
    server,
    url: server.url,
    accounts,
    async stop() {
      await server.stop();
      await offline.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * An empty DNS server on 127.0.0.1 (it answers NXDOMAIN to every name) and an empty RDAP bootstrap
 * folder (no registry known) inside the data folder: what hosting look-ups use by default here.
 */
async function offlineHosting(dataDir: string) {
  const dns = await startDnsServer({});
  const rdapDir = path.join(dataDir, 'rdap-bootstrap-none');
  fs.mkdirSync(rdapDir, { recursive: true });
  return {
    env: { VIGIE_DNS_SERVERS: dns.address, VIGIE_RDAP_BOOTSTRAP_DIR: rdapDir },
    close: () => dns.close(),
  };
}

/** A public report of one URL in French through the API, as a reporter would send it. */
export async function reportUrl(
  baseUrl: string,
  report: { category: string; url: string; description: string },
): Promise<{ tracking_code: string; secret: string }> {
  const res = await fetch(`${baseUrl}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      category: report.category,
      urls: [report.url],
      description: report.description,
      language: 'fr',
    }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as { tracking_code: string; secret: string };
}

/** The account lines `vigie demo` prints: role, e-mail, password and TOTP secret. */
export function demoAccounts(demoOutput: string): DemoAccount[] {
  return [...demoOutput.matchAll(/^\s+(\w+)\s+(\S+@\S+)\s+password (\S+)\s+TOTP secret ([A-Z2-7]+=*)/gm)].map(
    (m) => ({ role: m[1] ?? '', email: m[2] ?? '', password: m[3] ?? '', totpSecret: m[4] ?? '' }),
  );
}

export function demoAccount(accounts: DemoAccount[], role: string, nth = 0): DemoAccount {
  const found = accounts.filter((a) => a.role === role)[nth];
  assert.ok(found, `no demo ${role} #${nth + 1}`);
  return found;
}

/** Signs `who` in (French interface) and waits for the home page; a page error fails the test. */
export async function signInStaff(baseUrl: string, who: DemoAccount): Promise<Page> {
  const { page } = await newPage({ locale: 'fr-FR' });
  page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  await page.goto(`${baseUrl}/app/`);
  await page.getByLabel('Adresse e-mail').fill(who.email);
  await page.getByLabel('Mot de passe').fill(who.password);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByLabel('Code à 6 chiffres').fill(totpFor(who.totpSecret).generate());
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: /^Bonjour/ }).waitFor();
  return page;
}

/** A call to the API with the session of whoever is signed in on `page` (cookie + CSRF header). */
export async function apiAs<T = Record<string, unknown>>(
  page: Page,
  method: string,
  apiPath: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const result = await page.evaluate(
    async ({ method, apiPath, body }) => {
      const { csrf_token } = await (await fetch('/api/auth/session')).json();
      const res = await fetch(apiPath, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf_token },
        ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }),
      });
      return { status: res.status, body: await res.json() };
    },
    { method, apiPath, body },
  );
  return result as { status: number; body: T };
}
