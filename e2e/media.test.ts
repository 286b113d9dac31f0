/**
 * Evidence media in a real browser against the real server: an analyst attaches a synthetic colour
 * image, which shows blurred and greyscale without the original ever being requested; revealing it
 * (whole, then a region) shows colour; moving on blurs it again and the exposure is recorded and
 * shown in the header. A video stays a placeholder until revealed, then plays muted. A liaison
 * officer sees the list only. The pixels are checked, not just the markup: screenshots of the media
 * area are measured with sharp. Screenshots land in e2e/screenshots/ (media-*).
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import type { ServerProcess } from '../server/src/testing/server-process.ts';
import { closeBrowser, screenshot } from './support/browser.ts';
import {
  type DemoAccount,
  type DemoServer,
  demoAccount,
  reportUrl,
  signInStaff,
  startDemoServer,
} from './support/demo-staff.ts';
import { assertNoAxeViolations, buildStaffApp, openItemSection } from './support/staff-app.ts';

const REPORTED_URL = 'https://photos.vigie-media.example/set/88/img-3.png';
const IMAGE_NAME = 'stripes.png';
const VIDEO_NAME = 'clip.mp4';

let demo: DemoServer | undefined;
let server: ServerProcess;
let accounts: DemoAccount[] = [];
let itemPath = '';

before(async () => {
  buildStaffApp();
  demo = await startDemoServer({
    name: 'media',
    demoArgs: ['--reports', '4', '--days', '5', '--seed', '11'],
  });
  server = demo.server;
  accounts = demo.accounts;

  await reportUrl(server.url, {
    category: 'child_sexual_abuse_material',
    url: REPORTED_URL,
    description: 'Image publique dans un album.',
  });
});

after(async () => {
  await closeBrowser();
  await demo?.stop();
});

/** 800×600 vertical stripes of pure red, green and blue, 40 px wide: all colour, all edges. */
function stripesPng(): Promise<Buffer> {
  const width = 800;
  const height = 600;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      pixels[(y * width + x) * 3 + (Math.floor(x / 40) % 3)] = 255;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

/** A real, playable MP4: Chromium's recording of a canvas of flat colours (the server checks its structure). */
const TINY_MP4 = fs.readFileSync(
  new URL('../server/src/features/evidence/fixtures/canvas-recording-avc1.mp4', import.meta.url),
);

type Area = { left: number; top: number; right: number; bottom: number };
/** The element less a 3 % margin: its rounded corners show the page behind. */
const INSIDE: Area = { left: 0.03, top: 0.03, right: 0.97, bottom: 0.97 };

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)] ?? 0;

/**
 * Colour and sharpness of an element's screenshot, within `area` (fractions of the element).
 * - chroma: per pixel, max |R−G|, |G−B|, |R−B| (0 for grey, 255 for a pure primary); we keep its
 *   mean and its 99th percentile (`chromaMax`, robust to a stray anti-aliased pixel).
 * - edge: 99th percentile of the per-pixel luminance gradient (largest step to the right or
 *   below neighbour). A sharp edge is one big step; a blur spreads it into many small ones. (The mean
 *   step would not tell them apart: a blur keeps the total rise of a ramp.)
 */
async function measure(element: Locator, area: Area = INSIDE) {
  const png = await element.screenshot();
  const meta = await sharp(png).metadata();
  const w = meta.width ?? 0;
  const h = meta.height ?? 0;
  const { data, info } = await sharp(png)
    .extract({
      left: Math.round(area.left * w),
      top: Math.round(area.top * h),
      width: Math.round((area.right - area.left) * w),
      height: Math.round((area.bottom - area.top) * h),
    })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const chromas: number[] = [];
  const lum: number[] = [];
  for (let i = 0; i < width * height; i++) {
    const [r = 0, g = 0, b = 0] = data.subarray(i * 3, i * 3 + 3);
    chromas.push(Math.max(Math.abs(r - g), Math.abs(g - b), Math.abs(r - b)));
    lum.push(0.2126 * r + 0.7152 * g + 0.0722 * b);
  }
  const gradients: number[] = [];
  for (let y = 0; y < height - 1; y++) {
    for (let x = 0; x < width - 1; x++) {
      const i = y * width + x;
      const here = lum[i] ?? 0;
      gradients.push(Math.max(Math.abs((lum[i + 1] ?? 0) - here), Math.abs((lum[i + width] ?? 0) - here)));
    }
  }
  const result = {
    chroma: chromas.reduce((sum, c) => sum + c, 0) / chromas.length,
    chromaMax: percentile(chromas, 0.99),
    edge: percentile(gradients, 0.99),
  };
  return result;
}

