import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Set-up hooks ingest the seeds or start a server: on a loaded 2-core machine that can take more
    // than vitest's 10 s default (a limit, not a measurement: speed lives in the benchmarks).
    hookTimeout: 120_000,
    pool: 'forks',
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The web app is covered by the browser tests, which v8 in Node does not see.
      exclude: ['src/web/**'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
    },
  },
});
