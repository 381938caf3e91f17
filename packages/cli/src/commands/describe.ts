import { describePathway, renderDescription } from "@pathwise/core";
import type { CommandSpec } from "../args.js";
import { choiceOption, stringOption } from "../args.js";
import { CliError } from "../cli-error.js";
import type { Command } from "../command.js";
import { loadPathwayFile } from "../internal/load-file.js";

const spec: CommandSpec = {
  name: "describe",
  summary: "Describe a pathway's credentials, roles and steps in plain sentences, with sources.",
  usage: "describe --pathway <file> [--format text|markdown|json]",
  description:
    "Prints every credential, role and step of a valid pathway in plain sentences built from the same data the engine uses: who is eligible, how a credential renews, the CE it needs, fees, what each step grants, and the sources each one cites with how they were read. For reviewers who hold each sentence against its source rather than read YAML.",
  options: [
    {
      name: "pathway",
      short: "p",
      type: "string",
      value: "file",
      description: "The pathway file to describe (required).",
    },
    {
      name: "format",
      short: "f",
      type: "string",
      value: "name",
      description: "text (default), markdown (a page with headings and linked sources) or json.",
    },
  ],
  examples: [
    "pathwise describe --pathway pathways/pharmacy-technician.pathway.yaml",
    "pathwise describe -p pathways/pharmacy-technician.pathway.yaml --format markdown > rules.md",
  ],
};

/** `pathwise describe`. */
export const describeCommand: Command = {
  spec,
  async run(args, { io }) {
    if (args.positionals.length > 0) {
      throw new CliError(
        `\`pathwise describe\` takes no arguments; name the file with \`--pathway ${args.positionals[0]}\`.`,
        spec.name,
      );
    }
    const format = choiceOption(args, "format", ["text", "markdown", "json"], spec.name) ?? "text";
    const file = stringOption(args, "pathway", spec.name);
    if (!file) throw new CliError("`pathwise describe` needs `--pathway <file>`.", spec.name);
    const pathway = await loadPathwayFile(file, io, io.today());
    if (!pathway) return 1;
    const description = describePathway(pathway);
    io.stdout.write(
      format === "json"
        ? `${JSON.stringify(description, null, 2)}\n`
        : renderDescription(description, format),
    );
    return 0;
  },
};
