import { defineConfig, type Options } from "tsup";

/**
 * The core's entries import their shared chunks in evaluation order, some without bindings
 * (`import "./chunk.js"`); the core declares `sideEffects: false`, so bundling it in rightly drops
 * those imports, and esbuild's warning that it does says nothing to act on.
 */
const quietBareImports: Options["esbuildOptions"] = (options) => {
  options.logOverride = { ...options.logOverride, "ignored-bare-import": "silent" };
};

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
    esbuildOptions: quietBareImports,
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
    esbuildOptions: quietBareImports,
  },
]);
