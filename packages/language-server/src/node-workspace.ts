import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { defaultLimits } from "@pathwise/core";
import type { WorkspaceFile, WorkspaceFiles } from "./server/workspace-files.js";

// Bounds on the scan, so that opening a home folder cannot stall the server: folders that hold
// no content are skipped, and each walk stops at a depth and a number of files.
const skipped = new Set(["node_modules", "dist", "build", "coverage"]);
const maxDepth = 12;
const maxFiles = 2000;

/** Every file under the folders whose name ends with `suffix`, with its text. */
async function findFiles(folders: readonly string[], suffix: string): Promise<WorkspaceFile[]> {
  const found: WorkspaceFile[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > maxDepth || found.length >= maxFiles) return;
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (found.length >= maxFiles) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && !skipped.has(entry.name)) await walk(path, depth + 1);
      } else if (entry.isFile() && entry.name.endsWith(suffix)) {
        const uri = pathToFileURL(path).href;
        const text = await nodeWorkspaceFiles.readFile(uri);
        if (text !== undefined) found.push({ uri, text });
      }
    }
  };
  for (const folder of folders) await walk(fileURLToPath(folder), 0);
  return found;
}

/** {@link WorkspaceFiles} over the file system: a bounded walk that follows no symbolic links. */
export const nodeWorkspaceFiles: WorkspaceFiles = {
  findPathwayFiles: (folders) => findFiles(folders, ".pathway.yaml"),
  findProfileFiles: (folders) => findFiles(folders, ".profile.yaml"),

  async readFile(uri) {
    try {
      const path = fileURLToPath(uri);
      // Too large for the core to read anyway (its limit counts characters, up to 4 bytes each).
      if ((await stat(path)).size > 4 * defaultLimits.maxBytes) return undefined;
      return await readFile(path, "utf8");
    } catch {
      return undefined;
    }
  },
};
