/**
 * Columns whose values come from a list in code: the database holds a CHECK with exactly that list
 * (so a list that grows without its migration fails here), refuses anything else, and the API
 * document names the values as enums. Categories are the exception: they come from the jurisdiction
 * pack, data that can change under rows already stored, so the database does not constrain them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { CAPTURE_MEDIA_OUTCOMES, CAPTURE_STATES, SCREENSHOT_OUTCOMES } from './features/capture/index.ts';
import { MEDIA_KINDS, MEDIA_ORIGINS, STORED_TYPES } from './features/evidence/index.ts';
import { CONTACT_CHANNELS } from './features/hosting/hosting.types.ts';
import {
  DIRECTORY_KINDS,
  HOSTING_STATES,
  LOOKUP_REASONS,
  RDAP_CACHED_OUTCOMES,
  RDAP_QUERY_KINDS,
} from './features/hosting/index.ts';
import {
  CHANNELS,
  ITEM_ORIGINS,
  ITEM_PUBLIC_STATUSES,
  ITEM_STATES,
  PUBLIC_STATUSES,
  REPORTER_KINDS,
} from './features/intake/index.ts';
import { CHECK_OUTCOMES, MONITORING_STATES } from './features/monitoring/index.ts';
import {
  NOTICE_CHANNELS,
  NOTICE_PURPOSES,
  NOTICE_STATES,
  POLICE_BATCH_STATES,
  RECIPIENT_KINDS,
  REPLY_KINDS,
} from './features/notices/index.ts';
import { PARTNER_CHANNELS } from './features/partners/index.ts';
import { ASSESSMENT_STATUSES, RESOLUTIONS, SECOND_DECISIONS } from './features/qualification/index.ts';
import { QUEUE_DENSITIES } from './features/staff/index.ts';
import { SERVICE_TYPES } from './features/statistics/index.ts';
import { VERDICTS } from './jurisdictions/jurisdiction.ts';
import { ROLES, SESSION_STAGES } from './platform/auth/index.ts';
import { rowsOf } from './platform/db/database.ts';
import { LANGUAGES } from './platform/i18n/language.ts';
import { MAIL_PURPOSES, MAIL_STATES } from './platform/mail/index.ts';
import { createTestApp, type TestApp } from './testing/test-app.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const EXPECTED: Record<string, readonly string[]> = {
  'staff.role': ROLES,
  'staff.language': LANGUAGES,
  'staff_sessions.stage': SESSION_STAGES,
  'staff_preferences.queue_density': QUEUE_DENSITIES,
  'mail_outbox.purpose': MAIL_PURPOSES,
  'mail_outbox.language': LANGUAGES,
  'mail_outbox.state': MAIL_STATES,
  'reports.channel': CHANNELS,
  'reports.reporter_kind': REPORTER_KINDS,
  'reports.language': LANGUAGES,
  'reports.public_status': PUBLIC_STATUSES,
  'items.state': ITEM_STATES,
  'items.channel': CHANNELS,
  'items.language': LANGUAGES,
  'items.origin': ITEM_ORIGINS,
  'assessments.verdict': VERDICTS,
  'assessments.status': ASSESSMENT_STATUSES,
  'assessments.second_decision': SECOND_DECISIONS,
  'assessments.resolution': RESOLUTIONS,
  'report_messages.item_status': ITEM_PUBLIC_STATUSES,
  'report_messages.language': LANGUAGES,
  'report_messages.public_status': PUBLIC_STATUSES,
  'item_media.kind': MEDIA_KINDS,
  'item_media.content_type': STORED_TYPES,
  'item_media.origin': MEDIA_ORIGINS,
  'captures.state': CAPTURE_STATES,
  'captures.screenshot_outcome': SCREENSHOT_OUTCOMES,
  'capture_media.outcome': CAPTURE_MEDIA_OUTCOMES,
  'directory_entries.kind': DIRECTORY_KINDS,
  'directory_entries.channel': CONTACT_CHANNELS,
  'rdap_answers.kind': RDAP_QUERY_KINDS,
  'rdap_answers.outcome': RDAP_CACHED_OUTCOMES,
  'hosting_records.reason': LOOKUP_REASONS,
  'item_hosting.reason': LOOKUP_REASONS,
  'item_hosting.state': HOSTING_STATES,
  'notices.recipient_kind': RECIPIENT_KINDS,
  'notices.channel': NOTICE_CHANNELS,
  'notices.language': LANGUAGES,
  'notices.state': NOTICE_STATES,
  'notices.purpose': NOTICE_PURPOSES,
  'item_monitoring.state': MONITORING_STATES,
  'item_monitoring.last_outcome': CHECK_OUTCOMES,
  'stats_item_facts.origin': ITEM_ORIGINS,
  'stats_item_facts.service_type': SERVICE_TYPES,
  'removal_checks.outcome': CHECK_OUTCOMES,
  'notice_replies.kind': REPLY_KINDS,
  'police_batches.state': POLICE_BATCH_STATES,
  'partner_hotlines.channel': PARTNER_CHANNELS,
  'partner_hotlines.language': LANGUAGES,
  // Not a list but a pattern (ISO 3166-1 alpha-2): its CHECK holds the one pattern.
  'partner_hotlines.country': ['^[A-Z]{2}$'],
};

/** The SQLSTATE of a failed statement (drizzle wraps the driver's error). */
function sqlStateOf(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.cause?.code ?? e.code;
}

