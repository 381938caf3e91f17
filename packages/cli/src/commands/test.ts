import {
  checkExpectations,
  type ExpectationReport,
  loadPathway,
  loadProfile,
  type Pathway,
  renderExpectationReport,
} from "@pathwise/core";
import { type CommandSpec, dateOption } from "../args.js";
import { CliError, describeFsError } from "../cli-error.js";
import type { Command } from "../command.js";
import { colorsFor } from "../internal/color.js";
import { findInputFiles, type InputFile } from "../internal/find-files.js";
import { printErrors } from "../internal/load-file.js";
import { pickPathway } from "../internal/pick-pathway.js";
import { plural } from "../report/validation-report.js";

const spec: CommandSpec = {
  name: "test",
  summary: "Run the example profiles a pathway ships against their expected next steps and plans.",
  usage: "test [paths...] [--date date] [--json]",
  description:
    "Finds *.profile.yaml files with an `expect:` section in the given files, folders and globs (default: pathways/), checks each against the pathway it names (found among the same paths), and compares the engine's answer with the expectations: the first recommended steps (`next`), steps that must or must not be recommended (`includes`, `excludes`), whether the first goal is `reachable`, and steps its `plan` must contain. Prints a diff for each failure. Exits 0 when every expectation holds, 1 when one fails or a file has errors, 2 on a usage or I/O error or when no profile has expectations.",
  arguments: [
    {
      name: "paths",
      description: "Files, folders or globs with pathways and profiles (default: pathways/).",
    },
  ],
  options: [
    {
      name: "date",
      type: "string",
      value: "date",
      description: "The evaluation date for profiles without their own `date` (default: today).",
    },
    { name: "json", type: "boolean", description: "Print the results as JSON." },
  ],
  examples: ["pathwise test", "pathwise test pathways/ --json"],
};

interface ProfileResult {
  readonly file: string;
  readonly pathway?: string;
  readonly ok: boolean;
  readonly report?: ExpectationReport;
  /** Why the profile could not be tested, when it could not. */
  readonly error?: string;
}

/** `pathwise test`. */
export const testCommand: Command = {
  spec,
  async run(args, { io }) {
    const date = dateOption(args, "date", spec.name) ?? io.today();
    const inputs = args.positionals.length > 0 ? args.positionals : ["pathways"];
    const files = await findInputFiles(inputs, io, spec.name);
    const read = async (file: InputFile) => {
      try {
        return await io.fs.readFile(file.absolute);
      } catch (error) {
        throw new CliError(`Cannot read \`${file.display}\`: ${describeFsError(error)}.`);
      }
    };
    let failed = false;
    const pathways = new Map<string, Pathway>();
    for (const file of files.filter((f) => f.kind === "pathway")) {
      const result = loadPathway(await read(file), { today: date });
      if (result.ok) pathways.set(result.value.id, result.value);
      else {
        printErrors(io, file.display, "pathway", result.diagnostics);
        failed = true;
      }
    }
    const results: ProfileResult[] = [];
    let untested = 0;
    for (const file of files.filter((f) => f.kind === "profile")) {
      const bytes = await read(file);
      const shape = loadProfile(bytes);
      if (!shape.ok) {
        printErrors(io, file.display, "profile", shape.diagnostics);
        results.push({ file: file.display, ok: false, error: "the profile has errors" });
        continue;
      }
      if (!shape.value.expect) {
        untested++;
        continue;
      }
      const pathway = pickPathway(shape.value.pathway, pathways);
      if (!pathway) {
        results.push({
          file: file.display,
          ok: false,
          error: `no valid pathway \`${shape.value.pathway}\` among the given paths`,
        });
        continue;
      }
      const checked = loadProfile(bytes, { pathway, today: shape.value.date ?? date });
      if (!checked.ok) {
        printErrors(io, file.display, "profile", checked.diagnostics);
        results.push({
          file: file.display,
          pathway: pathway.id,
          ok: false,
          error: "the profile has errors",
        });
        continue;
      }
      const report = checkExpectations(pathway, checked.value, { date });
      results.push({ file: file.display, pathway: pathway.id, ok: report.ok, report });
    }
    if (results.length === 0) {
      throw new CliError(
        `No profile with expectations (\`expect:\`) in ${inputs.map((i) => `\`${i}\``).join(", ")}${untested > 0 ? ` (${plural(untested, "profile")} without)` : ""}.`,
      );
    }
    if (results.some((r) => !r.ok)) failed = true;
    if (args.values.json === true) {
      io.stdout.write(`${JSON.stringify({ ok: !failed, profiles: results, untested }, null, 2)}\n`);
      return failed ? 1 : 0;
    }
    const c = colorsFor(io.stdout, io.env);
    for (const r of results) {
      const text = r.report
        ? renderExpectationReport(r.file, r.report)
        : `✗ ${r.file}: ${r.error}\n`;
      io.stdout.write(text.replace(/^✓/, c.green("✓")).replace(/^✗/, c.red("✗")));
    }
    const passed = results.filter((r) => r.ok).length;
    const summary = `${plural(results.length, "profile")}: ${passed} passed, ${results.length - passed} failed${untested > 0 ? ` (${untested} without expectations)` : ""}.`;
    io.stdout.write(`\n${failed ? c.red(summary) : c.green(summary)}\n`);
    return failed ? 1 : 0;
  },
};
