import { dirname } from "node:path";
import {
  type LoadPathwayOptions,
  type LoadProfileOptions,
  loadPathway,
  loadProfile,
  type Pathway,
} from "@pathwise/core";
import {
  type CommandSpec,
  choiceOption,
  countOption,
  dateOption,
  type ParsedArgs,
} from "../args.js";
import { CliError, describeFsError } from "../cli-error.js";
import type { Command } from "../command.js";
import { useColor } from "../internal/color.js";
import { findInputFiles, type InputFile } from "../internal/find-files.js";
import { displayPath, resolvePath } from "../internal/paths.js";
import { pickPathway } from "../internal/pick-pathway.js";
import { suggest } from "../internal/suggest.js";
import type { CliIo } from "../io.js";
import { type ReportFormat, renderReport, reportFormats } from "../report/render-report.js";
import {
  type FailLevel,
  type FileReport,
  reportFails,
  type ValidationReport,
} from "../report/validation-report.js";

const spec: CommandSpec = {
  name: "validate",
  summary: "Check pathway files and report problems (stylish, json, github, sarif, junit).",
  usage: "validate [paths...] [options]",
  description:
    "Validates every *.pathway.yaml and *.profile.yaml file in the given files, folders and globs with the same checks, codes and positions as the library and the editor. Exits 0 when clean, 1 when a problem is at or above the --fail-on level, 2 on a usage or I/O error (including a path that does not exist, or a folder or glob with no pathway files). A profile is checked against the validated pathway whose id it names (or the only one).",
  arguments: [
    { name: "paths", description: "Files, folders or globs to validate (default: pathways/)." },
  ],
  options: [
    {
      name: "format",
      short: "f",
      type: "string",
      multiple: true,
      value: "name[=file]",
      description: `Output format: ${reportFormats.join(", ")} (default stylish). Repeat to write several; \`name=file\` writes that format to a file instead of standard output (at most one format goes to standard output).`,
    },
    {
      name: "fail-on",
      type: "string",
      value: "level",
      description: "The lowest severity that fails the run: error (default) or warning.",
    },
    {
      name: "today",
      type: "string",
      value: "date",
      description: "The evaluation date for the staleness checks, as YYYY-MM-DD (default: today).",
    },
    {
      name: "max-bytes",
      type: "string",
      value: "n",
      description: "Size limit per file, in characters (default 16777216).",
    },
    {
      name: "max-depth",
      type: "string",
      value: "n",
      description: "Nesting limit of maps and lists (default 64).",
    },
    {
      name: "max-alias-nodes",
      type: "string",
      value: "n",
      description: "Limit on the nodes YAML aliases may expand to (default 100000).",
    },
    {
      name: "max-diagnostics",
      type: "string",
      value: "n",
      description:
        "Most diagnostics listed per file; the rest are counted in one final diagnostic (default 1000).",
    },
  ],
  examples: [
    "pathwise validate",
    "pathwise validate pathways/pharmacy-technician.pathway.yaml",
    'pathwise validate "content/**/*.pathway.yaml" --fail-on warning',
    "pathwise validate --format github --format sarif=pathwise.sarif",
    "pathwise validate --format json=report.json --format junit=junit.xml --today 2026-11-24",
  ],
};

/** One requested output: a format, and a file or standard output. */
interface OutputTarget {
  readonly format: ReportFormat;
  /** Absolute path, or undefined for standard output. */
  readonly file?: string;
}

