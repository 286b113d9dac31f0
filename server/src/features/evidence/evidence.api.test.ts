import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { verifyAuditChain } from '../../platform/audit/audit.service.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { hashFileToLine } from '../hashing/index.ts';
import { reportItem } from '../triage/workspace.testing.ts';
import {
  ebmlElement,
  filesUnder,
  minimalMp4,
  minimalWebm,
  mp4Box,
  syntheticImage,
} from './evidence.testing.ts';

let t: TestApp;
let ana: StaffAgent;
let sue: StaffAgent;
let lia: StaffAgent;
before(async () => {
  t = await createTestApp();
  ana = await signedInStaff(t, 'analyst', { displayName: 'Ana' });
  sue = await signedInStaff(t, 'supervisor', { displayName: 'Sue' });
  lia = await signedInStaff(t, 'liaison_officer', { displayName: 'Lia' });
});
after(() => t.close());

const upload = (agent: StaffAgent, itemId: string, bytes: Buffer, contentType: string, fileName?: string) =>
  agent.inject({
    method: 'POST',
    url: `/api/items/${itemId}/media`,
    payload: bytes,
    headers: {
      'content-type': contentType,
      ...(fileName !== undefined ? { 'x-file-name': encodeURIComponent(fileName) } : {}),
    },
  });

const hex = (algorithm: string, bytes: Buffer) => crypto.createHash(algorithm).update(bytes).digest('hex');

