import { parseArgs } from "node:util";
import { dateRange } from "@pathwise/core";
import { CliError } from "./cli-error.js";
import { didYouMean } from "./internal/suggest.js";

/** One option of a command, as parsed and as shown in its help. */
export interface OptionSpec {
  /** The long name, without `--`. */
  readonly name: string;
  /** A one-letter alias, without `-`. */
  readonly short?: string;
  readonly type: "string" | "boolean";
  /** Whether the option may repeat (its values are collected in order). */
  readonly multiple?: boolean;
  /** The value's placeholder in help, such as `date`. */
  readonly value?: string;
  readonly description: string;
}

/** A command's interface: what its help shows and what its parser accepts. */
export interface CommandSpec {
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** The synopsis after `pathwise `, such as `validate [paths...] [options]`. */
  readonly usage: string;
  /** Paragraphs after the synopsis. */
  readonly description?: string;
  readonly arguments?: readonly { readonly name: string; readonly description: string }[];
  readonly options: readonly OptionSpec[];
  readonly examples: readonly string[];
}

/** Every command accepts `--help`. */
export const helpOption: OptionSpec = {
  name: "help",
  short: "h",
  type: "boolean",
  description: "Show this help.",
};

/** What a command receives: option values by long name, and the positional arguments. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Parses a command's arguments strictly: an unknown option, a missing value or a value given
 * to a flag is a {@link CliError} naming the option, with a suggestion when one is close.
 */
export function parseCommandArgs(spec: CommandSpec, args: readonly string[]): ParsedArgs {
  const all = [...spec.options, helpOption];
  const options: Record<
    string,
    { type: "string" | "boolean"; short?: string; multiple?: boolean }
  > = {};
  for (const o of all) {
    options[o.name] = {
      type: o.type,
      ...(o.short ? { short: o.short } : {}),
      // Every string option is collected as a list so that a repeated single-valued option is
      // refused rather than silently overridden (see stringOption).
      ...(o.multiple || o.type === "string" ? { multiple: true } : {}),
    };
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (error) {
    throw toUsageError(error, spec, all);
  }
}

function toUsageError(error: unknown, spec: CommandSpec, all: readonly OptionSpec[]): CliError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  // Node names the option as '--name', '-n' or '-n, --name <value>'; prefer the long form.
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? "";
  const named = /--[^\s=<]+/.exec(quoted)?.[0] ?? /-[^\s,=<]+/.exec(quoted)?.[0] ?? quoted;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const bare = named.replace(/=.*$/, "");
    const candidates = bare.startsWith("--")
      ? all.map((o) => `--${o.name}`)
      : all.flatMap((o) => (o.short ? [`-${o.short}`] : [])).concat(all.map((o) => `--${o.name}`));
    return new CliError(
      `Unknown option \`${bare}\` for \`pathwise ${spec.name}\`${didYouMean(bare, candidates)}`,
      spec.name,
    );
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = all.find((o) => named === `--${o.name}` || named === `-${o.short}`);
    if (option?.type === "boolean") {
      return new CliError(`Option \`--${option.name}\` takes no value.`, spec.name);
    }
    const placeholder = option?.value ?? "value";
    return new CliError(
      `Option \`${option ? `--${option.name}` : named}\` needs a value (\`${option ? `--${option.name}` : named} <${placeholder}>\`); to give a value that starts with a dash, write \`${option ? `--${option.name}` : named}=VALUE\`.`,
      spec.name,
    );
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    return new CliError(`\`pathwise ${spec.name}\` takes no arguments: ${message}`, spec.name);
  }
  return new CliError(message, spec.name);
}

/** The single value of a string option, refusing repeats that would silently override. */
export function stringOption(
  parsed: ParsedArgs,
  name: string,
  command: string,
): string | undefined {
  const value = parsed.values[name];
  if (Array.isArray(value) && value.length > 1) {
    throw new CliError(`Option \`--${name}\` is given more than once.`, command);
  }
  const single = Array.isArray(value) ? value[0] : value;
  return typeof single === "string" ? single : undefined;
}

/** A string option that must be one of a closed set of values. */
export function choiceOption<T extends string>(
  parsed: ParsedArgs,
  name: string,
  choices: readonly T[],
  command: string,
): T | undefined {
  const value = stringOption(parsed, name, command);
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new CliError(
      `Option \`--${name}\` expects ${choices.map((c) => `\`${c}\``).join(", ")}, found \`${value}\`${didYouMean(value, choices)}`,
      command,
    );
  }
  return value as T;
}

/** A positive whole-number option. */
export function countOption(parsed: ParsedArgs, name: string, command: string): number | undefined {
  const value = stringOption(parsed, name, command);
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]{0,14}$/.test(value)) {
    throw new CliError(
      `Option \`--${name}\` expects a whole number above 0, found \`${value}\`.`,
      command,
    );
  }
  return Number(value);
}

/** A `YYYY-MM-DD` option that must name a real calendar date. */
export function dateOption(parsed: ParsedArgs, name: string, command: string): string | undefined {
  const value = stringOption(parsed, name, command);
  if (value === undefined) return undefined;
  // A real calendar date: 2026-02-30 does not survive the round trip through Date.
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === value;
  if (!valid) {
    throw new CliError(
      `Option \`--${name}\` expects a date as YYYY-MM-DD, found \`${value}\`.`,
      command,
    );
  }
  if (value < dateRange.min || value > dateRange.max) {
    throw new CliError(
      `Option \`--${name}\` expects a date from ${dateRange.min} to ${dateRange.max}, found \`${value}\`.`,
      command,
    );
  }
  return value;
}