describe('columns with a fixed list of values', () => {
  test('each has a CHECK listing exactly the values of its list in code', async () => {
    const checks = rowsOf<{ name: string; def: string }>(
      await t.database.db.execute(sql`
        select c.conrelid::regclass::text || '.' || a.attname as name, pg_get_constraintdef(c.oid) as def
        from pg_constraint c
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'c' and c.connamespace = 'public'::regnamespace and cardinality(c.conkey) = 1`),
    );
    const found = Object.fromEntries(
      checks.map((c) => [c.name, [...c.def.matchAll(/'((?:[^']|'')*)'::text/g)].map((m) => m[1])]),
    );
    for (const [column, values] of Object.entries(EXPECTED)) {
      assert.deepEqual(found[column], [...values], `CHECK of ${column}`);
    }
    assert.deepEqual(
      Object.keys(found).sort(),
      Object.keys(EXPECTED).sort(),
      'a CHECK this test does not know',
    );
  });

  test('the database refuses a value outside the list, and keeps categories open', async () => {
    const refused = async (statement: ReturnType<typeof sql>, what: string) => {
      await assert.rejects(t.database.db.execute(statement), (error) => sqlStateOf(error) === '23514', what);
    };
    await refused(
      sql`insert into staff (email, display_name, role) values ('root@hotline.example', 'Root', 'root')`,
      'a role that does not exist',
    );
    await refused(
      sql`insert into items (url, state) values ('https://archived.example/', 'archived')`,
      'an item state that does not exist',
    );
    // A category the pack in force no longer lists stays readable and writable: packs are data.
    await t.database.db.execute(
      sql`insert into items (url, category) values ('https://old-pack.example/', 'category_of_an_older_pack')`,
    );
  });

  test('the API document names their values', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const queueItem =
      doc.paths['/api/queue'].get.responses['200'].content['application/json'].schema.properties.items.items;
    assert.deepEqual(queueItem.properties.channel.enum, [...CHANNELS]);
    assert.deepEqual(queueItem.properties.language.enum, [...LANGUAGES]);
    const media = doc.paths['/api/items/{id}/media'].get.responses['200'].content['application/json'].schema;
    assert.deepEqual(media.properties.media.items.properties.content_type.enum, [...STORED_TYPES]);
    const capture =
      doc.paths['/api/captures/{id}'].get.responses['200'].content['application/json'].schema.properties
        .capture;
    assert.deepEqual(capture.properties.state.enum, [...CAPTURE_STATES]);
  });
});