/** What `vigie hash` prints for these bytes: [hash, quality]. */
async function vigieHash(bytes: Buffer): Promise<[string, number]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-evidence-hash-'));
  try {
    const file = path.join(dir, 'image');
    fs.writeFileSync(file, bytes);
    const result = await hashFileToLine(file, { dihedral: false, applyExifOrientation: false });
    assert.ok(result.ok, 'vigie hash failed');
    const [hash, quality] = result.line.split(',');
    return [hash as string, Number(quality)];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const auditOf = async (action: string, mediaId: string) =>
  rowsOf<{ actor_label: string; target_id: string; details: Record<string, unknown> }>(
    await t.database.db.execute(sql`
      select actor_label, target_id, details from audit_events
      where action = ${action} and details->>'media_id' = ${mediaId}`),
  );

describe('uploading evidence', () => {
  test('a PNG becomes a media record: dimensions, hashes, PDQ like `vigie hash`, audited without its name', async () => {
    const item = await reportItem(t);
    const png = await syntheticImage('png', { width: 640, height: 400, seed: 1 });
    const res = await upload(ana, item.id, png, 'image/png', 'dossier/sous-dossier/capture écran 1.png');
    assert.equal(res.statusCode, 201, res.body);
    const media = res.json();
    assert.match(media.id, /^[0-9a-f-]{36}$/);
    const [pdq, quality] = await vigieHash(png);
    assert.deepEqual(
      { ...media, id: undefined, added_at: undefined },
      {
        id: undefined,
        item_id: item.id,
        kind: 'image',
        content_type: 'image/png',
        byte_size: png.length,
        width: 640,
        height: 400,
        file_name: 'capture écran 1.png',
        sha256: hex('sha256', png),
        md5: hex('md5', png),
        pdq,
        pdq_quality: quality,
        added_by: { id: ana.id, display_name: 'Ana' },
        added_at: undefined,
        origin: 'upload',
        capture_id: null,
        original_erased_at: null,
        preview_url: `/api/media/${media.id}/preview`,
        content_url: `/api/media/${media.id}/content`,
      },
    );
    assert.ok(Math.abs(Date.parse(media.added_at) - Date.now()) < 60_000);

    const [event, ...more] = await auditOf('media.added', media.id);
    assert.equal(more.length, 0);
    assert.equal(event?.target_id, item.id);
    assert.equal(event?.actor_label, ana.email);
    assert.deepEqual(event?.details, {
      media_id: media.id,
      kind: 'image',
      content_type: 'image/png',
      byte_size: png.length,
      sha256: hex('sha256', png),
    });
    assert.equal((await verifyAuditChain(t.database.db)).ok, true);
    assert.ok(!t.logs().includes('capture'), 'the file name must not reach the log');
  });

  test('JPEG, WebP and GIF images are accepted; a file name is optional', async () => {
    const item = await reportItem(t);
    for (const [format, type] of [
      ['jpeg', 'image/jpeg'],
      ['webp', 'image/webp'],
      ['gif', 'image/gif'],
    ] as const) {
      const bytes = await syntheticImage(format, { width: 300, height: 500, seed: 2 });
      const res = await upload(ana, item.id, bytes, type);
      assert.equal(res.statusCode, 201, `${type}: ${res.body}`);
      const media = res.json();
      assert.equal(media.content_type, type);
      assert.equal(media.file_name, null);
      assert.deepEqual([media.width, media.height], [300, 500]);
      assert.equal(media.pdq, (await vigieHash(bytes))[0]);
    }
  });

  test('the list shows an item’s media newest first, to every workspace role', async () => {
    const item = await reportItem(t);
    const ids: string[] = [];
    for (const seed of [3, 4, 5]) {
      const res = await upload(
        ana,
        item.id,
        await syntheticImage('png', { seed, width: 64, height: 64 }),
        'image/png',
      );
      assert.equal(res.statusCode, 201, res.body);
      ids.push(res.json().id);
    }
    const other = await reportItem(t);
    await upload(ana, other.id, await syntheticImage('png', { seed: 6, width: 64, height: 64 }), 'image/png');

    const res = await lia.inject({ method: 'GET', url: `/api/items/${item.id}/media` });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      res.json().media.map((m: { id: string }) => m.id),
      ids.reverse(),
    );
    const empty = await ana.inject({ method: 'GET', url: `/api/items/${(await reportItem(t)).id}/media` });
    assert.deepEqual(empty.json(), { media: [] });
  });

  test('the preview is a small, greyscale, blurred JPEG, never cached', async () => {
    const item = await reportItem(t);
    const png = await syntheticImage('png', { width: 1600, height: 1000, seed: 7 });
    const media = (await upload(ana, item.id, png, 'image/png')).json();
    const res = await ana.inject({ method: 'GET', url: media.preview_url });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'image/jpeg');
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    const preview = res.rawPayload;
    const meta = await sharp(preview).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.deepEqual([meta.width, meta.height], [480, 300]);
    const stats = await sharp(preview).stats();
    const [first, ...others] = stats.channels;
    assert.ok(
      others.every((c) => c.mean === first?.mean && c.stdev === first?.stdev),
      'every channel is the same grey',
    );
    // The original has hard block edges (neighbouring pixels 200+ levels apart); blurred, no two
    // neighbouring pixels of the preview differ by more than a few levels.
    const { data, info } = await sharp(preview).greyscale().raw().toBuffer({ resolveWithObject: true });
    let steepest = 0;
    for (let y = 0; y < info.height; y++) {
      for (let x = 1; x < info.width; x++) {
        const i = y * info.width + x;
        steepest = Math.max(steepest, Math.abs((data[i] as number) - (data[i - 1] as number)));
      }
    }
    assert.ok(steepest < 20, `neighbouring preview pixels differ by up to ${steepest}`);
    assert.ok(preview.length < 20_000, `preview of ${preview.length} bytes`);
  });

  test('the content route returns the exact bytes with headers that keep the file inert', async () => {
    const item = await reportItem(t);
    const jpeg = await syntheticImage('jpeg', { seed: 8 });
    const media = (await upload(ana, item.id, jpeg, 'image/jpeg', 'photo.jpg')).json();
    const res = await ana.inject({ method: 'GET', url: media.content_url });
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(res.rawPayload.equals(jpeg), 'same bytes as uploaded');
    assert.equal(res.headers['content-type'], 'image/jpeg');
    assert.equal(res.headers['content-length'], String(jpeg.length));
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['content-security-policy'], "sandbox; default-src 'none'");
    assert.equal(res.headers['cross-origin-resource-policy'], 'same-origin');
    assert.equal(res.headers['content-disposition'], 'inline');
    assert.equal(res.headers['accept-ranges'], 'bytes');
  });

  test('the same file twice on one item is refused (409); on another item it is accepted and stored once', async () => {
    const item = await reportItem(t);
    const png = await syntheticImage('png', { seed: 9, width: 120, height: 80 });
    const first = await upload(ana, item.id, png, 'image/png');
    assert.equal(first.statusCode, 201, first.body);
    const filesBefore = filesUnder(t.config.blobDir);
    const again = await upload(sue, item.id, png, 'image/png', 'renamed.png');
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json().error.code, 'media.duplicate');
    assert.equal(again.json().error.details.media_id, first.json().id);
    // The failed upload's clean-up left the blobs the first record uses.
    assert.deepEqual(filesUnder(t.config.blobDir), filesBefore);
    const content = await ana.inject({ method: 'GET', url: first.json().content_url });
    assert.ok(content.rawPayload.equals(png));

    const elsewhere = await upload(ana, (await reportItem(t)).id, png, 'image/png');
    assert.equal(elsewhere.statusCode, 201, elsewhere.body);
    assert.deepEqual(filesUnder(t.config.blobDir), filesBefore, 'same bytes, same blobs');
  });

  test('at the same moment: the same file twice on one item gives one record; a failed upload never takes a blob another one uses', async () => {
    const item = await reportItem(t);
    const png = await syntheticImage('png', { seed: 18, width: 150, height: 90 });
    const both = await Promise.all([
      upload(ana, item.id, png, 'image/png'),
      upload(sue, item.id, png, 'image/png'),
    ]);
    assert.deepEqual(both.map((r) => r.statusCode).sort(), [201, 409], both.map((r) => r.body).join('\n'));
    const list = await ana.inject({ method: 'GET', url: `/api/items/${item.id}/media` });
    assert.equal(list.json().media.length, 1);

    for (let round = 0; round < 3; round++) {
      const bytes = await syntheticImage('png', { seed: 30 + round, width: 150, height: 90 });
      const target = await reportItem(t);
      const [kept, failed] = await Promise.all([
        upload(ana, target.id, bytes, 'image/png'),
        upload(sue, crypto.randomUUID(), bytes, 'image/png'),
      ]);
      assert.equal(kept.statusCode, 201, kept.body);
      assert.equal(failed.statusCode, 404, failed.body);
      const content = await ana.inject({ method: 'GET', url: kept.json().content_url });
      assert.equal(content.statusCode, 200, content.body);
      assert.ok(content.rawPayload.equals(bytes));
      assert.equal((await ana.inject({ method: 'GET', url: kept.json().preview_url })).statusCode, 200);
    }
  });

  test('a video (MP4, WebM) is accepted by its structure: no dimensions, no PDQ, no preview', async () => {
    const item = await reportItem(t);
    const mp4 = minimalMp4();
    const res = await upload(ana, item.id, mp4, 'video/mp4', 'clip.mp4');
    assert.equal(res.statusCode, 201, res.body);
    const media = res.json();
    assert.equal(media.kind, 'video');
    assert.equal(media.content_type, 'video/mp4');
    assert.equal(media.preview_url, null);
    assert.deepEqual([media.width, media.height, media.pdq, media.pdq_quality], [null, null, null, null]);
    assert.equal(media.sha256, hex('sha256', mp4));

    const preview = await ana.inject({ method: 'GET', url: `/api/media/${media.id}/preview` });
    assert.equal(preview.statusCode, 404);
    assert.equal(preview.json().error.code, 'media.no_preview');

    const content = await ana.inject({ method: 'GET', url: media.content_url });
    assert.equal(content.headers['content-type'], 'video/mp4');
    assert.ok(content.rawPayload.equals(mp4));

    const webm = await upload(ana, item.id, minimalWebm(), 'video/webm');
    assert.equal(webm.statusCode, 201, webm.body);
    assert.equal(webm.json().kind, 'video');
  });

  test('a single byte range gets 206 (videos can seek); a range past the end gets 416', async () => {
    const item = await reportItem(t);
    const mp4 = minimalMp4('0123456789abcdefghij');
    const media = (await upload(ana, item.id, mp4, 'video/mp4')).json();
    const get = (range: string) => ana.inject({ method: 'GET', url: media.content_url, headers: { range } });

    const head = await get('bytes=0-9');
    assert.equal(head.statusCode, 206);
    assert.equal(head.headers['content-range'], `bytes 0-9/${mp4.length}`);
    assert.ok(head.rawPayload.equals(mp4.subarray(0, 10)));
    assert.equal(head.headers['cache-control'], 'no-store');

    const tail = await get('bytes=-5');
    assert.equal(tail.statusCode, 206);
    assert.equal(tail.rawPayload.toString(), 'fghij');

    const open = await get(`bytes=${mp4.length - 3}-`);
    assert.equal(open.statusCode, 206);
    assert.equal(open.rawPayload.toString(), 'hij');

    const past = await get(`bytes=${mp4.length}-`);
    assert.equal(past.statusCode, 416);
    assert.equal(past.headers['content-range'], `bytes */${mp4.length}`);
    assert.equal(past.json().error.code, 'media.range_not_satisfiable');

    const several = await get('bytes=0-1,4-5');
    assert.equal(several.statusCode, 200);
    assert.ok(several.rawPayload.equals(mp4));
  });
});

