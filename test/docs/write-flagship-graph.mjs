// Writes docs/flagship-graph.md and docs/flagship-graph.svg: the flagship pathway drawn by
// `pathwise graph` — Mermaid for Markdown viewers, and a picture laid out by Graphviz (compiled to
// WebAssembly, so no system package is needed). Run `pnpm run docs:graph` after changing the
// flagship; a test keeps both up to date.
import { execFileSync } from "node:child_process";
import { renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Graphviz } from "@hpcc-js/wasm-graphviz";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** What the built CLI draws for the flagship in a format. */
function drawFlagship(format) {
  return execFileSync(
    process.execPath,
    [
      "packages/cli/dist/cli.js",
      "graph",
      "--pathway",
      "pathways/pharmacy-technician.pathway.yaml",
      "--format",
      format,
    ],
    { cwd: root, encoding: "utf8" },
  );
}

/** The page, from the built CLI's output. */
export function renderFlagshipGraphPage() {
  return [
    "# The flagship pathway, drawn",
    "",
    "The US pharmacy technician pathway (`pathways/pharmacy-technician.pathway.yaml`) as",
    "`pathwise graph` draws it: roles, credentials and steps grouped by strategy, with their",
    "requirement edges (solid: required; dashed: one of several; crossed: must not hold; thick:",
    "granted by a step; dotted: renews). The picture is `pathwise graph --format dot` laid out by",
    "Graphviz; open it on its own to zoom in.",
    "",
    `![${pictureLabel}](flagship-graph.svg)`,
    "",
    "The same graph as `pathwise graph --format mermaid` writes it, which GitHub and most Markdown",
    "viewers draw:",
    "",
    "```mermaid",
    drawFlagship("mermaid").trimEnd(),
    "```",
    "",
  ].join("\n");
}

const pictureLabel =
  "The flagship pathway: roles, credentials and steps with their requirement edges";

/** The picture: the CLI's DOT output laid out by Graphviz, as SVG labelled for screen readers. */
export async function renderFlagshipGraphSvg() {
  const graphviz = await Graphviz.load();
  const svg = graphviz.dot(drawFlagship("dot"));
  return svg.replace("<svg ", `<svg role="img" aria-label="${pictureLabel}" `);
}

function writeAtomically(target, text) {
  writeFileSync(`${target}.tmp`, text);
  renameSync(`${target}.tmp`, target);
  console.log(`wrote ${target}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeAtomically(`${root}docs/flagship-graph.md`, renderFlagshipGraphPage());
  writeAtomically(`${root}docs/flagship-graph.svg`, await renderFlagshipGraphSvg());
}
