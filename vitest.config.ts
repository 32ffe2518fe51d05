import { defineConfig } from 'vitest/config';

// Tests spawn bundles, git and gitlab-ci-local; two cores, so keep the pool small and timeouts generous.
export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    setupFiles: ['__tests__/support/setup.ts'],
  },
});
