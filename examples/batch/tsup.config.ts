import { defineConfig } from "tsup";

export default defineConfig({
  // The worker is its own entry: the pool loads it by file name in each thread.
  entry: ["src/cli.ts", "src/index.ts", "src/worker.ts"],
  format: ["esm"],
  target: "node20",
  clean: true,
});
