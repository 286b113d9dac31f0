/**
 * The printable annual report as a PDF, through headless chromium: the staff app's own report page
 * (web/report.html, the page staff print from their browser) is loaded from the built files with its
 * two API answers (the figures and their definitions) given from memory, so the PDF and the page are
 * the same document and no server needs to run. Nothing leaves the machine: every other request is
 * refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { defaultStaffAppDir } from '../../platform/http/staff-app.routes.ts';
import type { Language } from '../../platform/i18n/language.ts';
import type { StatsReport } from './stats.schemas.ts';
import { DEFINITION_KEYS, DEFINITIONS } from './stats-definitions.ts';

const ORIGIN = 'http://vigie.report';
const TIME_LIMIT_MS = 60_000;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export type PdfOptions = { chromium: string; language: Language; distDir?: string };

export async function writeReportPdf(report: StatsReport, file: string, options: PdfOptions): Promise<void> {
  const distDir = options.distDir ?? defaultStaffAppDir;
  if (!fs.existsSync(path.join(distDir, 'report.html'))) {
    throw new Error('the staff app is not built (npm run build -w web): the report page is missing');
  }
  if (!fs.existsSync(options.chromium)) {
    throw new Error(`chromium not found at ${options.chromium} (set VIGIE_CHROMIUM)`);
  }
  const browser = await chromium.launch({
    executablePath: options.chromium,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const page = await browser.newPage();
    const definitions = { definitions: DEFINITION_KEYS.map((key) => ({ key, ...DEFINITIONS[key] })) };
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/api/stats/definitions') return route.fulfill({ json: definitions });
      if (url.pathname === '/api/stats') return route.fulfill({ json: report });
      const relative = url.pathname.replace(/^\/app\//, '');
      const target = path.resolve(distDir, relative);
      if (
        !url.pathname.startsWith('/app/') ||
        !target.startsWith(distDir + path.sep) ||
        !fs.existsSync(target)
      ) {
        return route.fulfill({ status: 404, body: 'not found' });
      }
      return route.fulfill({
        body: fs.readFileSync(target),
        contentType: TYPES[path.extname(target)] ?? 'application/octet-stream',
      });
    });
    const { year, from, to } = report.period;
    const query = new URLSearchParams(
      year !== null ? { lang: options.language, year: String(year) } : { lang: options.language, from, to },
    );
    await page.goto(`${ORIGIN}/app/report.html?${query}`);
    const state = await page.waitForFunction(
      () => document.body.dataset.ready === 'true' || document.body.dataset.error,
      undefined,
      { timeout: TIME_LIMIT_MS },
    );
    const error = await page.evaluate(() => document.body.dataset.error ?? null);
    await state.dispose();
    if (error) throw new Error(`the report page failed: ${error}`);
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
