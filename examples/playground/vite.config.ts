import { defineConfig } from "vite";

export default defineConfig({
  // The workers import modules of their own (the language server, the core, monaco-yaml).
  worker: { format: "es" },
  // Monaco is large by nature; it is split from the app code, not trimmed.
  build: { chunkSizeWarningLimit: 4096 },
});