describe('who saw the originals', () => {
  const viewsBy = async (agent: StaffAgent, mediaId: string) =>
    (await auditOf('media.viewed', mediaId)).filter((e) => e.actor_label === agent.email).length;
  let seed = 0;
  /** A fresh video of 30 bytes of payload on a fresh item: no viewing of it yet. */
  const freshVideo = async () => {
    const mp4 = minimalMp4(`viewing-${process.pid}-${++seed}`.padEnd(30, '.'));
    const res = await upload(ana, (await reportItem(t)).id, mp4, 'video/mp4');
    assert.equal(res.statusCode, 201, res.body);
    return { mp4, media: res.json() };
  };

  test('every answer that delivers bytes of the original starts a viewing, whatever its Range', async () => {
    const size = minimalMp4(''.padEnd(30, '.')).length;
    const cases: [string | undefined, number, (mp4: Buffer) => Buffer][] = [
      [undefined, 200, (f) => f],
      ['bytes=0-', 206, (f) => f],
      ['bytes=0-0', 206, (f) => f.subarray(0, 1)],
      ['bytes=1-', 206, (f) => f.subarray(1)],
      ['bytes=-5', 206, (f) => f.subarray(f.length - 5)],
      [`bytes=-${size + 1}`, 206, (f) => f],
      ['bytes=-1000000000', 206, (f) => f],
      [`bytes=${size - 1}-${size + 50}`, 206, (f) => f.subarray(size - 1)],
      ['bytes=0-1,5-9', 200, (f) => f],
      ['bytes=5-2', 200, (f) => f],
      ['bytes=abc', 200, (f) => f],
      ['items=0-5', 200, (f) => f],
    ];
    for (const [range, status, expected] of cases) {
      const { mp4, media } = await freshVideo();
      const res = await sue.inject({ url: media.content_url, headers: range ? { range } : {} });
      assert.equal(res.statusCode, status, `${range}: ${res.body}`);
      assert.ok(res.rawPayload.equals(expected(mp4)), `${range}: the bytes sent`);
      assert.equal(await viewsBy(sue, media.id), 1, `${range}: one media.viewed`);
    }
  });

  test('an unsatisfiable range (416) and a HEAD request deliver no bytes and are not viewings', async () => {
    const { mp4, media } = await freshVideo();
    for (const range of [`bytes=${mp4.length}-`, `bytes=${mp4.length + 10}-${mp4.length + 20}`, 'bytes=-0']) {
      const res = await sue.inject({ url: media.content_url, headers: { range } });
      assert.equal(res.statusCode, 416, `${range}: ${res.body}`);
      assert.equal(res.headers['content-range'], `bytes */${mp4.length}`);
    }
    const head = await sue.inject({ method: 'HEAD', url: media.content_url });
    assert.equal(head.statusCode, 200);
    assert.equal(head.rawPayload.length, 0);
    assert.equal(await viewsBy(sue, media.id), 0);
  });

  test('a player’s follow-up ranges are the same viewing; another person, or the same one later, is a new one', async () => {
    const { media } = await freshVideo();
    for (const range of ['bytes=0-', 'bytes=8-', 'bytes=-4', 'bytes=3-9']) {
      assert.equal((await ana.inject({ url: media.content_url, headers: { range } })).statusCode, 206);
    }
    assert.equal((await ana.inject({ url: media.content_url })).statusCode, 200, 'a reload');
    assert.equal(await viewsBy(ana, media.id), 1, 'one viewing, however many ranges');

    assert.equal(
      (await sue.inject({ url: media.content_url, headers: { range: 'bytes=10-' } })).statusCode,
      206,
    );
    assert.equal(await viewsBy(sue, media.id), 1, 'each person has their own viewing');

    // Six minutes later (the window is five), the next bytes are a new viewing.
    await t.database.db.execute(sql`
      update media_viewings set started_at = started_at - interval '6 minutes'
      where media_id = ${media.id} and staff_id = ${ana.id}`);
    assert.equal(
      (await ana.inject({ url: media.content_url, headers: { range: 'bytes=12-' } })).statusCode,
      206,
    );
    assert.equal(await viewsBy(ana, media.id), 2);
    assert.equal(await viewsBy(sue, media.id), 1);
    assert.equal((await verifyAuditChain(t.database.db)).ok, true);
  });

  test('requests at the same moment start one viewing', async () => {
    const { media } = await freshVideo();
    const ranges = ['bytes=0-', 'bytes=1-', 'bytes=-5', 'bytes=2-3', undefined, 'bytes=0-0'];
    const results = await Promise.all(
      ranges.map((range) => sue.inject({ url: media.content_url, headers: range ? { range } : {} })),
    );
    assert.ok(results.every((r) => r.statusCode === 200 || r.statusCode === 206));
    assert.equal(await viewsBy(sue, media.id), 1);
  });

  test('the preview is not a viewing; viewings stay out of the item history', async () => {
    const item = await reportItem(t);
    const image = (await upload(ana, item.id, await syntheticImage('png', { seed: 12 }), 'image/png')).json();
    assert.equal((await sue.inject({ method: 'GET', url: image.preview_url })).statusCode, 200);
    assert.deepEqual(await auditOf('media.viewed', image.id), [], 'the blurred preview is not a viewing');

    assert.equal((await sue.inject({ method: 'GET', url: image.content_url })).statusCode, 200);
    const [viewed, ...more] = await auditOf('media.viewed', image.id);
    assert.equal(more.length, 0);
    assert.equal(viewed?.actor_label, sue.email);
    assert.equal(viewed?.target_id, item.id);

    const history = (await sue.inject({ url: `/api/items/${item.id}/history` })).json();
    const actions = history.entries.flatMap((e: { action?: string }) => (e.action ? [e.action] : []));
    assert.deepEqual(actions, ['media.added']);
  });
});

