import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryRdapStore } from './rdap-store.ts';

test('the memory store answers like the database cache: by network range, until expiry, one per key', async () => {
  const store = memoryRdapStore();
  const at = new Date('2026-10-01T09:00:00Z');
  const later = (hours: number) => new Date(at.getTime() + hours * 3_600_000);
  const network = {
    kind: 'ip' as const,
    rangeStart: '192.0.2.0',
    rangeEnd: '192.0.2.255',
    outcome: 'found' as const,
    server: 'https://rdap.example/',
    answer: { handle: 'NET-1' },
    fetchedAt: at,
    expiresAt: later(24),
  };
  await store.save(network);
  assert.equal((await store.findIp('192.0.2.77', later(1)))?.answer?.handle, 'NET-1');
  assert.equal(await store.findIp('198.51.100.1', later(1)), undefined, 'another network');
  assert.equal(await store.findIp('192.0.2.77', later(25)), undefined, 'expired');
  await store.save({ ...network, answer: { handle: 'NET-2' } });
  assert.equal((await store.findIp('192.0.2.1', later(1)))?.answer?.handle, 'NET-2', 'replaced, not added');

  await store.save({ ...network, kind: 'domain', domain: 'example.com', answer: { registrar: 'R' } });
  assert.equal((await store.findDomain('example.com', later(1)))?.answer?.registrar, 'R');
  assert.equal(await store.findDomain('example.org', later(1)), undefined);

  await store.saveBackoff('https://rdap.example/', later(1));
  assert.deepEqual(await store.findBackoff('https://rdap.example/', at), later(1));
  assert.equal(await store.findBackoff('https://rdap.example/', later(2)), undefined);
});
