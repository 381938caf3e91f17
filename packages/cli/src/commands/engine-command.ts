import { locales, type MessageCatalog, messagesFor } from "@pathwise/core";
import {
  type CommandSpec,
  choiceOption,
  dateOption,
  type ParsedArgs,
  stringOption,
} from "../args.js";
import { CliError } from "../cli-error.js";
import { type EngineInput, loadEngineInput } from "../internal/load-file.js";
import type { CliIo } from "../io.js";

/** Reads `--pathway`, `--profile` and `--date` and loads both files for an engine command. */
export async function engineInput(
  spec: CommandSpec,
  args: ParsedArgs,
  io: CliIo,
): Promise<EngineInput | undefined> {
  const pathway = stringOption(args, "pathway", spec.name);
  const profile = stringOption(args, "profile", spec.name);
  const date = dateOption(args, "date", spec.name);
  if (!pathway || !profile) {
    const missing = [!pathway && "`--pathway <file>`", !profile && "`--profile <file>`"].filter(
      Boolean,
    );
    throw new CliError(`\`pathwise ${spec.name}\` needs ${missing.join(" and ")}.`, spec.name);
  }
  return loadEngineInput(pathway, profile, date, io);
}

/**
 * The catalog `--locale` asks for, or undefined for English (the engine's default words). An
 * unknown locale is a usage error.
 */
export function localeOption(args: ParsedArgs, command: string): { messages?: MessageCatalog } {
  const locale = choiceOption(args, "locale", locales, command);
  return locale === undefined || locale === "en" ? {} : { messages: messagesFor(locale) };
}

/** Prints a result as JSON or as the given text. */
export function printResult(io: CliIo, args: ParsedArgs, value: unknown, text: () => string): void {
  io.stdout.write(args.values.json === true ? `${JSON.stringify(value, null, 2)}\n` : text());
}
