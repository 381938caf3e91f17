import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/main.ts"],
  format: ["esm"],
  target: "node20",
  clean: true,
  // esbuild drops `with { type: "json" }` from external imports, and Node 20 then refuses them
  // (ERR_IMPORT_ASSERTION_TYPE_MISSING): the schema is bundled into dist/main.js instead.
  noExternal: ["@pathwise/core/profile.schema.json"],
});
