import { defineConfig } from 'vitest/config';

// `pnpm test:faults`: the fault suite alone (it starts its own Postgres, Redis and processes).
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 600_000,
    maxWorkers: 1,
    minWorkers: 1,
    fileParallelism: false,
    env: { APOLLO_TELEMETRY_DISABLED: '1' },
  },
});