/** `pathwise validate`. */
export const validateCommand: Command = {
  spec,
  async run(args, context) {
    const { io } = context;
    const targets = parseTargets(args, io);
    const failOn: FailLevel =
      choiceOption(args, "fail-on", ["error", "warning"], spec.name) ?? "error";
    const today = dateOption(args, "today", spec.name) ?? io.today();
    const options: LoadPathwayOptions = { today, ...limits(args) };
    // Every output folder is checked before any work, so a typo in a path costs nothing and
    // leaves nothing behind.
    for (const target of targets) if (target.file) await checkWritable(target.file, io);
    const inputs = args.positionals.length > 0 ? args.positionals : ["pathways"];
    if (args.positionals.length === 0 && !(await io.fs.stat(resolvePath(io.cwd, "pathways")))) {
      throw new CliError(
        "No paths given and there is no `pathways/` folder here; name the files or folders to validate.",
        spec.name,
      );
    }
    const files = await findInputFiles(inputs, io, spec.name);
    await refuseInputsAsOutputs(targets, files, io);
    const { reports, ioFailed } = await validateFiles(files, options, io);
    const report: ValidationReport = {
      files: reports,
      failOn,
      today,
      tool: { name: "pathwise", version: context.version },
    };
    const rendered = targets.map((t) => ({
      target: t,
      text: renderReport(t.format, report, {
        color: t.file === undefined && useColor(io.stdout, io.env),
      }),
    }));
    let writeFailed = false;
    for (const { target, text } of rendered) {
      if (target.file === undefined) {
        io.stdout.write(text);
        continue;
      }
      try {
        await io.fs.writeFileAtomic(target.file, text);
      } catch (error) {
        io.stderr.write(
          `pathwise: Cannot write \`${displayPath(io.cwd, target.file)}\`: ${describeFsError(error)}.\n`,
        );
        writeFailed = true;
      }
    }
    if (ioFailed || writeFailed) return 2;
    return reportFails(report) ? 1 : 0;
  },
};

function parseTargets(args: ParsedArgs, io: CliIo): OutputTarget[] {
  const raw = args.values.format;
  const values = raw === undefined ? ["stylish"] : Array.isArray(raw) ? raw : [String(raw)];
  const targets: OutputTarget[] = [];
  for (const value of values) {
    const eq = value.indexOf("=");
    const name = eq < 0 ? value : value.slice(0, eq);
    if (!(reportFormats as readonly string[]).includes(name)) {
      const close = suggest(name, reportFormats);
      throw new CliError(
        close
          ? `Unknown format \`${name}\`; did you mean \`${close}\`?`
          : `Unknown format \`${name}\`; expected one of ${reportFormats.join(", ")}.`,
        spec.name,
      );
    }
    const file = eq < 0 ? undefined : value.slice(eq + 1);
    if (file === "") {
      throw new CliError(`\`--format ${name}=\` needs a file name after \`=\`.`, spec.name);
    }
    targets.push({
      format: name as ReportFormat,
      ...(file !== undefined ? { file: resolvePath(io.cwd, file) } : {}),
    });
  }
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    throw new CliError(
      `Only one format can go to standard output, found ${toStdout.map((t) => t.format).join(" and ")}; send the others to files, as in \`--format ${toStdout[1]?.format}=report.out\`.`,
      spec.name,
    );
  }
  const seen = new Set<string>();
  for (const t of targets) {
    if (t.file === undefined) continue;
    if (seen.has(t.file)) {
      throw new CliError(
        `Two formats would write the same file \`${displayPath(io.cwd, t.file)}\`.`,
        spec.name,
      );
    }
    seen.add(t.file);
  }
  return targets;
}

function limits(args: ParsedArgs): LoadPathwayOptions {
  const out: {
    maxBytes?: number;
    maxDepth?: number;
    maxAliasNodes?: number;
    maxDiagnostics?: number;
  } = {};
  const maxBytes = countOption(args, "max-bytes", spec.name);
  const maxDepth = countOption(args, "max-depth", spec.name);
  const maxAliasNodes = countOption(args, "max-alias-nodes", spec.name);
  if (maxBytes !== undefined) out.maxBytes = maxBytes;
  if (maxDepth !== undefined) out.maxDepth = maxDepth;
  if (maxAliasNodes !== undefined) out.maxAliasNodes = maxAliasNodes;
  const maxDiagnostics = countOption(args, "max-diagnostics", spec.name);
  if (maxDiagnostics !== undefined) out.maxDiagnostics = maxDiagnostics;
  return out;
}

