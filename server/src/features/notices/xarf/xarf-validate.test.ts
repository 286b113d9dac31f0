/**
 * validateXarf bites: the XARF project's own samples pass (once rid of the evidence payload Vigie
 * refuses on child reports); a missing field, a wrong type, a bad format or an unknown type is
 * refused with a line naming the field.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { buildXarfReport, validateXarf, type XarfInput, xarfContentTypes } from './index.ts';

const sample = (type: 'csam' | 'csem'): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(new URL(`./schemas/samples/content-${type}.json`, import.meta.url), 'utf8'));

const input: XarfInput = {
  noticeId: '3f1c2a4e-8b7d-4c6e-9a1f-2b3c4d5e6f70',
  itemId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  url: 'https://files.example.net/album/42',
  categoryId: 'child_sexual_abuse_material',
  legalBasisText: 'Code pénal, art. 227-23.',
  seenAt: new Date('2026-11-20T08:15:30.000Z'),
  hostingIp: '192.0.2.44',
  mediaHashes: [{ sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }],
  hotline: { name: 'Point de Contact', email: 'signalements@hotline.example', domain: 'hotline.example' },
};
/** A valid report as a plain object, to break. */
const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(buildXarfReport(input)));

const refusal = (report: unknown): string[] => {
  const result = validateXarf(report);
  assert.equal(result.ok, false, 'refused');
  return result.ok ? [] : result.errors;
};

describe('validateXarf', () => {
  test('accepts the XARF project’s csam and csem samples without their evidence payload', () => {
    for (const type of ['csam', 'csem'] as const) {
      const { evidence, ...rest } = sample(type);
      assert.ok(evidence, 'the sample has an evidence item');
      assert.deepEqual(validateXarf(rest), { ok: true }, type);
      // Vigie's own rule: no payload on a child report, even the project's text one.
      assert.deepEqual(refusal(sample(type)), [
        `/evidence: a ${type} report carries no media, only hash values (Vigie, after the XARF v4 evidence notes)`,
      ]);
    }
  });

  test('knows the nine content types of the vendored schemas', () => {
    assert.deepEqual(xarfContentTypes().sort(), [
      'brand_infringement',
      'csam',
      'csem',
      'exposed_data',
      'fraud',
      'malware',
      'phishing',
      'remote_compromise',
      'suspicious_registration',
    ]);
  });

  test('a missing required field is named', () => {
    for (const field of [
      'report_id',
      'timestamp',
      'reporter',
      'source_identifier',
      'url',
      'classification',
    ]) {
      const report = good();
      delete report[field];
      assert.deepEqual(refusal(report), [`/${field}: is required`], field);
    }
    const report = good();
    delete (report.reporter as Record<string, unknown>).contact;
    assert.deepEqual(refusal(report), ['/reporter/contact: is required']);
  });

  test('a wrong type or format is named', () => {
    assert.deepEqual(refusal({ ...good(), timestamp: 1732090530 }), ['/timestamp: must be string']);
    assert.deepEqual(refusal({ ...good(), timestamp: '20/11/2026' }), [
      '/timestamp: must match format "date-time"',
    ]);
    assert.deepEqual(refusal({ ...good(), report_id: 'notice-42' }), [
      '/report_id: must match format "uuid"',
    ]);
    assert.deepEqual(refusal({ ...good(), url: 'not a url' }), ['/url: must match format "uri"']);
    assert.deepEqual(refusal({ ...good(), xarf_version: '3.0.0' }), [
      '/xarf_version: must match pattern "^4\\.[0-9]+\\.[0-9]+$"',
    ]);
    assert.deepEqual(refusal({ ...good(), classification: 'worst' }), [
      '/classification: must be one of "baseline", "A1", "A2", "B1", "B2"',
    ]);
    assert.deepEqual(refusal({ ...good(), hash_values: { sha256: 'abc' } }), [
      '/hash_values/sha256: must match pattern "^[a-fA-F0-9]{64}$"',
    ]);
    assert.deepEqual(refusal({ ...good(), reporter: { org: 'X', contact: 'nobody', domain: 'x.example' } }), [
      '/reporter/contact: must match format "email"',
    ]);
    assert.deepEqual(
      refusal({ ...good(), sender: { org: 'X', contact: 'a@x.example', domain: 'x.example', phone: '1' } }),
      ['/sender/phone: is not allowed here'],
    );
  });

  test('every fault is listed at once', () => {
    const report: Record<string, unknown> = { ...good(), timestamp: 5, description: 'x'.repeat(1001) };
    delete report.url;
    assert.deepEqual(refusal(report).sort(), [
      '/description: must NOT have more than 1000 characters',
      '/timestamp: must be string',
      '/url: is required',
    ]);
  });

  test('a type or category outside XARF v4 content is refused by name', () => {
    assert.deepEqual(refusal({ ...good(), type: 'terrorism' }), [
      '/type: must be one of brand_infringement, csam, csem, exposed_data, fraud, malware, phishing, remote_compromise, suspicious_registration',
    ]);
    const errors = refusal({ ...good(), category: 'messaging' });
    assert.ok(
      errors.some((e) => e.startsWith('/category:')),
      errors.join('\n'),
    );
    // A csam report relabelled csem lacks what csem requires.
    assert.deepEqual(refusal({ ...good(), type: 'csem' }), ['/exploitation_type: is required']);
    assert.deepEqual(
      refusal({ ...good(), type: 'csem', exploitation_type: 'grooming', detection_method: 'hash_match' }),
      [
        '/detection_method: must be one of "behavioral_analysis", "keyword_detection", "user_report", "ai_detection", "manual_review", "law_enforcement_referral"',
      ],
    );
  });

  test('not an object at all', () => {
    for (const value of [null, 'report', 42, []]) {
      assert.deepEqual(refusal(value), ['(report): must be a JSON object']);
    }
  });

  test('no screenshot or evidence on a child report', () => {
    assert.deepEqual(refusal({ ...good(), screenshot_url: 'https://hotline.example/s.png' }), [
      '/screenshot_url: a csam report carries no media, only hash values (Vigie, after the XARF v4 evidence notes)',
    ]);
  });
});
