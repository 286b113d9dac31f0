import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import type { Database } from '../../platform/db/database.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { findPartnerHotline, partnerHotlines, seedPartnerHotlines } from './index.ts';
import { isCountryCode } from './partners.schemas.ts';
import { PARTNER_SEED } from './partners-seed.ts';
import { PARTNERS_SEEDED_ACTION } from './seed-partner-hotlines.ts';

let database: Database;
before(async () => {
  database = await openTestDatabase();
});
after(() => database.close());

test('the seed data: one row per real country, no invented e-mail, every address an https URL or none', () => {
  const countries = PARTNER_SEED.map((row) => row.country);
  assert.equal(new Set(countries).size, countries.length, 'one row per country');
  assert.ok(PARTNER_SEED.length >= 40, `${PARTNER_SEED.length} countries`);
  for (const row of PARTNER_SEED) {
    assert.ok(isCountryCode(row.country), row.country);
    assert.ok(
      row.address === null || /^https:\/\/[^\s@]+$/.test(row.address),
      `${row.country}: ${row.address}`,
    );
    assert.ok(row.address === null || row.channel === 'web_form', row.country);
    assert.match(row.website, /^https:\/\/[^\s@]+$/, row.country);
    assert.doesNotMatch(JSON.stringify(row), /@/, `${row.country}: no e-mail address anywhere`);
  }
  assert.deepEqual(
    PARTNER_SEED.filter((row) => row.language === 'fr').map((row) => row.country),
    ['BE', 'LU'],
    'French for the francophone hotlines only',
  );
});

test('seeded once into an empty table, audited as the system, without the own country; not twice', async () => {
  const added = await seedPartnerHotlines(database.db);
  const rows = await database.db.select().from(partnerHotlines);
  assert.equal(added, rows.length);
  assert.equal(rows.length, PARTNER_SEED.filter((row) => row.country !== pack.country).length);
  assert.equal(pack.country, 'FR');
  assert.ok(!rows.some((row) => row.country === 'FR'), 'France is this hotline: not a partner');
  assert.ok(rows.every((row) => row.active && row.checkedOn === null && row.updatedBy === null));
  assert.ok(rows.every((row) => row.address === null || row.address.startsWith('https://')));

  const gb = await findPartnerHotline(database.db, 'GB');
  assert.equal(gb?.name, 'Internet Watch Foundation (IWF)');
  assert.equal(gb?.language, 'en');
  assert.equal((await findPartnerHotline(database.db, 'be'))?.language, 'fr');

  const audit = await database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, PARTNERS_SEEDED_ACTION));
  assert.equal(audit.length, 1);
  assert.equal(audit[0]?.actorLabel, 'system');
  assert.equal(audit[0]?.actorStaffId, null);
  assert.equal(audit[0]?.details.count, rows.length);

  assert.equal(await seedPartnerHotlines(database.db), 0, 'a second run adds nothing');
  assert.equal((await database.db.select().from(partnerHotlines)).length, rows.length);

  // A list staff emptied on purpose stays empty.
  await database.db.delete(partnerHotlines);
  assert.equal(await seedPartnerHotlines(database.db), 0);
  assert.equal((await database.db.select().from(partnerHotlines)).length, 0);
});
