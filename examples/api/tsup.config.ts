import { defineConfig } from "tsup";

export default defineConfig({
  // The engine worker is its own entry: the pool loads it by file name in each thread.
  entry: ["src/main.ts", "src/engine-worker.ts"],
  format: ["esm"],
  target: "node20",
  clean: true,
  // esbuild drops `with { type: "json" }` from external imports, and Node 20 then refuses them
  // (ERR_IMPORT_ASSERTION_TYPE_MISSING): the schema is bundled into dist/main.js instead.
  noExternal: ["@pathwise/core/profile.schema.json"],
});
