/** Unit tests of the staff app's logic (no browser: the browser tests live in e2e/). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
