import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { pathwiseContent } from "./content-plugin.js";

export default defineConfig({
  plugins: [react(), pathwiseContent(fileURLToPath(new URL("../../pathways", import.meta.url)))],
});
