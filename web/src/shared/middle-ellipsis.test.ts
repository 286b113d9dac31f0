import { describe, expect, test } from 'vitest';
import { middleEllipsis, splitAddress, withoutHttps } from './middle-ellipsis.ts';

describe('middleEllipsis', () => {
  test('keeps short text, cuts long text to the width with the host and the end', () => {
    expect(middleEllipsis('https://a.example/x', 40)).toBe('https://a.example/x');
    const long = 'https://files.example.net/share/very/long/path/to/the/file-1234.jpg';
    const short = middleEllipsis(long, 30);
    expect(short).toHaveLength(30);
    expect(short.startsWith('https://files.exam')).toBe(true);
    expect(short.endsWith('1234.jpg')).toBe(true);
    expect(short).toContain('…');
  });
});

describe('splitAddress', () => {
  test('a short address is all head', () => {
    expect(splitAddress('https://a.example/x')).toEqual({ head: 'https://a.example/x', tail: '' });
  });

  test('head + tail give the address back; the tail starts at a nearby slash', () => {
    const url = 'https://forum.example.org/threads/2024/some-long-thread-title/page-17';
    const { head, tail } = splitAddress(url);
    expect(head + tail).toBe(url);
    expect(tail).toBe('/page-17');
  });

  test('without a nearby slash, the tail is the last characters', () => {
    const url = `https://cdn.example.com/${'a'.repeat(60)}`;
    const { head, tail } = splitAddress(url, 18);
    expect(tail).toHaveLength(18);
    expect(head + tail).toBe(url);
  });

  test('the slashes of the scheme are never the cut', () => {
    const url = 'https://a-very-long-host-name-for-testing.example/';
    expect(splitAddress(url, 18).head.startsWith('https://')).toBe(true);
    expect(splitAddress(url, 18).head + splitAddress(url, 18).tail).toBe(url);
  });
});

describe('withoutHttps', () => {
  test('drops only https://', () => {
    expect(withoutHttps('https://a.example/x')).toBe('a.example/x');
    expect(withoutHttps('HTTPS://a.example/x')).toBe('a.example/x');
    expect(withoutHttps('http://a.example/x')).toBe('http://a.example/x');
    expect(withoutHttps('ftp://a.example/x')).toBe('ftp://a.example/x');
    expect(withoutHttps('https://')).toBe('https://');
  });
});
