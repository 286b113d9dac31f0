import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { pdqHash } from '@vigie/pdq';
import sharp from 'sharp';
import { decodeImage } from '../hashing/index.ts';
import { syntheticImage } from './evidence.testing.ts';
import { cleanFileName, inspectMedia } from './media-file.ts';
import { byteRange } from './range.ts';

describe('inspecting an uploaded image', () => {
  // First PDQ computation of this process on purpose: the hasher once sized its buffers from
  // min(side, 512) while pre-shrinking to 512x512, so a 640x400 image hashed to zeros with NaN quality.
  test('an image with one side over 512 and one under gets a real PDQ, the one of its 512x512 pre-shrink', async () => {
    const png = await syntheticImage('png', { width: 640, height: 400, seed: 21 });
    const media = await inspectMedia(png, 'image/png');
    assert.ok(Number.isInteger(media.pdqQuality), `quality ${media.pdqQuality}`);
    assert.notEqual(media.pdq, '0'.repeat(64));
    // PDQ resamples any image with a side over 512 to 512x512 (nearest, top-left phase) first.
    const { pixels, width, height, channels } = await decodeImage(png);
    const shrunk = new Uint8Array(512 * 512 * channels);
    for (let y = 0; y < 512; y++) {
      for (let x = 0; x < 512; x++) {
        const from = (Math.floor((y * height) / 512) * width + Math.floor((x * width) / 512)) * channels;
        shrunk.set(pixels.subarray(from, from + channels), (y * 512 + x) * channels);
      }
    }
    assert.equal(media.pdq, pdqHash(shrunk, 512, 512, channels).hash);
  });

  test('an animated GIF is hashed and previewed from its first frame, sized as one frame', async () => {
    const first = await syntheticImage('png', { width: 160, height: 120, seed: 22 });
    const second = await syntheticImage('png', { width: 160, height: 120, seed: 23 });
    const gif = await sharp([first, second], { join: { animated: true } })
      .gif()
      .toBuffer();
    assert.equal((await sharp(gif).metadata()).pages, 2);
    const media = await inspectMedia(gif, 'image/gif');
    assert.deepEqual([media.width, media.height], [160, 120]);
    const firstFrame = await sharp(gif, { pages: 1 }).png().toBuffer();
    assert.equal(media.pdq, (await inspectMedia(firstFrame, 'image/png')).pdq);
    const preview = await sharp(media.preview as Buffer).metadata();
    assert.deepEqual([preview.width, preview.height], [160, 120]);
  });

  test('an EXIF-rotated photo is sized and previewed as displayed; PDQ ignores the tag like `vigie hash`', async () => {
    const raw = await syntheticImage('png', { width: 300, height: 200, seed: 24 });
    const rotated = await sharp(raw).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const media = await inspectMedia(rotated, 'image/jpeg');
    assert.deepEqual([media.width, media.height], [200, 300]);
    const preview = await sharp(media.preview as Buffer).metadata();
    assert.deepEqual([preview.width, preview.height], [200, 300]);
    const decoded = await decodeImage(rotated);
    assert.equal(media.pdq, pdqHash(decoded.pixels, decoded.width, decoded.height, decoded.channels).hash);
  });

  test('a transparent PNG gets a preview without a black or white flood', async () => {
    const transparent = await sharp({
      create: { width: 100, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const media = await inspectMedia(transparent, 'image/png');
    const stats = await sharp(media.preview as Buffer).stats();
    const mean = stats.channels[0]?.mean ?? 0;
    assert.ok(mean > 100 && mean < 160, `preview mean ${mean}`);
  });
});

describe('inspecting an uploaded video', () => {
  // Recorded by Chromium's MediaRecorder from a canvas filled with flat colours (no real material):
  // a fragmented MP4 (moov, then moof/mdat pairs) and a live WebM (Segment and Clusters of unknown size).
  const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

  test('what a browser records is accepted: fragmented MP4, WebM of unknown size', async () => {
    for (const [name, type] of [
      ['canvas-recording-avc1.mp4', 'video/mp4'],
      ['canvas-recording-vp8.webm', 'video/webm'],
    ] as const) {
      const bytes = fixture(name);
      const media = await inspectMedia(bytes, type);
      assert.equal(media.kind, 'video', name);
      assert.equal(media.byteSize, bytes.length);
    }
  });

  test('the same recordings cut short or with bytes appended are refused', async () => {
    const mp4 = fixture('canvas-recording-avc1.mp4');
    for (const broken of [
      mp4.subarray(0, mp4.length - 100),
      Buffer.concat([mp4, Buffer.from('junk!!!!!')]),
    ]) {
      await assert.rejects(inspectMedia(broken, 'video/mp4'), { code: 'media.invalid' });
    }
    const webm = fixture('canvas-recording-vp8.webm');
    await assert.rejects(inspectMedia(webm.subarray(0, 40), 'video/webm'), { code: 'media.invalid' });
  });
});

describe('file names from x-file-name', () => {
  test('keeps the base name, decoded, without control characters, at most 200 characters', () => {
    assert.equal(cleanFileName(encodeURIComponent('C:\\Users\\ana\\capture écran.png')), 'capture écran.png');
    assert.equal(cleanFileName(encodeURIComponent('../../etc/passwd')), 'passwd');
    assert.equal(cleanFileName(encodeURIComponent('a\u0000b\nc.png')), 'abc.png');
    assert.equal(cleanFileName(encodeURIComponent('invoice\u202Egnp.exe')), 'invoicegnp.exe');
    assert.equal(cleanFileName(encodeURIComponent('دفتر\u200Cها.png')), 'دفتر\u200Cها.png', 'joiners stay');
    assert.equal(cleanFileName(encodeURIComponent(`${'é'.repeat(250)}.png`)), 'é'.repeat(200));
    assert.equal(cleanFileName('%E0%A4%A'), '%E0%A4%A', 'not URI-encoded: kept as sent');
    for (const nothing of [undefined, '', '%20', encodeURIComponent('dir/'), '..']) {
      assert.equal(cleanFileName(nothing), null, String(nothing));
    }
  });
});

describe('byte ranges', () => {
  test('one bytes= range is honoured; several, other units or nonsense mean the whole file', () => {
    assert.deepEqual(byteRange('bytes=0-9', 100), { start: 0, end: 9 });
    assert.deepEqual(byteRange('bytes=90-200', 100), { start: 90, end: 99 });
    assert.deepEqual(byteRange('bytes=95-', 100), { start: 95, end: 99 });
    assert.deepEqual(byteRange('bytes=-10', 100), { start: 90, end: 99 });
    assert.deepEqual(byteRange('bytes=-500', 100), { start: 0, end: 99 });
    assert.equal(byteRange('bytes=100-', 100), 'unsatisfiable');
    assert.equal(byteRange('bytes=-0', 100), 'unsatisfiable');
    for (const ignored of [
      undefined,
      '',
      'bytes=0-1,5-6',
      'items=0-1',
      'bytes=5-2',
      'bytes=-',
      'bytes=a-b',
    ]) {
      assert.equal(byteRange(ignored, 100), null, String(ignored));
    }
  });
});
