import type { CommandSpec } from "../args.js";
import { choiceOption, stringOption } from "../args.js";
import { CliError } from "../cli-error.js";
import type { Command } from "../command.js";
import { buildPathwayGraph } from "../graph/pathway-graph.js";
import { renderDot } from "../graph/render-dot.js";
import { renderMermaid } from "../graph/render-mermaid.js";
import { loadPathwayFile } from "../internal/load-file.js";

const spec: CommandSpec = {
  name: "graph",
  summary: "Draw a pathway's roles, credentials and steps as Mermaid or Graphviz DOT.",
  usage: "graph --pathway <file> [--format mermaid|dot]",
  description:
    "Prints the requirement graph of a valid pathway: roles, credentials, and steps grouped by strategy, with an arrow from what is needed to what it opens. Solid arrows are requirements, dashed ones one of several alternatives, crossed ones conditions that must not hold, thick ones what a step grants.",
  options: [
    {
      name: "pathway",
      short: "p",
      type: "string",
      value: "file",
      description: "The pathway file to draw (required).",
    },
    {
      name: "format",
      short: "f",
      type: "string",
      value: "name",
      description: "mermaid (default; GitHub renders it in Markdown) or dot (Graphviz).",
    },
  ],
  examples: [
    "pathwise graph --pathway pathways/pharmacy-technician.pathway.yaml",
    "pathwise graph -p pathways/pharmacy-technician.pathway.yaml --format dot | dot -Tsvg > graph.svg",
  ],
};

/** `pathwise graph`. */
export const graphCommand: Command = {
  spec,
  async run(args, { io }) {
    if (args.positionals.length > 0) {
      throw new CliError(
        `\`pathwise graph\` takes no arguments; name the file with \`--pathway ${args.positionals[0]}\`.`,
        spec.name,
      );
    }
    const format = choiceOption(args, "format", ["mermaid", "dot"], spec.name) ?? "mermaid";
    const file = stringOption(args, "pathway", spec.name);
    if (!file) throw new CliError("`pathwise graph` needs `--pathway <file>`.", spec.name);
    const pathway = await loadPathwayFile(file, io, io.today());
    if (!pathway) return 1;
    const graph = buildPathwayGraph(pathway);
    io.stdout.write(format === "dot" ? renderDot(graph) : renderMermaid(graph));
    return 0;
  },
};
