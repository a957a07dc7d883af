import { defineConfig } from 'vitest/config';

// CI reads its totals from a JSON report, as for the main suite.
const jsonReport = process.env.VITEST_JSON_REPORT;

// `pnpm test:faults`: the fault suite alone (it starts its own Postgres, Redis and processes).
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    testTimeout: Number(process.env.FAULTS_HOLD_ON_FAILURE ? 2_000_000 : 240_000),
    hookTimeout: 600_000,
    maxWorkers: 1,
    minWorkers: 1,
    fileParallelism: false,
    env: { APOLLO_TELEMETRY_DISABLED: '1' },
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
  },
});