/** Waits until an <img> has decoded its picture (a measured screenshot of a blank box proves nothing). */
async function loaded(img: Locator): Promise<void> {
  await img.waitFor();
  await img.evaluate((el: HTMLImageElement) =>
    el.complete && el.naturalWidth > 0
      ? undefined
      : new Promise((resolve) => el.addEventListener('load', resolve)),
  );
}

async function myWellbeing(page: Page) {
  return page.evaluate(async () => {
    const res = await fetch('/api/wellbeing/me');
    return (await res.json()) as { today: { seconds: number; reveals: number } };
  });
}

/**
 * My figures once `count` exposure records have arrived (they are sent as media blurs), and a moment
 * later still: a record sent twice would show up then.
 */
async function exposureRecords(page: Page, count: number) {
  let me = await myWellbeing(page);
  for (let i = 0; i < 50 && me.today.reveals < count; i++) {
    await page.waitForTimeout(100);
    me = await myWellbeing(page);
  }
  await page.waitForTimeout(500);
  return myWellbeing(page);
}

// Thresholds, from measured runs (each assertion prints the numbers). Blurred, as shown: R = G = B
// exactly (chroma 0: the browser's grayscale filter over the server's grey preview) and the steepest
// steps are 3 luminance units (edge 3). Revealed stripes: chroma ≈ 253 (pure primaries) and stripe
// edges of 110–120 units. The limits sit well clear of both: a tint of 8 or a step of 12 would already
// be a visible change; colour under 150 or edges under 60 would not be the original shown sharp.
const GREY_MAX = 8;
const COLOUR_MIN = 150;
const BLURRED_EDGE_MAX = 12;
const SHARP_EDGE_MIN = 60;

