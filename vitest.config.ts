import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const core = (file: string) =>
  fileURLToPath(new URL(`./packages/core/src/${file}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Workspace packages are tested against their sources; the end-to-end suites under test/
    // run the built files (dist/) to prove the build.
    alias: [
      { find: /^@pathwise\/core$/, replacement: core("index.ts") },
      { find: /^@pathwise\/core\/engine$/, replacement: core("engine.ts") },
      { find: /^@pathwise\/core\/editor$/, replacement: core("editor.ts") },
    ],
  },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "test/**/*.test.ts",
      "examples/*/test/**/*.test.ts",
    ],
    // A real VS Code: its own suite (`pnpm run test:code-server`, see vitest.code-server.config.ts).
    exclude: ["test/code-server/**", "**/node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
