import { defineConfig } from "tsup";

// The extension ships as two self-contained files: the client (VS Code provides `vscode`) and
// the language server with the core bundled in.
export default defineConfig([
  {
    entry: { extension: "src/extension.ts" },
    format: ["cjs"],
    target: "node20",
    platform: "node",
    external: ["vscode"],
    noExternal: [/^(?!vscode$).*/],
    clean: true,
    minify: true,
  },
  {
    entry: { server: "../language-server/src/node.ts" },
    format: ["cjs"],
    target: "node20",
    platform: "node",
    noExternal: [/.*/],
    // The core declares `sideEffects: false`, so its chunk imports without bindings are rightly
    // dropped; esbuild's warning about it says nothing to act on.
    esbuildOptions(options) {
      options.logOverride = { ...options.logOverride, "ignored-bare-import": "silent" };
    },
    minify: true,
  },
]);
