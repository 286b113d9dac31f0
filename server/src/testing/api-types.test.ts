import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { API_TYPES_FILE, apiTypesSource } from './api-types.ts';

test('the staff app’s API types match the server’s OpenAPI document', async () => {
  const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
  const current = await apiTypesSource();
  if (committed !== current) {
    const line = current.split('\n').findIndex((text, i) => text !== committed.split('\n')[i]);
    assert.fail(
      `the API changed: run npm run api:types (web/src/api/schema.d.ts differs from line ${line + 1}: ` +
        `${JSON.stringify(current.split('\n')[line]?.trim())})`,
    );
  }
});
