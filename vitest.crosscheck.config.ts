import { defineConfig } from 'vitest/config';

/** The cross-checks: the same documents, pages and signatures through Debian's own tools. */
export default defineConfig({
  test: {
    include: ['test/crosscheck/**/*.crosscheck.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