describe('claims', () => {
  test('someone else’s live claim refuses the upload (409 item.claimed naming the holder); the holder and an unclaimed item are fine', async () => {
    const bob = await signedInStaff(t, 'analyst', { displayName: 'Bob' });
    const item = await reportItem(t);
    assert.equal((await bob.inject({ method: 'POST', url: `/api/items/${item.id}/claim` })).statusCode, 200);
    const before = filesUnder(t.config.blobDir);

    const png = await syntheticImage('png', { seed: 40, width: 80, height: 60 });
    const refused = await upload(ana, item.id, png, 'image/png');
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(refused.json().error.code, 'item.claimed');
    assert.match(refused.json().error.message, /^Bob is working on this item/);
    assert.equal(refused.json().error.details.claim.staff_id, bob.id);
    assert.equal(refused.json().error.details.claim.display_name, 'Bob');
    assert.deepEqual(filesUnder(t.config.blobDir), before, 'nothing stored');
    assert.deepEqual((await ana.inject({ url: `/api/items/${item.id}/media` })).json().media, []);

    const mine = await upload(bob, item.id, png, 'image/png');
    assert.equal(mine.statusCode, 201, mine.body);
    const free = await upload(ana, (await reportItem(t)).id, png, 'image/png');
    assert.equal(free.statusCode, 201, free.body);

    // Once the claim lapses, anyone may add evidence again.
    await t.database.db.execute(
      sql`update items set claim_expires_at = now() - interval '1 second' where id = ${item.id}`,
    );
    const lapsed = await upload(ana, item.id, minimalMp4('after the claim'), 'video/mp4');
    assert.equal(lapsed.statusCode, 201, lapsed.body);
  });
});

