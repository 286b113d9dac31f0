/** Fixtures for workspace tests: reported items made through intake's own submitReport. For tests only. */
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../platform/db/database.ts';
import type { Language } from '../../platform/i18n/language.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { type Channel, type ReporterKind, submitReport } from '../intake/index.ts';

let counter = 0;

export type ReportedItem = { id: string; url: string; version: number };

/** Submits one report naming `url` (a fresh one by default) and returns the item. */
export async function reportItem(
  t: TestApp,
  options: {
    category?: string;
    url?: string;
    channel?: Channel;
    reporterKind?: ReporterKind;
    language?: Language;
    receivedAt?: Date;
    description?: string;
    contactEmail?: string;
  } = {},
): Promise<ReportedItem> {
  const url = options.url ?? `https://content.example/${process.pid}/${++counter}`;
  await submitReport(
    { db: t.database.db, secretBox: t.app.deps.secretBox, contactRetentionDays: 30 },
    {
      category: options.category ?? 'other',
      urls: [url],
      language: options.language ?? 'fr',
      ...(options.description ? { description: options.description } : {}),
      ...(options.contactEmail ? { contact_email: options.contactEmail } : {}),
    },
    {
      channel: options.channel ?? 'web_form',
      reporterKind: options.reporterKind ?? 'public',
      ...(options.receivedAt ? { receivedAt: options.receivedAt } : {}),
    },
  );
  const [row] = rowsOf<ReportedItem>(
    await t.database.db.execute(sql`select id, url, version from items where url = ${url}`),
  );
  if (!row) throw new Error(`item for ${url} not stored`);
  return row;
}

/** Clears every item (and what hangs off items) so a test sees only its own. */
export async function clearItems(t: TestApp): Promise<void> {
  await t.database.db.execute(sql`delete from assessments`);
  await t.database.db.execute(sql`delete from report_items`);
  await t.database.db.execute(sql`update items set parent_item_id = null, duplicate_of_item_id = null`);
  await t.database.db.execute(sql`delete from items`);
}

export async function itemRow(t: TestApp, id: string): Promise<Record<string, unknown>> {
  const [row] = rowsOf<Record<string, unknown>>(
    await t.database.db.execute(sql`select * from items where id = ${id}`),
  );
  if (!row) throw new Error(`no item ${id}`);
  return row;
}
