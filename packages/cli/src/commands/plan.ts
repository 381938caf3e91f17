import { type Pathway, parseGoal, planRoute, renderPlan } from "@pathwise/core";
import { type CommandSpec, stringOption } from "../args.js";
import { CliError } from "../cli-error.js";
import type { Command } from "../command.js";
import { callEngine } from "../internal/load-file.js";
import { suggest } from "../internal/suggest.js";
import { engineInput, localeOption, printResult } from "./engine-command.js";
import { engineOptions } from "./engine-options.js";

const spec: CommandSpec = {
  name: "plan",
  summary: "Plan a route to a goal: ordered steps, waits, earliest dates, effort and cost.",
  usage:
    "plan --pathway <file> --profile <file> [--goal kind:id] [--date date] [--locale en|es] [--json]",
  description:
    "Plans the quickest route from the person's profile to a goal: the steps, role changes and waits for experience in order, with earliest start and finish dates and the total effort and cost; or, when the goal cannot be reached, what blocks it. Exits 0 either way (an unreachable goal is an answer, not an error), 1 when the pathway or profile has errors.",
  options: [
    ...engineOptions,
    {
      name: "goal",
      short: "g",
      type: "string",
      value: "kind:id",
      description:
        "The goal: role:ID, setting:ID or credential:ID (default: the profile's first goal).",
    },
  ],
  examples: [
    "pathwise plan -p pathways/pharmacy-technician.pathway.yaml -P me.profile.yaml --goal role:lead-technician",
    "pathwise plan -p pathways/pharmacy-technician.pathway.yaml -P me.profile.yaml --goal credential:ptcb-cspt --json",
  ],
};

/** `pathwise plan`. */
export const planCommand: Command = {
  spec,
  async run(args, { io }) {
    if (args.positionals.length > 0) {
      throw new CliError(
        `\`pathwise plan\` takes no arguments; give the goal as \`--goal ${args.positionals[0]}\`.`,
        spec.name,
      );
    }
    const goalText = stringOption(args, "goal", spec.name);
    const words = localeOption(args, spec.name);
    const input = await engineInput(spec, args, io);
    if (!input) return 1;
    const goal = goalText
      ? callEngine(
          spec.name,
          () => parseGoal(goalText, input.pathway),
          goalSuggestion(goalText, input.pathway),
        )
      : input.profile.goals?.[0];
    if (!goal) {
      throw new CliError(
        "The profile has no goals; name one with `--goal role:ID`, `setting:ID` or `credential:ID`.",
        spec.name,
      );
    }
    const plan = callEngine(spec.name, () =>
      planRoute(input.pathway, input.profile, goal, { date: input.date, ...words }),
    );
    printResult(io, args, plan, () => renderPlan(plan, words));
    return 0;
  },
};

/** "Did you mean" for a goal whose id is misspelt, as a sentence to add to the error. */
function goalSuggestion(text: string, pathway: Pathway): string | undefined {
  const match = /^(role|setting|credential):(.+)$/.exec(text.trim());
  if (!match) return undefined;
  const kind = match[1] as "role" | "setting" | "credential";
  const close = suggest(match[2] as string, Object.keys(pathway[`${kind}s`]));
  return close ? `Did you mean \`${kind}:${close}\`?` : undefined;
}
