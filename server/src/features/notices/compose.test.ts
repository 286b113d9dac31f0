/**
 * What a notice says, read by content: a platform notice holds each element of DSA art. 16(2) in
 * French and in English; one message lists all its items; hashes appear and nothing that looks like
 * media; every recipient kind has a template in every language, with every placeholder filled.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pack } from '../../jurisdictions/index.ts';
import { LANGUAGES, type Language } from '../../platform/i18n/language.ts';
import { type ComposeInput, composeNotice, legalExplanation, type NoticeItemFacts } from './compose.ts';
import { type NoticeRecipient, RECIPIENT_KINDS, type RecipientKind } from './notice.types.ts';

const SHA256 = 'a'.repeat(64);
const MD5 = 'b'.repeat(32);

const item = (n: number, extra: Partial<NoticeItemFacts> = {}): NoticeItemFacts => ({
  itemId: `item-${n}`,
  url: `https://content.example/page/${n}`,
  categoryId: 'hate_racial_religious',
  legalBasisCodes: ['FR-L1881-24-al-7'],
  hashes: [],
  ...extra,
});

const recipient = (
  kind: RecipientKind,
  language: Language,
  name: string | null = 'Example Ltd',
): NoticeRecipient => ({
  kind,
  channel: kind === 'police_portal' ? 'portal_batch' : 'email',
  address: kind === 'police_portal' ? null : 'abuse@example.org',
  name,
  language,
  source: 'directory',
});

const input = (kind: RecipientKind, language: Language, items = [item(1)]): ComposeInput => ({
  recipient: recipient(kind, language),
  noticeId: 'N-2026-0042',
  date: new Date('2026-11-30T10:00:00Z'),
  notifier: {
    name: 'Point de Contact Test',
    email: 'notices@hotline.example',
    website: 'https://hotline.example',
  },
  items,
});

test('a platform notice holds every element of DSA art. 16(2), in French', () => {
  const { subject, text } = composeNotice(input('platform', 'fr'));
  assert.match(subject, /article 16/);
  assert.match(subject, /N-2026-0042/);
  // (b) the exact electronic location.
  assert.ok(text.includes('https://content.example/page/1'));
  // (a) the reasons, with the legal basis: the article and its title from the pack.
  assert.ok(text.includes('Loi du 29 juillet 1881, art. 24 al. 7'));
  assert.ok(text.includes('Provocation à la haine raciale ou religieuse'));
  assert.ok(text.includes('Haine raciale ou religieuse'));
  // (c) the notifier's name and e-mail.
  assert.ok(text.includes('Point de Contact Test'));
  assert.ok(text.includes('notices@hotline.example'));
  // (d) the statement of good faith.
  assert.match(text, /déclare de bonne foi que les informations et allégations .* sont exactes et complètes/);
  assert.match(text, /règlement \(UE\) 2022\/2065/);
});

test('a platform notice holds every element of DSA art. 16(2), in English', () => {
  const { subject, text } = composeNotice(input('platform', 'en'));
  assert.match(subject, /Article 16 of the Digital Services Act/);
  assert.ok(text.includes('https://content.example/page/1'));
  assert.ok(text.includes('Loi du 29 juillet 1881, art. 24 al. 7'));
  assert.ok(text.includes('Provocation to racial or religious hatred'));
  assert.ok(text.includes('Racial or religious hatred'));
  assert.ok(text.includes('Point de Contact Test'));
  assert.ok(text.includes('notices@hotline.example'));
  assert.match(text, /bona fide belief that the information and allegations .* are accurate and complete/);
  assert.match(text, /Regulation \(EU\) 2022\/2065/);
});

test('a host removal request cites LCEN art. 6 in French, and is a plain request in English', () => {
  const fr = composeNotice(input('host', 'fr')).text;
  assert.match(
    fr,
    /article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l’économie numérique/,
  );
  assert.match(fr, /retirer promptement ces contenus/);
  const en = composeNotice(input('host', 'en')).text;
  assert.match(en, /Please remove this content or disable access to it/);
  assert.doesNotMatch(en, /LCEN|2004-575/);
});

test('a partner forward, in English, says it is child sexual abuse material hosted in their country', () => {
  const csam = item(1, {
    categoryId: 'child_sexual_abuse_material',
    legalBasisCodes: ['FR-CP-227-23'],
    hashes: [{ sha256: SHA256, md5: MD5 }],
  });
  const { subject, text } = composeNotice(input('partner_hotline', 'en', [csam]));
  assert.match(subject, /Child sexual abuse material hosted in your country/);
  assert.match(text, /child sexual abuse material/);
  assert.match(text, /hosted in your country/);
  assert.ok(text.includes('Code pénal, art. 227-23 (Child sexual abuse material)'));
});

test('one message batches its items: three items, three URLs, each with its reason and reference', () => {
  const items = [item(1), item(2, { categoryId: 'pimping', legalBasisCodes: ['FR-CP-225-5'] }), item(3)];
  for (const language of LANGUAGES) {
    const { text } = composeNotice(input('host', language, items));
    for (const it of items) {
      assert.equal(text.split(it.url).length - 1, 1, `${language}: ${it.url} once`);
      assert.ok(text.includes(it.itemId));
    }
    assert.ok(text.includes('Code pénal, art. 225-5'));
    assert.match(text, /1\. https:\/\/content\.example\/page\/1/);
    assert.match(text, /3\. https:\/\/content\.example\/page\/3/);
    assert.match(text, /: 3\)/, 'the count');
  }
});

test('hashes appear, and nothing that looks like media', () => {
  const withHashes = item(1, {
    categoryId: 'child_sexual_abuse_material',
    legalBasisCodes: ['FR-CP-227-23'],
    hashes: [
      { sha256: SHA256, md5: MD5 },
      { sha256: 'C'.repeat(64), md5: null },
    ],
  });
  for (const kind of RECIPIENT_KINDS) {
    for (const language of LANGUAGES) {
      const { text } = composeNotice(input(kind, language, [withHashes, item(2)]));
      assert.ok(text.includes(`SHA-256 ${SHA256} / MD5 ${MD5}`), `${kind} ${language}`);
      assert.ok(text.includes(`SHA-256 ${'c'.repeat(64)}`), `${kind} ${language}`);
      assert.doesNotMatch(text, /data:/i);
      // No long base64 run (an encoded image), no control characters (raw bytes).
      assert.doesNotMatch(text, /[A-Za-z0-9+/=]{100,}/);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw bytes on purpose
      assert.doesNotMatch(text, /[\u0000-\u0008\u000b-\u001f\u007f]/);
    }
  }
  // A second hash lines up under the first.
  const aligned = composeNotice(input('host', 'en', [withHashes])).text;
  assert.ok(
    aligned.includes(
      `   Hashes: SHA-256 ${SHA256} / MD5 ${MD5}\n${' '.repeat(11)}SHA-256 ${'c'.repeat(64)}\n`,
    ),
  );
  // An item without hashes has no hashes line.
  const { text } = composeNotice(input('host', 'en', [item(1)]));
  assert.doesNotMatch(text, /Hashes:/);
  assert.throws(() =>
    composeNotice(input('host', 'en', [item(1, { url: 'data:image/png;base64,iVBORw0KGgo=' })])),
  );
  assert.throws(() =>
    composeNotice(input('host', 'en', [item(1, { hashes: [{ sha256: 'iVBORw0KGgo=', md5: null }] })])),
  );
});

test('every recipient kind has a template in every language, every placeholder filled', () => {
  for (const kind of RECIPIENT_KINDS) {
    for (const language of LANGUAGES) {
      const template = pack.notices.templates[kind][language];
      assert.ok(template.subject && template.body, `${kind} ${language}`);
      const { subject, text } = composeNotice(input(kind, language, [item(1), item(2)]));
      assert.doesNotMatch(subject, /[{}\n]/, `${kind} ${language}`);
      assert.doesNotMatch(text, /[{}]/, `${kind} ${language}`);
      assert.ok(text.includes('N-2026-0042'), `${kind} ${language}: the reference`);
      assert.ok(text.includes('Point de Contact Test'), `${kind} ${language}: the notifier`);
      assert.ok(
        text.includes(language === 'fr' ? '30 novembre 2026' : '30 November 2026'),
        `${kind} ${language}`,
      );
    }
  }
});

test('an unnamed recipient and a hotline without a website leave no empty line behind', () => {
  const base = input('platform', 'en');
  const { text } = composeNotice({
    ...base,
    recipient: recipient('platform', 'en', null),
    notifier: { ...base.notifier, website: null },
  });
  assert.doesNotMatch(text, /^\s/, 'starts with the greeting');
  assert.doesNotMatch(text, /https:\/\/hotline\.example|null|undefined|\n\n\n/);
  assert.match(text, /^Dear trust and safety team,/);
  assert.ok(composeNotice(base).text.startsWith('Example Ltd\n'));
});

test('legalExplanation names the category and the articles, for XARF too', () => {
  assert.equal(
    legalExplanation('child_sexual_abuse_material', ['FR-CP-227-23'], 'en'),
    'Content in the category "Child sexual abuse images", an offence under French law: Code pénal, art. 227-23 (Child sexual abuse material).',
  );
  assert.equal(
    legalExplanation('incitement_to_suicide', [], 'fr'),
    'Contenu relevant de la catégorie « Incitation au suicide », infraction prévue par : Code pénal, art. 223-13 (Provocation au suicide) ; Code pénal, art. 223-14 (Propagande en faveur de moyens de se donner la mort).',
  );
  assert.match(
    legalExplanation('other', ['FR-CP-225-5'], 'en'),
    /"Something else \/ not sure".*art\. 225-5 \(Pimping\)/,
  );
  assert.match(legalExplanation('other', [], 'en'), /not specified/);
});
