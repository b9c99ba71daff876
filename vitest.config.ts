import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // dynalite and the CLI's child processes take longer than a unit test on a shared machine.
    testTimeout: 30_000,
    // The SDK's notice that its 2027 releases need Node 22: the Lambdas run on a current runtime.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    hookTimeout: 30_000,
  },
});
