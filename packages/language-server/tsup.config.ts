import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "es2022",
    sourcemap: true,
  },
  {
    // The stdio server is one file (the core bundled in) so editors start it fast.
    entry: { node: "src/node.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    noExternal: [/.*/],
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  },
  {
    entry: { browser: "src/browser.ts" },
    format: ["esm"],
    dts: true,
    target: "es2022",
    platform: "browser",
    noExternal: [/.*/],
  },
]);
