import { defineConfig } from "vitest/config";

// The code-server suite: a real VS Code in Chromium, run on its own by `pnpm run test:code-server`
// (in .ci/run, after test/code-server/install.sh), since it needs those tools installed.
export default defineConfig({
  test: {
    include: ["test/code-server/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
