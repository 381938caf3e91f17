import pathwaySchema from "@pathwise/core/pathway.schema.json" with { type: "json" };
import profileSchema from "@pathwise/core/profile.schema.json" with { type: "json" };
import type { CommandSpec } from "../args.js";
import { CliError } from "../cli-error.js";
import type { Command } from "../command.js";
import { suggest } from "../internal/suggest.js";

const kinds = ["pathway", "profile"] as const;

const spec: CommandSpec = {
  name: "schema",
  summary: "Print the JSON Schema of pathway or profile files.",
  usage: "schema [pathway|profile]",
  description:
    "Prints the JSON Schema (draft-07) that editors use for completion and hover, the one `@pathwise/core` ships, generated from the same definitions as the validator. Redirect it to a file to point a `$schema` modeline or `yaml.schemas` at it.",
  arguments: [{ name: "kind", description: "pathway (default) or profile." }],
  options: [],
  examples: [
    "pathwise schema",
    "pathwise schema pathway > schemas/pathway.schema.json",
    "pathwise schema profile > schemas/profile.schema.json",
  ],
};

/** `pathwise schema`. */
export const schemaCommand: Command = {
  spec,
  async run(args, { io }) {
    if (args.positionals.length > 1) {
      throw new CliError("`pathwise schema` takes one argument: pathway or profile.", spec.name);
    }
    const kind = args.positionals[0] ?? "pathway";
    if (kind === "pathway" || kind === "profile") {
      const schema = kind === "pathway" ? pathwaySchema : profileSchema;
      io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
      return 0;
    }
    const close = suggest(kind, kinds);
    throw new CliError(
      `Unknown schema \`${kind}\`; ${close ? `did you mean \`${close}\`?` : "expected pathway or profile."}`,
      spec.name,
    );
  },
};
