import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { reportItem } from '../triage/workspace.testing.ts';
import { sweepUnreferencedBlobs } from './evidence.jobs.ts';
import { itemMedia } from './evidence.tables.ts';
import { filesUnder, syntheticImage } from './evidence.testing.ts';

let t: TestApp;
let ana: StaffAgent;
before(async () => {
  t = await createTestApp();
  ana = await signedInStaff(t, 'analyst');
});
after(() => t.close());

const HOUR = 3_600_000;

async function attach(seed: number) {
  const item = await reportItem(t);
  const res = await ana.inject({
    method: 'POST',
    url: `/api/items/${item.id}/media`,
    payload: await syntheticImage('png', { seed }),
    headers: { 'content-type': 'image/png' },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { id: string };
}

test('the daily sweep erases files no record names once they are an hour old, and keeps the rest', async () => {
  const ctx = { db: t.database.db, blobs: t.app.deps.blobStore, log: t.app.log };
  const kept = await attach(31);
  const orphaned = await attach(32);
  const blobDir = t.config.blobDir;
  assert.equal(filesUnder(blobDir).length, 4, 'an original and a preview each');

  // What a crash between the record's deletion and the files' removal leaves behind.
  await t.database.db.delete(itemMedia).where(eq(itemMedia.id, orphaned.id));

  assert.equal(await sweepUnreferencedBlobs(ctx), 0, 'too young: may belong to an upload in progress');
  assert.equal(filesUnder(blobDir).length, 4);

  const later = new Date(Date.now() + 2 * HOUR);
  assert.equal(await sweepUnreferencedBlobs(ctx, later), 2);
  assert.equal(filesUnder(blobDir).length, 2);
  const content = await ana.inject({ url: `/api/media/${kept.id}/content` });
  assert.equal(content.statusCode, 200, 'the file a record names is untouched');
  assert.equal(await sweepUnreferencedBlobs(ctx, later), 0, 'a second run finds nothing');
});
