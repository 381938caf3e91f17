import { defineConfig } from "tsup";

export default defineConfig({
  // `engine` leaves out the YAML parser, for apps that receive pathways as JSON; `editor` holds
  // what language servers and editor plugins need beyond validation.
  entry: { index: "src/index.ts", engine: "src/engine.ts", editor: "src/editor.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  sourcemap: true,
});
