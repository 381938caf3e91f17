import { recommendSteps, renderRecommendations } from "@pathwise/core";
import { type CommandSpec, countOption } from "../args.js";
import { CliError } from "../cli-error.js";
import type { Command } from "../command.js";
import { callEngine } from "../internal/load-file.js";
import { engineInput, localeOption, printResult } from "./engine-command.js";
import { engineOptions } from "./engine-options.js";

const spec: CommandSpec = {
  name: "next",
  summary: "Recommend a person's next steps, with reasons, deadlines and what is close.",
  usage:
    "next --pathway <file> --profile <file> [--date date] [--limit n] [--locale en|es] [--json]",
  description:
    "Ranks the steps the person can take now toward their goals, each with its reasons (goal progress, what it unlocks, renewal deadlines, effort and cost), mixed across strategies; then their credentials with CE progress, their goals, and the steps one fact away. Exits 1 when the pathway or profile has errors.",
  options: [
    ...engineOptions,
    {
      name: "limit",
      short: "n",
      type: "string",
      value: "n",
      description: "How many steps to recommend (default 5).",
    },
  ],
  examples: [
    "pathwise next --pathway pathways/pharmacy-technician.pathway.yaml --profile me.profile.yaml",
    "pathwise next -p pathways/pharmacy-technician.pathway.yaml -P me.profile.yaml --limit 10 --json",
    "pathwise next -p pathways/pharmacy-technician.pathway.yaml -P me.profile.yaml --locale es",
  ],
};

/** `pathwise next`. */
export const nextCommand: Command = {
  spec,
  async run(args, { io }) {
    if (args.positionals.length > 0) {
      throw new CliError(`\`pathwise ${spec.name}\` takes no arguments.`, spec.name);
    }
    const limit = countOption(args, "limit", spec.name) ?? 5;
    const words = localeOption(args, spec.name);
    const input = await engineInput(spec, args, io);
    if (!input) return 1;
    const result = callEngine(spec.name, () =>
      recommendSteps(input.pathway, input.profile, { date: input.date, limit, ...words }),
    );
    printResult(io, args, result, () => renderRecommendations(result, words));
    return 0;
  },
};