test('media stays blurred until revealed', { timeout: 180_000 }, async () => {
  const page = await signInStaff(server.url, demoAccount(accounts, 'analyst'));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const cspErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      cspErrors.push(message.text());
  });
  const contentRequests = () => requests.filter((p) => /^\/api\/media\/[^/]+\/content$/.test(p));
  const indicator = page.getByRole('button', { name: /Exposition :/ });
  await indicator.getByText('Exposition : 0 min').waitFor();

  // 1. Open the item from the queue and attach a synthetic colour image through the file input.
  await page.getByRole('navigation').getByRole('link', { name: 'File' }).click();
  await page.getByRole('link', { name: `Ouvrir la fiche de ${REPORTED_URL}` }).click();
  await page.getByRole('heading', { name: 'Fiche du contenu' }).waitFor();
  itemPath = new URL(page.url()).pathname;
  await openItemSection(page, 'Preuves');
  const panel = page.getByRole('region', { name: 'Médias' });
  await panel.getByText('Aucun média joint.').waitFor();
  await panel
    .getByLabel('Joindre un fichier')
    .setInputFiles({ name: IMAGE_NAME, mimeType: 'image/png', buffer: await stripesPng() });
  await panel
    .getByRole('status')
    .filter({ hasText: `Fichier « ${IMAGE_NAME} » joint.` })
    .waitFor();
  await panel.getByText('800 × 600 px').waitFor();

  // 2. Blurred and greyscale; the original was not requested.
  const viewer = panel.getByRole('figure', { name: IMAGE_NAME });
  const stage = viewer.locator('.media-stage');
  await loaded(viewer.getByRole('img', { name: `Aperçu flouté de ${IMAGE_NAME}` }));
  assert.deepEqual(contentRequests(), [], 'the original was requested before any reveal');
  await screenshot(page, 'media-blurred');
  const blurred = await measure(stage);
  assert.ok(blurred.chromaMax <= GREY_MAX, `blurred preview has colour: ${JSON.stringify(blurred)}`);
  assert.ok(blurred.edge < BLURRED_EDGE_MAX, `blurred preview has detail: ${JSON.stringify(blurred)}`);
  const reveal = viewer.getByRole('button', { name: 'Révéler', exact: true });
  assert.equal(await reveal.getAttribute('aria-pressed'), 'false');
  await assertNoAxeViolations(page, 'the item page with blurred media');

  // 3. Reveal: the original, once, in colour and sharp.
  await reveal.click();
  assert.equal(await reveal.getAttribute('aria-pressed'), 'true');
  await loaded(viewer.getByRole('img', { name: `Original de ${IMAGE_NAME}` }));
  assert.equal(contentRequests().length, 1, `content requests: ${contentRequests().join(', ')}`);
  const revealed = await measure(stage);
  assert.ok(revealed.chroma >= COLOUR_MIN, `revealed image lacks colour: ${JSON.stringify(revealed)}`);
  assert.ok(revealed.edge >= SHARP_EDGE_MIN, `revealed image is not sharp: ${JSON.stringify(revealed)}`);
  await assertNoAxeViolations(page, 'the item page with revealed media');
  await screenshot(page, 'media-revealed');

  // 4. Reveal a region: drag over the left part; colour inside, grey outside.
  await viewer.getByRole('button', { name: 'Révéler une zone' }).click();
  const box = await stage.boundingBox();
  assert.ok(box);
  await page.mouse.move(box.x + box.width * 0.05, box.y + box.height * 0.1);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.9, { steps: 8 });
  await page.mouse.up();
  await loaded(viewer.getByRole('img', { name: `Zone révélée de ${IMAGE_NAME}` }));
  assert.equal(await reveal.getAttribute('aria-pressed'), 'false');
  const inside = await measure(stage, { left: 0.1, top: 0.2, right: 0.4, bottom: 0.8 });
  const outside = await measure(stage, { left: 0.6, top: 0.2, right: 0.95, bottom: 0.8 });
  assert.ok(inside.chroma >= COLOUR_MIN, `the revealed region lacks colour: ${JSON.stringify(inside)}`);
  assert.ok(inside.edge >= SHARP_EDGE_MIN, `the revealed region is not sharp: ${JSON.stringify(inside)}`);
  assert.ok(outside.chromaMax <= GREY_MAX, `colour outside the region: ${JSON.stringify(outside)}`);
  assert.ok(outside.edge < BLURRED_EDGE_MAX, `detail outside the region: ${JSON.stringify(outside)}`);
  await screenshot(page, 'media-region');

  // 5. Move on and come back: blurred again; the two reveals were recorded and the header shows it.
  await page.getByRole('link', { name: /Retour à la file/ }).click();
  await page.getByRole('heading', { name: 'File de qualification' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { name: 'Fiche du contenu' }).waitFor();
  const back = panel.getByRole('figure', { name: IMAGE_NAME });
  await loaded(back.getByRole('img', { name: `Aperçu flouté de ${IMAGE_NAME}` }));
  assert.equal(
    await back.getByRole('button', { name: 'Révéler', exact: true }).getAttribute('aria-pressed'),
    'false',
  );
  assert.equal(
    await back.getByRole('button', { name: 'Révéler une zone' }).getAttribute('aria-pressed'),
    'false',
  );
  assert.equal(await back.getByRole('img', { name: /^(Original|Zone révélée) de / }).count(), 0);
  const again = await measure(back.locator('.media-stage'));
  assert.ok(
    again.chromaMax <= GREY_MAX && again.edge < BLURRED_EDGE_MAX,
    `not blurred again after moving on: ${JSON.stringify(again)}`,
  );
  // One record per reveal: whole (ended by choosing a region), then the region (ended by leaving).
  const me = await exposureRecords(page, 2);
  assert.equal(me.today.reveals, 2, `exposure records: ${JSON.stringify(me.today)}`);
  assert.ok(me.today.seconds >= 1, `exposure seconds: ${JSON.stringify(me.today)}`);
  // Refreshed from the record's answer, without a reload (the app shows "< 1 min" under 30 s).
  const shown = me.today.seconds < 30 ? '< 1 min' : `${Math.round(me.today.seconds / 60)} min`;
  await indicator.getByText(`Exposition : ${shown}`).waitFor();

  // Refusals in words: the same file twice (server), a type the server does not take (before sending).
  await panel
    .getByLabel('Joindre un fichier')
    .setInputFiles({ name: 'again.png', mimeType: 'image/png', buffer: await stripesPng() });
  await panel.getByRole('alert').filter({ hasText: 'Ce fichier est déjà joint à ce contenu.' }).waitFor();
  await panel
    .getByLabel('Joindre un fichier')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('notes') });
  await panel.getByRole('alert').filter({ hasText: 'Type de fichier non accepté' }).waitFor();

  // 6. A video: a placeholder and no request until revealed, then a muted player that does not autoplay.
  await panel
    .getByLabel('Joindre un fichier')
    .setInputFiles({ name: VIDEO_NAME, mimeType: 'video/mp4', buffer: TINY_MP4 });
  await panel
    .getByRole('status')
    .filter({ hasText: `Fichier « ${VIDEO_NAME} » joint.` })
    .waitFor();
  const video = panel.getByRole('figure', { name: VIDEO_NAME });
  await video.getByText('Vidéo masquée — révéler pour la lire, son coupé').waitFor();
  const before = contentRequests().length;
  await page.waitForTimeout(300);
  assert.equal(contentRequests().length, before, 'the video was requested before any reveal');
  assert.equal(await video.locator('video').count(), 0);
  await screenshot(page, 'media-video-hidden');
  const revealVideo = video.getByRole('button', { name: 'Révéler', exact: true });
  await revealVideo.click();
  const player = video.locator('video');
  await player.waitFor();
  const state = await player.evaluate((v: HTMLVideoElement) => ({
    muted: v.muted,
    mutedAttribute: v.hasAttribute('muted'),
    autoplay: v.autoplay,
    preload: v.preload,
    controls: v.controls,
  }));
  assert.deepEqual(state, {
    muted: true,
    mutedAttribute: true,
    autoplay: false,
    preload: 'metadata',
    controls: true,
  });
  await screenshot(page, 'media-video');
  // Escape hides it again; so does switching to another tab.
  await page.keyboard.press('Escape');
  await player.waitFor({ state: 'detached' });
  assert.equal(await revealVideo.getAttribute('aria-pressed'), 'false');
  await revealVideo.click();
  await player.waitFor();
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await player.waitFor({ state: 'detached' });
  assert.equal(await revealVideo.getAttribute('aria-pressed'), 'false');
  assert.equal((await exposureRecords(page, 4)).today.reveals, 4);
  assert.deepEqual(cspErrors, [], 'the page broke its Content-Security-Policy');
});

