import { describe, expect, test } from 'vitest';
import { itemIdFrom } from './item-ref.ts';

const ID = '3f2c9a56-1b2d-4c3e-9f00-aa11bb22cc33';

describe('itemIdFrom', () => {
  test('an id, or the link of an item page, gives the id', () => {
    expect(itemIdFrom(ID)).toBe(ID);
    expect(itemIdFrom(`  ${ID.toUpperCase()} `)).toBe(ID);
    expect(itemIdFrom(`https://vigie.hotline.example/app/items/${ID}`)).toBe(ID);
    expect(itemIdFrom(`/app/items/${ID}?tab=history`)).toBe(ID);
  });

  test('anything else gives nothing (a reported address is not an item)', () => {
    expect(itemIdFrom('')).toBeUndefined();
    expect(itemIdFrom('https://gallery.example/album/4471')).toBeUndefined();
    expect(itemIdFrom(`https://evil.example/?next=${ID}`)).toBeUndefined();
    expect(itemIdFrom(`/app/items/${ID}extra`)).toBeUndefined();
  });
});
