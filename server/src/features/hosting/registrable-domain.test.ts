/**
 * Registrable domains from the ICANN section of the Public Suffix List: multi-label public
 * suffixes count, private suffixes (blogspot.com, github.io) do not — the registrable domain is
 * the one a registrar answers for.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registrableDomainOf } from './registrable-domain.ts';

test('public suffix + one label, multi-label suffixes included', () => {
  assert.equal(registrableDomainOf('www.bbc.co.uk'), 'bbc.co.uk');
  assert.equal(registrableDomainOf('a.b.c.example.fr'), 'example.fr');
  assert.equal(registrableDomainOf('www.interieur.gouv.fr'), 'interieur.gouv.fr'); // gouv.fr is a public suffix
  assert.equal(registrableDomainOf('xn--exmple-cua.com'), 'xn--exmple-cua.com');
});

test('private suffixes do not count: the platform’s domain is the registrable one', () => {
  assert.equal(registrableDomainOf('alice.blogspot.com'), 'blogspot.com');
  assert.equal(registrableDomainOf('someone.github.io'), 'github.io');
  assert.equal(registrableDomainOf('bucket.s3.amazonaws.com'), 'amazonaws.com');
});

test('nothing for a bare public suffix, a single label or an address', () => {
  assert.equal(registrableDomainOf('co.uk'), null);
  assert.equal(registrableDomainOf('localhost'), null);
  assert.equal(registrableDomainOf('192.0.2.1'), null);
  assert.equal(registrableDomainOf('2001:db8::1'), null);
});
