// Loads the flagship pathway and its example profiles at build time, so the page ships plain
// JSON and no YAML parser. Both are validated here: broken content fails the build, not the page.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadPathwayOrThrow, loadProfile } from "@pathwise/core";
import type { Plugin } from "vite";

const moduleId = "virtual:pathwise-content";
const resolvedId = `\0${moduleId}`;

/** A Vite plugin serving `virtual:pathwise-content`: `{ pathway, profiles }`. */
export function pathwiseContent(pathwaysDir: string): Plugin {
  const pathwayFile = join(pathwaysDir, "pharmacy-technician.pathway.yaml");
  const profilesDir = join(pathwaysDir, "profiles");
  return {
    name: "pathwise-content",
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      this.addWatchFile(pathwayFile);
      const pathway = loadPathwayOrThrow(readFileSync(pathwayFile));
      const profiles = readdirSync(profilesDir)
        .filter((file) => file.endsWith(".profile.yaml"))
        .sort()
        .map((file) => {
          const path = join(profilesDir, file);
          this.addWatchFile(path);
          const result = loadProfile(readFileSync(path), { pathway });
          if (!result.ok) {
            const first = result.diagnostics[0];
            throw new Error(`${path}:${first?.range?.start.line ?? 1}: ${first?.message}`);
          }
          // `expect` is for content tests; the page has no use for it.
          const { expect: _expect, ...profile } = result.value;
          return { file, profile };
        });
      return `export const pathway = ${JSON.stringify(pathway)};\nexport const profiles = ${JSON.stringify(profiles)};\n`;
    },
  };
}
