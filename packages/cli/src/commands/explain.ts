import { explain, renderExplanation } from "@pathwise/core";
import type { CommandSpec } from "../args.js";
import { CliError } from "../cli-error.js";
import type { Command } from "../command.js";
import { callEngine } from "../internal/load-file.js";
import { engineInput, localeOption, printResult } from "./engine-command.js";
import { engineOptions } from "./engine-options.js";

const spec: CommandSpec = {
  name: "explain",
  summary: "Explain why a step, role or credential is or is not available to a person.",
  usage: "explain --pathway <file> --profile <file> [--date date] [--locale en|es] [--json] <id>",
  description:
    "Evaluates the requirements of a step, role or credential against the profile and prints them as a tree marked ✓ and ✗, the smallest set of missing facts, and for a goal not yet reached the quickest plan to it. Exits 1 when the pathway or profile has errors.",
  arguments: [
    {
      name: "id",
      description:
        "A step, role or credential id; prefix it (step:ID, role:ID, credential:ID) when two kinds share it.",
    },
  ],
  options: engineOptions,
  examples: [
    "pathwise explain -p pathways/pharmacy-technician.pathway.yaml -P me.profile.yaml role:lead-technician",
    "pathwise explain -p pathways/pharmacy-technician.pathway.yaml -P me.profile.yaml earn-ptcb-cpht --json",
  ],
};

/** `pathwise explain`. */
export const explainCommand: Command = {
  spec,
  async run(args, { io }) {
    if (args.positionals.length !== 1) {
      throw new CliError(
        args.positionals.length === 0
          ? "`pathwise explain` needs the id of a step, role or credential."
          : "`pathwise explain` takes one id.",
        spec.name,
      );
    }
    const target = args.positionals[0] as string;
    const words = localeOption(args, spec.name);
    const input = await engineInput(spec, args, io);
    if (!input) return 1;
    const explanation = callEngine(spec.name, () =>
      explain(input.pathway, input.profile, target, { date: input.date, ...words }),
    );
    printResult(io, args, explanation, () => renderExplanation(explanation, words));
    return 0;
  },
};
