import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // dynalite and the CLI's child processes take longer than a unit test on a shared machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
