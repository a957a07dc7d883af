import { defineConfig } from 'vitest/config';

// CI reads its pass/fail totals from a JSON report; locally the default reporter is enough.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ['**/test/**/*.test.ts'],
    // The fault suite runs on its own: `pnpm test:faults` (vitest.faults.config.ts).
    exclude: ['**/node_modules/**', '**/.data/**', 'test/faults/**'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // PGlite and the servers under test are CPU bound; two cores are all the machine has.
    maxWorkers: 2,
    minWorkers: 1,
    env: { APOLLO_TELEMETRY_DISABLED: '1' },
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
  },
});