/** A report written over a file being validated would destroy it: refused before any work. */
async function refuseInputsAsOutputs(
  targets: readonly OutputTarget[],
  files: readonly InputFile[],
  io: CliIo,
): Promise<void> {
  const inputs = new Map(files.map((f) => [f.real, f]));
  for (const target of targets) {
    if (target.file === undefined) continue;
    let real = target.file;
    try {
      real = await io.fs.realpath(target.file);
    } catch {
      // A file that does not exist yet is no input.
    }
    const input = inputs.get(real);
    if (input) {
      throw new CliError(
        `Refusing to write the ${target.format} report to \`${displayPath(io.cwd, target.file)}\`: it is one of the files being validated (\`${input.display}\`).`,
        spec.name,
      );
    }
  }
}

async function checkWritable(file: string, io: CliIo): Promise<void> {
  const shown = displayPath(io.cwd, file);
  const folder = dirname(file);
  let folderStat: Awaited<ReturnType<CliIo["fs"]["stat"]>>;
  let fileStat: Awaited<ReturnType<CliIo["fs"]["stat"]>>;
  try {
    folderStat = await io.fs.stat(folder);
    fileStat = await io.fs.stat(file);
  } catch (error) {
    throw new CliError(`Cannot write \`${shown}\`: ${describeFsError(error)}.`);
  }
  if (!folderStat?.isDirectory) {
    throw new CliError(
      `Cannot write \`${shown}\`: the folder \`${displayPath(io.cwd, folder)}\` does not exist.`,
    );
  }
  if (fileStat?.isDirectory) throw new CliError(`Cannot write \`${shown}\`: it is a folder.`);
}

async function validateFiles(
  files: readonly InputFile[],
  options: LoadPathwayOptions,
  io: CliIo,
): Promise<{ reports: FileReport[]; ioFailed: boolean }> {
  const reports = new Map<InputFile, FileReport>();
  const pathways = new Map<string, Pathway>();
  let ioFailed = false;
  // A progress line only when a person watches and the wait is long enough to wonder.
  const progress = io.stderr.isTTY === true && files.length >= 20;
  let done = 0;
  const read = async (file: InputFile): Promise<Uint8Array | undefined> => {
    if (progress)
      io.stderr.write(`\r\u001b[KValidating ${++done}/${files.length}: ${file.display}`);
    try {
      return await io.fs.readFile(file.absolute);
    } catch (error) {
      if (progress) io.stderr.write("\r\u001b[K");
      io.stderr.write(`pathwise: Cannot read \`${file.display}\`: ${describeFsError(error)}.\n`);
      ioFailed = true;
      return undefined;
    }
  };
  // Pathways first: each profile is checked against the pathway it names.
  for (const file of files.filter((f) => f.kind === "pathway")) {
    const bytes = await read(file);
    if (!bytes) continue;
    const result = loadPathway(bytes, options);
    if (result.ok && !pathways.has(result.value.id)) pathways.set(result.value.id, result.value);
    reports.set(file, { file: file.display, kind: file.kind, diagnostics: result.diagnostics });
  }
  for (const file of files.filter((f) => f.kind === "profile")) {
    const bytes = await read(file);
    if (!bytes) continue;
    const profileOptions: LoadProfileOptions = options;
    let result = loadProfile(bytes, profileOptions);
    const pathway = result.ok ? pickPathway(result.value.pathway, pathways) : undefined;
    if (pathway) result = loadProfile(bytes, { ...profileOptions, pathway });
    else if (result.ok) {
      if (progress) io.stderr.write("\r\u001b[K");
      io.stderr.write(
        `pathwise: \`${file.display}\` is for pathway \`${result.value.pathway}\`, which is not among the validated files; only its shape was checked.\n`,
      );
    }
    reports.set(file, { file: file.display, kind: file.kind, diagnostics: result.diagnostics });
  }
  if (progress) io.stderr.write("\r\u001b[K");
  // Reports keep the files' (sorted) order.
  return { reports: files.flatMap((f) => reports.get(f) ?? []), ioFailed };
}
