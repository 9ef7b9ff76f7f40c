import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Checks against Debian's tools (poppler, qpdf, Chromium, LibreOffice, Neovim): `npm run test:crosscheck`.
    exclude: ['test/crosscheck/**', '**/node_modules/**'],
    globalSetup: ['test/global-setup.ts', 'test/fuzz/global-setup.ts'],
    // Most tests wait on the CLI in a child process: three test files at a time keep two cores busy.
    maxWorkers: 3,
    // Test files share their worker's modules instead of importing them afresh, a third of the run's CPU time
    // otherwise; no module keeps state that one test file sets for another.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