describe('refused uploads', () => {
  test('another content type is 415 naming the accepted ones, before the body is read', async () => {
    const item = await reportItem(t);
    for (const type of ['text/plain', 'application/json', 'image/svg+xml', 'application/octet-stream']) {
      const res = await upload(ana, item.id, Buffer.from('{"a":1}'), type);
      assert.equal(res.statusCode, 415, `${type}: ${res.body}`);
      assert.equal(res.json().error.code, 'media.unsupported_type');
      assert.match(
        res.json().error.message,
        /image\/jpeg, image\/png, image\/webp, image\/gif, video\/mp4, video\/webm/,
      );
    }
    const none = await ana.inject({ method: 'POST', url: `/api/items/${item.id}/media` });
    assert.equal(none.statusCode, 415);
  });

  test('bytes that do not match the declared type, broken images and empty files are 400 media.invalid', async () => {
    const item = await reportItem(t);
    const png = await syntheticImage('png', { seed: 10, width: 50, height: 50 });
    const cases: [Buffer, string, RegExp][] = [
      [png, 'image/jpeg', /not a JPEG image.*looks like a PNG image/],
      [png, 'video/mp4', /not an MP4 video/],
      [Buffer.from('<html>hello</html>'), 'image/gif', /not a GIF image/],
      [Buffer.concat([png.subarray(0, 40), Buffer.alloc(200, 7)]), 'image/png', /cannot be used/],
      [Buffer.alloc(0), 'image/png', /empty/],
      [Buffer.from('not a webm at all'), 'video/webm', /not a WebM video/],
    ];
    for (const [bytes, type, message] of cases) {
      const res = await upload(ana, item.id, bytes, type);
      assert.equal(res.statusCode, 400, `${type}: ${res.body}`);
      assert.equal(res.json().error.code, 'media.invalid');
      assert.match(res.json().error.message, message);
    }
    const list = await ana.inject({ method: 'GET', url: `/api/items/${item.id}/media` });
    assert.deepEqual(list.json().media, []);
  });

  test('videos are checked by their real structure: another format, a bare ftyp, garbage after a valid header are 400 media.invalid', async () => {
    const item = await reportItem(t);
    const mp4 = minimalMp4();
    const webm = minimalWebm();
    const png = await syntheticImage('png', { seed: 41, width: 40, height: 40 });
    const ftypOnly = mp4.subarray(0, mp4.readUInt32BE(0));
    const segmentId = Buffer.from([0x18, 0x53, 0x80, 0x67]);
    const cases: [Buffer, string, RegExp][] = [
      [
        mp4,
        'image/png',
        /not a PNG image \(declared image\/png\): it looks like an MP4 video \(video\/mp4\)/,
      ],
      [webm, 'video/mp4', /not an MP4 video.*looks like a WebM video/],
      [png, 'video/webm', /not a WebM video.*looks like a PNG image/],
      [
        Buffer.concat([ftypOnly, crypto.randomBytes(300)]),
        'video/mp4',
        /not an MP4 video that can be played/,
      ],
      [ftypOnly, 'video/mp4', /it has no moov box/],
      [
        Buffer.concat([mp4, Buffer.from('trailing garbage')]),
        'video/mp4',
        /box at byte \d+ runs past the end/,
      ],
      [Buffer.concat([mp4, Buffer.from([1, 2, 3])]), 'video/mp4', /3 stray bytes at byte/],
      [Buffer.concat([mp4, Buffer.alloc(8)]), 'video/mp4', /no box at byte/],
      [mp4.subarray(0, mp4.length - 4), 'video/mp4', /box at byte \d+ runs past the end/],
      [
        Buffer.concat([ftypOnly, mp4Box('moov', mp4Box('mvhd', Buffer.alloc(100))), mp4Box('mdat')]),
        'video/mp4',
        /moov box has no track/,
      ],
      [
        Buffer.concat([
          mp4Box('ftyp', Buffer.from('qt  \0\0\0\0qt  ', 'latin1')),
          mp4.subarray(ftypOnly.length),
        ]),
        'video/mp4',
        /looks like video\/quicktime/,
      ],
      [Buffer.concat([webm, crypto.randomBytes(50)]), 'video/webm', /stray bytes after its Segment/],
      [webm.subarray(0, webm.length - 3), 'video/webm', /runs past the end/],
      [webm.subarray(0, 60), 'video/webm', /not a WebM video/],
      [
        webm.subarray(0, webm.indexOf(segmentId)),
        'video/webm',
        /not a WebM video that can be played: no element/,
      ],
      [
        Buffer.concat([
          webm.subarray(0, webm.indexOf(segmentId)),
          ebmlElement(0x18538067, ebmlElement(0x1549a966, ebmlElement(0x2ad7b1, 1))),
        ]),
        'video/webm',
        /Segment has no Tracks/,
      ],
    ];
    for (const [bytes, type, message] of cases) {
      const res = await upload(ana, item.id, bytes, type);
      assert.equal(res.statusCode, 400, `${type} ${message}: ${res.body}`);
      assert.equal(res.json().error.code, 'media.invalid');
      assert.match(res.json().error.message, message);
    }
    assert.deepEqual((await ana.inject({ url: `/api/items/${item.id}/media` })).json().media, []);
  });

  test('bidirectional and other control characters never reach a stored file name', async () => {
    const item = await reportItem(t);
    const names: [string, string | null][] = [
      ['invoice\u202Egnp.exe', 'invoicegnp.exe'],
      ['\u2067photo\u2069\u200E\u200F\u061C.png', 'photo.png'],
      ['a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2068g.jpg', 'abcdefg.jpg'],
      ['tab\there\u0085\u009b\u2028line.png', 'tabhereline.png'],
      ['\u202E\u202E', null],
    ];
    for (const [index, [sent, stored]] of names.entries()) {
      const png = await syntheticImage('png', { seed: 50 + index, width: 30, height: 30 });
      const res = await upload(ana, item.id, png, 'image/png', sent);
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().file_name, stored, JSON.stringify(sent));
    }
  });

  test('an image over 100 megapixels is refused from its header, before decoding', async () => {
    const item = await reportItem(t);
    const res = await upload(ana, item.id, pngHeaderClaiming(20_000, 20_000), 'image/png');
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json().error.code, 'media.invalid');
    assert.match(res.json().error.message, /more than 100,000,000 pixels/);
  });

  test('an unknown item is 404 like the other item routes, and nothing is left on disk', async () => {
    const before = filesUnder(t.config.blobDir);
    const fresh = await syntheticImage('png', { seed: 11, width: 90, height: 60 });
    const res = await upload(ana, crypto.randomUUID(), fresh, 'image/png');
    assert.equal(res.statusCode, 404, res.body);
    assert.equal(res.json().error.code, 'item.not_found');
    assert.deepEqual(filesUnder(t.config.blobDir), before);

    const list = await ana.inject({ method: 'GET', url: `/api/items/${crypto.randomUUID()}/media` });
    assert.equal(list.statusCode, 404);
    assert.equal(list.json().error.code, 'item.not_found');
  });

  test('malformed ids are 400', async () => {
    const png = await syntheticImage('png', { seed: 12, width: 20, height: 20 });
    for (const res of [
      await upload(ana, 'not-a-uuid', png, 'image/png'),
      await ana.inject({ method: 'GET', url: '/api/items/not-a-uuid/media' }),
      await ana.inject({ method: 'GET', url: '/api/media/42/preview' }),
      await ana.inject({ method: 'GET', url: '/api/media/42/content' }),
      await sue.inject({ method: 'DELETE', url: '/api/media/42' }),
    ]) {
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error.code, 'request.invalid');
    }
  });

  test('upload and delete without the CSRF header are 403 auth.csrf', async () => {
    const item = await reportItem(t);
    const png = await syntheticImage('png', { seed: 13, width: 20, height: 20 });
    const media = (await upload(ana, item.id, png, 'image/png')).json();
    const post = await ana.inject({
      method: 'POST',
      url: `/api/items/${item.id}/media`,
      payload: await syntheticImage('png', { seed: 14, width: 20, height: 20 }),
      headers: { 'content-type': 'image/png', 'x-csrf-token': '' },
    });
    assert.equal(post.statusCode, 403);
    assert.equal(post.json().error.code, 'auth.csrf');
    const del = await sue.inject({
      method: 'DELETE',
      url: `/api/media/${media.id}`,
      headers: { 'x-csrf-token': '' },
    });
    assert.equal(del.statusCode, 403);
    assert.equal(del.json().error.code, 'auth.csrf');
    const list = await ana.inject({ method: 'GET', url: `/api/items/${item.id}/media` });
    assert.equal(list.json().media.length, 1);
  });
});

