// Writes docs/flagship-graph.md: the flagship pathway drawn by `pathwise graph --format mermaid`
// (run `pnpm run docs:graph` after changing the flagship; a test keeps the page up to date).
import { execFileSync } from "node:child_process";
import { renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The page, from the built CLI's output. */
export function renderFlagshipGraphPage() {
  const mermaid = execFileSync(
    process.execPath,
    [
      "packages/cli/dist/cli.js",
      "graph",
      "--pathway",
      "pathways/pharmacy-technician.pathway.yaml",
      "--format",
      "mermaid",
    ],
    { cwd: root, encoding: "utf8" },
  );
  return [
    "# The flagship pathway, drawn",
    "",
    "The US pharmacy technician pathway (`pathways/pharmacy-technician.pathway.yaml`) as",
    "`pathwise graph --format mermaid` draws it: roles, credentials and steps grouped by strategy,",
    "with their requirement edges. GitHub and most Markdown viewers render the diagram; for",
    "Graphviz, run `pathwise graph --format dot`.",
    "",
    "```mermaid",
    mermaid.trimEnd(),
    "```",
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = `${root}docs/flagship-graph.md`;
  writeFileSync(`${target}.tmp`, renderFlagshipGraphPage());
  renameSync(`${target}.tmp`, target);
  console.log(`wrote ${target}`);
}
