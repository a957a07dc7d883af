import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/test/**/*.test.ts', 'schema/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/.data/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite and the servers under test are CPU bound; two cores are all the machine has.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