describe('deleting evidence', () => {
  test('a supervisor deletes (204, audited); the content is gone and so is the blob on disk', async () => {
    const item = await reportItem(t);
    const png = await syntheticImage('png', { seed: 15, width: 200, height: 100 });
    const before = filesUnder(t.config.blobDir);
    const media = (await upload(ana, item.id, png, 'image/png')).json();
    const added = filesUnder(t.config.blobDir).filter((f) => !before.includes(f));
    assert.equal(added.length, 2, 'the original and its preview');

    const refused = await ana.inject({ method: 'DELETE', url: `/api/media/${media.id}` });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'auth.forbidden');

    const res = await sue.inject({ method: 'DELETE', url: `/api/media/${media.id}` });
    assert.equal(res.statusCode, 204, res.body);
    for (const url of [media.content_url, media.preview_url]) {
      const gone = await ana.inject({ method: 'GET', url });
      assert.equal(gone.statusCode, 404);
      assert.equal(gone.json().error.code, 'media.not_found');
    }
    assert.deepEqual(filesUnder(t.config.blobDir), before);
    const [event] = await auditOf('media.deleted', media.id);
    assert.equal(event?.target_id, item.id);
    assert.deepEqual(event?.details, { media_id: media.id, sha256: hex('sha256', png) });

    const again = await sue.inject({ method: 'DELETE', url: `/api/media/${media.id}` });
    assert.equal(again.statusCode, 404);
  });

  test('a file attached to two items keeps its blob until the last record goes', async () => {
    const png = await syntheticImage('png', { seed: 16, width: 100, height: 100 });
    const before = filesUnder(t.config.blobDir);
    const a = (await upload(ana, (await reportItem(t)).id, png, 'image/png')).json();
    const b = (await upload(ana, (await reportItem(t)).id, png, 'image/png')).json();
    assert.equal((await sue.inject({ method: 'DELETE', url: `/api/media/${a.id}` })).statusCode, 204);
    const still = await ana.inject({ method: 'GET', url: b.content_url });
    assert.ok(still.rawPayload.equals(png));
    assert.equal((await ana.inject({ method: 'GET', url: b.preview_url })).statusCode, 200);
    assert.equal((await sue.inject({ method: 'DELETE', url: `/api/media/${b.id}` })).statusCode, 204);
    assert.deepEqual(filesUnder(t.config.blobDir), before);
  });
});

