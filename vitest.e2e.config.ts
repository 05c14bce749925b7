import { defineConfig } from 'vitest/config';

/**
 * Browser tests of the built demo site (tests/e2e): `npm run test:e2e`.
 * The global setup builds and serves the site and starts Chromium once; see tests/e2e/global-setup.ts.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // one shared browser; two files at a time keep the 2 cores of CI busy without starving Chromium
    maxWorkers: 2,
    // a state polled for (expect.poll) gets as long as an element waited for (use-site-page.ts), not 1 s
    expect: { poll: { timeout: 10_000 } },
    env: { TZ: 'UTC' },
  },
});
