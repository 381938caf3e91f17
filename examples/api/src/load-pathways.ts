// Loads every *.pathway.yaml in a folder: file I/O, so it lives at the edge, not in the app.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadPathway, type Pathway } from "@pathwise/core";

/**
 * Reads and validates the pathways in `folder`. A pathway with errors stops the start-up with
 * its diagnostics: a service must not serve content that CI would reject.
 */
export async function loadPathwayFolder(folder: string, today: string): Promise<Pathway[]> {
  const files = (await readdir(folder)).filter((f) => f.endsWith(".pathway.yaml")).sort();
  if (files.length === 0) throw new Error(`No *.pathway.yaml file in ${folder}.`);
  const pathways: Pathway[] = [];
  for (const file of files) {
    const result = loadPathway(await readFile(join(folder, file)), { today });
    if (!result.ok) {
      const lines = result.diagnostics
        .filter((d) => d.severity === "error")
        .map((d) => `${file}:${d.range?.start.line ?? 0}: ${d.message} (${d.code})`);
      throw new Error(`${file} has errors:\n${lines.join("\n")}`);
    }
    pathways.push(result.value);
  }
  return pathways;
}
