import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 30_000,
    // Most CLI tests wait on a child process: two files at once keep two cores busy where vitest's
    // default (cores - 1) would run one at a time on a two-core CI machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
