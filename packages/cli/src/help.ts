import { type CommandSpec, helpOption, type OptionSpec } from "./args.js";

/** The help of one command, as `pathwise <command> --help` prints it. */
export function renderCommandHelp(spec: CommandSpec): string {
  const lines = [`Usage: pathwise ${spec.usage}`, ""];
  if (spec.description) lines.push(...wrap(spec.description, 100), "");
  if (spec.arguments && spec.arguments.length > 0) {
    lines.push("Arguments:");
    lines.push(...table(spec.arguments.map((a) => [a.name, a.description])), "");
  }
  lines.push("Options:");
  lines.push(...table([...spec.options, helpOption].map((o) => [optionLabel(o), o.description])));
  lines.push("", "Examples:", ...spec.examples.map((e) => `  ${e}`));
  return `${lines.join("\n")}\n`;
}

/** The overview `pathwise --help` prints. */
export function renderMainHelp(specs: readonly CommandSpec[], version: string): string {
  const lines = [
    `pathwise ${version}: validate career pathways and ask the engine what to do next.`,
    "",
    "Usage: pathwise <command> [options]",
    "",
    "Commands:",
    ...table(specs.map((s) => [s.name, s.summary])),
    "",
    "Options:",
    ...table([
      ["-h, --help", "Show help; `pathwise <command> --help` shows a command's."],
      ["-v, --version", "Show the version."],
    ]),
    "",
    "Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage or I/O error.",
    "Documentation: docs/cli.md in the Pathwise repository.",
  ];
  return `${lines.join("\n")}\n`;
}

function optionLabel(o: OptionSpec): string {
  const long = `--${o.name}${o.type === "string" ? ` <${o.value ?? "value"}>` : ""}`;
  return o.short ? `-${o.short}, ${long}` : `    ${long}`;
}

/** Two aligned columns, the second wrapped at 100 characters. */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  const out: string[] = [];
  for (const [left, right] of rows) {
    const words = right.split(" ");
    let line = `  ${left.padEnd(width)}`;
    let empty = true;
    for (const word of words) {
      if (!empty && line.length + 1 + word.length > 100) {
        out.push(line);
        line = `  ${"".padEnd(width)}${word}`;
        continue;
      }
      line += empty ? word : ` ${word}`;
      empty = false;
    }
    out.push(line);
  }
  return out;
}

/** Words wrapped into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