describe('body limits', () => {
  test('over VIGIE_MEDIA_MAX_BYTES is 413 media.too_large; other routes keep their own limit', async () => {
    const small = await createTestApp({ VIGIE_MEDIA_MAX_BYTES: '2000' });
    try {
      const analyst = await signedInStaff(small, 'analyst');
      const item = await reportItem(small);
      const big = await syntheticImage('png', { seed: 17, width: 300, height: 300 });
      assert.ok(big.length > 2000);
      const res = await upload(analyst, item.id, big, 'image/png');
      assert.equal(res.statusCode, 413, res.body);
      assert.equal(res.json().error.code, 'media.too_large');
      assert.match(res.json().error.message, /2,000 bytes/);
      assert.deepEqual(filesUnder(small.config.blobDir), []);

      const fits = await upload(analyst, item.id, minimalMp4(), 'video/mp4');
      assert.equal(fits.statusCode, 201, fits.body);
    } finally {
      await small.close();
    }

    // With the default 50 MiB for media, a JSON route still refuses a 2 MiB body.
    const item = await reportItem(t);
    const res = await ana.inject({
      method: 'POST',
      url: `/api/items/${item.id}/derived`,
      payload: { urls: [`https://example.test/${'a'.repeat(2 * 1024 * 1024)}`] },
    });
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().error.code, 'request.too_large');
  });
});

/** A PNG whose header claims width × height, with no real pixel data (a decompression-bomb stand-in). */
function pngHeaderClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
