/**
 * buildXarfReport: every pack category either builds a report the vendored schemas accept or is
 * refused by name (XARF v4 has no type for it); the dates, the hotline, the URL, the IP and the
 * hashes land where XARF wants them; no media bytes can get in, by type or at run time.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pack } from '../../../jurisdictions/index.ts';
import { AppError } from '../../../platform/errors.ts';
import {
  buildXarfReport,
  hasXarfType,
  validateXarf,
  type XarfInput,
  type XarfMediaHash,
  type XarfReport,
} from './index.ts';

// Synthetic digests (of the empty string): never a real medium's.
const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const MD5 = 'd41d8cd98f00b204e9800998ecf8427e';

const xarfInput = (overrides: Partial<XarfInput> = {}): XarfInput => ({
  noticeId: '3f1c2a4e-8b7d-4c6e-9a1f-2b3c4d5e6f70',
  itemId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  url: 'https://files.example.net/album/42',
  categoryId: 'child_sexual_abuse_material',
  legalBasisText: 'Code pénal, art. 227-23 : image pédopornographique.',
  seenAt: new Date('2026-11-20T08:15:30.000Z'),
  verifiedAt: new Date('2026-11-21T09:00:00.000Z'),
  hostingIp: '192.0.2.44',
  mediaHashes: [{ sha256: SHA256, md5: MD5 }],
  hotline: { name: 'Point de Contact', email: 'signalements@hotline.example', domain: 'hotline.example' },
  ...overrides,
});

const allCategoryIds = [...pack.categories.map((c) => c.id), pack.otherCategory.id];

describe('buildXarfReport', () => {
  test('every pack category with a XARF type builds a report that validates; the others are refused', () => {
    const built: string[] = [];
    for (const categoryId of allCategoryIds) {
      if (hasXarfType(categoryId)) {
        const report = buildXarfReport(xarfInput({ categoryId }));
        assert.deepEqual(validateXarf(report), { ok: true }, categoryId);
        built.push(categoryId);
      } else {
        assert.throws(
          () => buildXarfReport(xarfInput({ categoryId })),
          (e: unknown) => e instanceof AppError && e.code === 'notice.xarf_no_type',
          categoryId,
        );
      }
    }
    // The child-abuse categories, at least, always carry XARF.
    assert.deepEqual(built, [
      'child_sexual_abuse_material',
      'grooming',
      'sextortion_of_minors',
      'corruption_of_minors',
    ]);
  });

  test('a report validates with the least the caller may know (no IP, no check, no hashes)', () => {
    const report = buildXarfReport(xarfInput({ hostingIp: null, verifiedAt: null, mediaHashes: [] }));
    assert.deepEqual(validateXarf(report), { ok: true });
    assert.equal(report.source_identifier, 'files.example.net', 'the host name stands in for the IP');
    assert.equal(report.dns_records, undefined);
    assert.equal(report.verified_at, undefined);
    assert.equal(report.type === 'csam' && report.hash_values, undefined);
  });

  test('the hotline is the reporter and the sender; the notice id is the report id', () => {
    const report = buildXarfReport(xarfInput());
    const hotline = {
      org: 'Point de Contact',
      contact: 'signalements@hotline.example',
      domain: 'hotline.example',
    };
    assert.deepEqual(report.reporter, hotline);
    assert.deepEqual(report.sender, hotline);
    assert.equal(report.report_id, '3f1c2a4e-8b7d-4c6e-9a1f-2b3c4d5e6f70');
    assert.equal(report.xarf_version, '4.2.0');
    assert.deepEqual(report.tags, ['item:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d']);
  });

  test('dates are ISO 8601 in UTC: seen → timestamp, last check → verified_at', () => {
    const report = buildXarfReport(
      xarfInput({
        seenAt: new Date('2026-11-20T09:15:30+01:00'),
        verifiedAt: new Date('2026-11-21T10:00:00.250+01:00'),
      }),
    );
    assert.equal(report.timestamp, '2026-11-20T08:15:30.000Z');
    assert.equal(report.verified_at, '2026-11-21T09:00:00.250Z');
  });

  test('the URL goes out percent-encoded with its host as domain; the IP as source and DNS record', () => {
    const report = buildXarfReport(xarfInput({ url: 'https://Files.Example.NET/a b/é?q=1' }));
    assert.equal(report.url, 'https://files.example.net/a%20b/%C3%A9?q=1');
    assert.equal(report.domain, 'files.example.net');
    assert.equal(report.source_identifier, '192.0.2.44');
    assert.deepEqual(report.dns_records, { a: ['192.0.2.44'] });
    assert.deepEqual(validateXarf(report), { ok: true });

    const v6 = buildXarfReport(xarfInput({ hostingIp: '2001:db8::7' }));
    assert.deepEqual(v6.dns_records, { aaaa: ['2001:db8::7'] });
    assert.deepEqual(validateXarf(v6), { ok: true });
  });

  test('a host name XARF’s domain pattern refuses (an IP, an IDN) is left out, not sent broken', () => {
    const byIp = buildXarfReport(xarfInput({ url: 'http://198.51.100.9/x', hostingIp: null }));
    assert.equal(byIp.domain, undefined);
    assert.equal(byIp.source_identifier, '198.51.100.9');
    const idn = buildXarfReport(xarfInput({ url: 'https://bücher.example/x' }));
    assert.equal(idn.domain, undefined);
    assert.match(idn.url, /^https:\/\/xn--bcher-kva\.example\/x$/);
    assert.deepEqual(validateXarf(idn), { ok: true });
  });

  test('an unusable hosting IP is not sent: the host name stands in', () => {
    const report = buildXarfReport(xarfInput({ hostingIp: 'not-an-ip' }));
    assert.equal(report.source_identifier, 'files.example.net');
    assert.equal(report.dns_records, undefined);
  });

  test('the legal explanation is the description, cut to XARF’s 1,000 characters', () => {
    assert.equal(
      buildXarfReport(xarfInput()).description,
      'Code pénal, art. 227-23 : image pédopornographique.',
    );
    const long = buildXarfReport(xarfInput({ legalBasisText: `${'é'.repeat(999)}😀😀` }));
    assert.equal(Array.from(long.description).length, 1000);
    assert.ok(long.description.endsWith('…'));
    assert.deepEqual(validateXarf(long), { ok: true });
  });

  test('csam: the first medium’s hashes, lower-cased; the grade, baseline unless given', () => {
    const report = buildXarfReport(
      xarfInput({
        mediaHashes: [{ sha256: SHA256.toUpperCase(), md5: MD5 }, { sha256: 'a'.repeat(64) }],
        mediaType: 'image',
      }),
    );
    assert.equal(report.type, 'csam');
    if (report.type !== 'csam') return;
    assert.deepEqual(report.hash_values, { sha256: SHA256, md5: MD5 });
    assert.equal(report.classification, 'baseline');
    assert.equal(report.detection_method, 'manual_review');
    assert.equal(report.media_type, 'image');
    const graded = buildXarfReport(xarfInput({ csamClassification: 'B2' }));
    assert.equal(graded.type === 'csam' && graded.classification, 'B2');
    const noMd5 = buildXarfReport(xarfInput({ mediaHashes: [{ sha256: SHA256, md5: null }] }));
    assert.deepEqual(noMd5.type === 'csam' && noMd5.hash_values, { sha256: SHA256 });
  });

  test('csem: the exploitation type of the mapping, no hash field', () => {
    const report = buildXarfReport(xarfInput({ categoryId: 'sextortion_of_minors' }));
    assert.equal(report.type, 'csem');
    assert.equal(report.type === 'csem' && report.exploitation_type, 'sextortion');
    assert.equal('hash_values' in report, false);
  });

  test('no media bytes: the types have no field for them, and stray input fields are not copied', () => {
    const bytes = Buffer.from('synthetic bytes standing for a medium').toString('base64');
    const input = {
      ...xarfInput(),
      evidence: [{ content_type: 'image/jpeg', payload: bytes }],
      payload: bytes,
      screenshot_url: 'https://hotline.example/shot.png',
    };
    const report: XarfReport = buildXarfReport(input);
    const text = JSON.stringify(report);
    assert.ok(!text.includes(bytes), 'no payload in the report');
    assert.equal('evidence' in report, false);
    assert.equal('screenshot_url' in report, false);
    assert.equal('payload' in report, false);

    // Compile-time: neither shape has a place for bytes (typecheck fails if these start compiling).
    // @ts-expect-error XarfInput has no evidence field
    const withEvidence: XarfInput = { ...xarfInput(), evidence: [] };
    const withBytes: XarfMediaHash[] = [
      // @ts-expect-error XarfMediaHash holds digests only
      { sha256: SHA256, bytes: Buffer.alloc(1) },
    ];
    // @ts-expect-error XarfReport has no evidence field
    const reportWithEvidence: XarfReport = { ...report, evidence: [] };
    assert.ok(withEvidence && withBytes && reportWithEvidence);
  });
});
