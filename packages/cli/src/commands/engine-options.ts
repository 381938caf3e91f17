import type { OptionSpec } from "../args.js";

/** The options `next`, `plan` and `explain` share. */
export const engineOptions: readonly OptionSpec[] = [
  {
    name: "pathway",
    short: "p",
    type: "string",
    value: "file",
    description: "The pathway file (required).",
  },
  {
    name: "profile",
    short: "P",
    type: "string",
    value: "file",
    description: "The person's profile, YAML or JSON (required).",
  },
  {
    name: "date",
    type: "string",
    value: "date",
    description: "The evaluation date, YYYY-MM-DD (default: the profile's `date`, else today).",
  },
  {
    name: "locale",
    type: "string",
    value: "locale",
    description: "The language of the answer's sentences and labels: `en` (default) or `es`.",
  },
  {
    name: "json",
    type: "boolean",
    description: "Print the engine's result as JSON instead of text.",
  },
];
