/** What the staff-app browser tests share: building the app, TOTP codes, and the axe check. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import * as OTPAuth from 'otpauth';
import type { Page } from 'playwright-core';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TOTP_STEP_MS = 30_000;

/**
 * The server serves web/dist: builds it from the current sources, unless the test runner
 * (scripts/test.mjs --e2e) has built it once for every file.
 */
export function buildStaffApp(): void {
  if (process.env.VIGIE_STAFF_APP_BUILT === '1') return;
  const built = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(built.status, 0, `web build failed:\n${built.stdout}\n${built.stderr}`);
}

export function totpFor(secret: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    digits: 6,
    period: TOTP_STEP_MS / 1000,
    algorithm: 'SHA1',
  });
}

export async function assertNoAxeViolations(page: Page, what: string): Promise<void> {
  // Through the devtools protocol, not a <script> tag: the page's CSP rightly refuses inline scripts.
  await page.evaluate(axe.source);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  )) as axe.AxeResults;
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  assert.deepEqual(summary, [], `axe violations on ${what}`);
}

/**
 * Opens a section of the item page by its tab ("Preuves", "Notifications"…); the tab's label may
 * carry a count ("Notifications (2)"). Waits until its panel shows.
 */
export async function openItemSection(page: Page, label: string): Promise<void> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${label}( \\(\\d+\\))?$`) });
  await tab.click();
  await page.locator(`#${await tab.getAttribute('aria-controls')}`).waitFor({ state: 'visible' });
}
