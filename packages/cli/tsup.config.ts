import { defineConfig } from "tsup";

export default defineConfig({
  // One file with the core and every dependency bundled in: `pathwise` starts without
  // resolving a module graph, which is most of a cold start.
  entry: { cli: "src/main.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  noExternal: [/.*/],
  clean: true,
  minify: true,
  banner: {
    // The `yaml` package's Node build is CommonJS; its `require("process")` needs a real require.
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
