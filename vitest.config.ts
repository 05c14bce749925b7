import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // git and file-system heavy suites share the 2 cores; keep them from starving each other
    maxWorkers: 2,
    env: { TZ: 'UTC' },
  },
});
