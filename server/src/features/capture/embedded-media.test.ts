import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeHtml, findEmbeddedMedia, largestCandidate } from './embedded-media.ts';

const PAGE = 'https://site.example/articles/one.html';

test('images, pictures, videos and Open Graph tags, resolved against the page, each once, in order', () => {
  const html = `<!doctype html><html><head>
    <meta property="og:image" content="/cards/og.jpg">
    <meta name="twitter:image" content="https://cdn.example/tw.png">
    <meta property="og:video:secure_url" content="https://cdn.example/clip.mp4">
    <meta property="og:title" content="/not-media.jpg">
  </head><body>
    <img src="pics/a.png" alt="relative">
    <IMG SRC="https://other.example/b.gif">
    <img src="small.jpg" srcset="small.jpg 320w, large.jpg 1280w, medium.jpg 640w">
    <img src="one.png" srcset="two.png 2x, three.png 3x">
    <picture><source srcset="/p-400.webp 400w, /p-800.webp 800w"><img src="/p.jpg"></picture>
    <video src="v.webm" poster="poster.png"><source src="/v.mp4" type="video/mp4"></video>
    <source src="/outside.mp4">
    <img src="pics/a.png#again"><img src="data:image/png;base64,AAAA"><img src="javascript:alert(1)">
    <img src="  "><img>
  </body></html>`;
  assert.deepEqual(findEmbeddedMedia(html, PAGE), [
    'https://site.example/cards/og.jpg',
    'https://cdn.example/tw.png',
    'https://cdn.example/clip.mp4',
    'https://site.example/articles/pics/a.png',
    'https://other.example/b.gif',
    'https://site.example/articles/large.jpg',
    'https://site.example/articles/three.png',
    'https://site.example/p-800.webp',
    'https://site.example/p.jpg',
    'https://site.example/articles/v.webm',
    'https://site.example/articles/poster.png',
    'https://site.example/v.mp4',
  ]);
});

test('a <base href> sets where relative URLs resolve; a base that is not http(s) is ignored', () => {
  const based = '<base href="https://static.example/img/"><img src="x.png"><base href="/ignored/">';
  assert.deepEqual(findEmbeddedMedia(based, PAGE), ['https://static.example/img/x.png']);
  const bad = '<base href="javascript:void(0)"><img src="x.png">';
  assert.deepEqual(findEmbeddedMedia(bad, PAGE), ['https://site.example/articles/x.png']);
});

test('broken markup still yields what a browser would load', () => {
  const html = '<div><p>unclosed <img src=/a.png><picture><source srcset="/b.png"><video><source src=/c.mp4>';
  assert.deepEqual(findEmbeddedMedia(html, PAGE), [
    'https://site.example/a.png',
    'https://site.example/b.png',
    'https://site.example/c.mp4',
  ]);
});

test('the largest srcset candidate: by width when given, else by density; URLs may hold commas', () => {
  assert.equal(largestCandidate('a.jpg 100w, b.jpg 900w, c.jpg 300w', 'src.jpg'), 'b.jpg');
  assert.equal(largestCandidate('a.jpg 1.5x, b.jpg 2x', 'src.jpg'), 'b.jpg');
  assert.equal(largestCandidate('a.jpg 0.5x', 'src.jpg'), 'src.jpg');
  assert.equal(largestCandidate('', 'src.jpg'), 'src.jpg');
  assert.equal(largestCandidate('img,1.jpg 100w,img,2.jpg 200w', undefined), 'img,2.jpg');
  assert.equal(largestCandidate(undefined, undefined), undefined);
});

test('the body is read in its declared charset', () => {
  const latin1 = Buffer.from('<img src="caf\xe9.png">', 'latin1');
  assert.deepEqual(findEmbeddedMedia(decodeHtml(latin1, 'text/html; charset=ISO-8859-1'), PAGE), [
    'https://site.example/articles/caf%C3%A9.png',
  ]);
  assert.equal(decodeHtml(Buffer.from('é'), 'text/html; charset=no-such-charset'), 'é');
});