test('a liaison officer sees the media list, never the media', { timeout: 60_000 }, async () => {
  assert.ok(itemPath, 'the analyst test ran first');
  const page = await signInStaff(server.url, demoAccount(accounts, 'liaison_officer'));
  const media: string[] = [];
  page.on('request', (r) => {
    if (/^\/api\/media\//.test(new URL(r.url()).pathname)) media.push(r.url());
  });
  await page.goto(`${server.url}${itemPath}?tab=evidence`);
  const panel = page.getByRole('region', { name: 'Médias' });
  await panel.getByText('Votre rôle permet de voir la liste des médias, pas de les afficher.').waitFor();
  await panel.getByText(IMAGE_NAME, { exact: true }).waitFor();
  await panel.getByText(VIDEO_NAME, { exact: true }).waitFor();
  assert.equal(await panel.getByRole('img').count(), 0);
  assert.equal(await panel.getByRole('button', { name: /Révéler/ }).count(), 0);
  assert.equal(await panel.getByLabel('Joindre un fichier').count(), 0);
  await page.waitForTimeout(300);
  assert.deepEqual(media, [], 'a liaison officer requested a preview or a file');
  await assertNoAxeViolations(page, 'the item page for a liaison officer');
  await screenshot(page, 'media-liaison');
});

test('a supervisor reveals a region by keyboard, then deletes a file after confirming', {
  timeout: 60_000,
}, async () => {
  assert.ok(itemPath, 'the analyst test ran first');
  const page = await signInStaff(server.url, demoAccount(accounts, 'supervisor'));
  await page.goto(`${server.url}${itemPath}?tab=evidence`);
  const panel = page.getByRole('region', { name: 'Médias' });

  // Keyboard only: the region chooser takes focus; arrows move the centre quarter, Enter reveals it.
  const image = panel.getByRole('figure', { name: IMAGE_NAME });
  await image.getByRole('button', { name: 'Révéler une zone' }).focus();
  await page.keyboard.press('Enter');
  const chooser = image.getByRole('application', { name: `Zone à révéler sur ${IMAGE_NAME}` });
  await chooser.waitFor();
  assert.equal(await chooser.evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await loaded(image.getByRole('img', { name: `Zone révélée de ${IMAGE_NAME}` }));
  const shown = await measure(image.locator('.media-stage'), {
    left: 0.25,
    top: 0.3,
    right: 0.65,
    bottom: 0.7,
  });
  assert.ok(shown.chroma >= COLOUR_MIN, `the keyboard region lacks colour: ${JSON.stringify(shown)}`);
  await page.keyboard.press('Escape');
  await image.getByRole('img', { name: `Zone révélée de ${IMAGE_NAME}` }).waitFor({ state: 'detached' });

  const item = panel.getByRole('listitem').filter({ hasText: VIDEO_NAME });
  await item.getByRole('button', { name: 'Supprimer…' }).click();
  await item.getByText(`Supprimer définitivement « ${VIDEO_NAME} » ?`).waitFor();
  await item.getByRole('button', { name: 'Annuler' }).click();
  await item.getByRole('button', { name: 'Supprimer…' }).click();
  await item.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await panel.getByRole('status').filter({ hasText: 'Média supprimé.' }).waitFor();
  await panel.getByText(VIDEO_NAME, { exact: true }).waitFor({ state: 'detached' });
  await panel.getByRole('figure', { name: IMAGE_NAME }).waitFor();
  await openItemSection(page, 'Historique');
  await page.getByRole('region', { name: 'Historique' }).getByText('Média supprimé').waitFor();
});

const NORMAL_LINE = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

/** Analyst 2, signed in by the upload-progress test and used again by the next one. */
let secondAnalyst: Page | undefined;

test('a large file shows how much of it has been sent', { timeout: 90_000 }, async () => {
  assert.ok(itemPath, 'the analyst test ran first');
  const page = await signInStaff(server.url, demoAccount(accounts, 'analyst', 1));
  secondAnalyst = page;
  await page.goto(`${server.url}${itemPath}?tab=evidence`);
  const panel = page.getByRole('region', { name: 'Médias' });
  await panel.getByText(IMAGE_NAME).first().waitFor();
  // Noise does not compress: about 1.4 MB of PNG, sent through a line throttled to 256 KB/s.
  const width = 800;
  const height = 600;
  const big = await sharp(crypto.randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 256 * 1024,
  });
  await panel
    .getByLabel('Joindre un fichier')
    .setInputFiles({ name: 'large-noise.png', mimeType: 'image/png', buffer: big });
  const progress = panel.getByRole('status').filter({ hasText: /^Envoi en cours… [1-9]\d? %$/ });
  await progress.waitFor();
  const value = Number(await panel.locator('progress').getAttribute('value'));
  assert.ok(value > 0 && value < 1, `progress bar at ${value}`);
  await screenshot(page, 'media-upload-progress');
  await panel.getByText('Fichier « large-noise.png » joint.').waitFor({ timeout: 60_000 });
  assert.ok(big.length > 1_000_000, `the file is ${big.length} bytes: too small to show progress`);
  assert.equal(await panel.locator('progress').count(), 0, 'the bar goes once the file is in');
  await cdp.send('Network.emulateNetworkConditions', NORMAL_LINE);
  await cdp.detach();
});

test('exposure recorded while the network is down reaches the server later, and counts once', {
  timeout: 60_000,
}, async () => {
  const page = secondAnalyst;
  assert.ok(page, 'the upload-progress test ran first');
  /** What waits in the browser's storage, per storage key (one key per staff member). */
  const stored = () =>
    page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('vigie.exposure.'))
        .map((key) => ({ key, records: JSON.parse(localStorage.getItem(key) ?? '[]') as object[] })),
    );
  const start = await myWellbeing(page);
  const viewer = page.getByRole('figure', { name: 'large-noise.png' });
  await viewer.getByRole('button', { name: 'Révéler', exact: true }).click();
  await loaded(viewer.getByRole('img', { name: 'Original de large-noise.png' }));

  // Through the devtools protocol, as the throttling of the test before (one mechanism, no conflict).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { ...NORMAL_LINE, offline: true });
  await viewer.getByRole('button', { name: 'Flouter' }).click();
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('vigie.exposure.')));
  const [waiting, ...others] = await stored();
  assert.ok(waiting && others.length === 0, `stored: ${JSON.stringify([waiting, ...others])}`);
  assert.equal(waiting.records.length, 1, 'the record waits in the browser');

  // Back online, the next start sends it.
  await cdp.send('Network.emulateNetworkConditions', NORMAL_LINE);
  await cdp.detach();
  await page.reload();
  await page.getByRole('heading', { name: 'Fiche du contenu' }).waitFor();
  const after = await exposureRecords(page, start.today.reveals + 1);
  assert.equal(after.today.reveals, start.today.reveals + 1);
  assert.deepEqual(await stored(), [], 'sent, so no longer waiting');

  // The same record again, as when a page closed before reading the answer: not counted twice.
  await page.evaluate(({ key, records }) => localStorage.setItem(key, JSON.stringify(records)), waiting);
  await page.reload();
  await page.getByRole('heading', { name: 'Fiche du contenu' }).waitFor();
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('vigie.exposure.')));
  assert.equal((await myWellbeing(page)).today.reveals, after.today.reveals, 'a resent record counts once');
});
