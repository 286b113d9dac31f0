/**
 * `vigie stats --pdf`: the annual report printed to PDF by headless chromium from the staff app's
 * built report page, with nothing but the figures given to it. A known data set goes in; the PDF has
 * pages in both languages, and a missing build or chromium is one clear error.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { computeStatistics, refreshStatistics, yearPeriod } from '../server/src/features/statistics/index.ts';
import { addFixtureReports } from '../server/src/features/statistics/statistics.testing.ts';
import { writeReportPdf } from '../server/src/features/statistics/stats-pdf.ts';
import type { Database } from '../server/src/platform/db/database.ts';
import { rowsOf } from '../server/src/platform/db/database.ts';
import { openTestDatabase } from '../server/src/testing/test-database.ts';
import { CHROMIUM } from './support/browser.ts';

let database: Database;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-e2e-pdf-'));
before(async () => {
  database = await openTestDatabase();
  const [staff] = rowsOf<{ id: string }>(
    await database.db.execute(
      sql`insert into staff (email, display_name, role) values ('a@hotline.test', 'A', 'analyst') returning id`,
    ),
  );
  await addFixtureReports(database.db, staff?.id ?? '', [
    {
      receivedAt: '2025-03-02T10:00:00Z',
      claimed: 'child_sexual_abuse_material',
      items: [
        {
          url: 'https://pdf.example/1',
          verdict: 'illegal',
          category: 'child_sexual_abuse_material',
          country: 'NL',
          notices: [{ kind: 'host', sentAt: '2025-03-03T10:00:00Z', recipient: 'Host NL' }],
          removedAt: '2025-03-04T10:00:00Z',
        },
      ],
    },
    { receivedAt: '2025-07-02T10:00:00Z', items: [{ url: 'https://pdf.example/2', verdict: 'not_illegal' }] },
  ]);
  await refreshStatistics(database.db);
});
after(async () => {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

describe('the printable report as PDF', () => {
  test('prints the year in French and in English, several A4 pages each', async () => {
    const report = await computeStatistics(database.db, {
      period: yearPeriod(2025, 'Europe/Paris'),
      categories: [],
    });
    for (const language of ['fr', 'en'] as const) {
      const file = path.join(dir, `report-${language}.pdf`);
      await writeReportPdf(report, file, { chromium: CHROMIUM, language });
      const pdf = fs.readFileSync(file);
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      assert.ok(pages(pdf) >= 5, `${language}: ${pages(pdf)} pages`);
      const box = pdf.toString('latin1').match(/\/MediaBox\s*\[([^\]]*)\]/)?.[1];
      assert.deepEqual(
        box?.trim().split(/\s+/).map(Number).map(Math.round),
        [0, 0, 595, 842],
        `A4, not ${box}`,
      );
    }
  });

  test('without the built report page or chromium, one clear error', async () => {
    const report = await computeStatistics(database.db, {
      period: yearPeriod(2025, 'Europe/Paris'),
      categories: [],
    });
    await assert.rejects(
      writeReportPdf(report, path.join(dir, 'x.pdf'), { chromium: CHROMIUM, language: 'fr', distDir: dir }),
      /the staff app is not built/,
    );
    await assert.rejects(
      writeReportPdf(report, path.join(dir, 'x.pdf'), { chromium: path.join(dir, 'nope'), language: 'fr' }),
      /chromium not found/,
    );
  });
});
