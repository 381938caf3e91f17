import { analyzeProfile, type PathSegment, type Pathway } from "@pathwise/core";
import { type CommandSpec, stringOption } from "../args.js";
import { CliError, describeFsError } from "../cli-error.js";
import type { Command } from "../command.js";
import { type FileSearch, findInputFiles, type InputFile } from "../internal/find-files.js";
import { loadPathwayFile, printErrors } from "../internal/load-file.js";
import type { CliIo } from "../io.js";
import { type IdChange, rewriteRenamedIds } from "../migrate/rewrite-renamed-ids.js";
import { plural } from "../report/validation-report.js";

const spec: CommandSpec = {
  name: "migrate",
  summary: "Rewrite ids in saved profiles that the pathway has renamed (its `renamed` map).",
  usage: "migrate --pathway <file> <paths...> [--write]",
  description:
    "Finds the ids in the given profiles (YAML or JSON) that the pathway lists under `renamed` and replaces each with its current id, changing nothing else: comments, quoting and layout stay as they were, and each file is replaced all at once. Without --write, prints what would change and exits 1 when anything would, so CI can check that saved profiles are current; with --write, rewrites the files and exits 0. Exits 1 when the pathway or a profile has errors (they are printed, and the renamed ids of such a profile are still migrated), 2 on a usage or I/O error.",
  arguments: [
    {
      name: "paths",
      description:
        "Profile files, folders or globs; folders are searched for *.profile.yaml and *.profile.json.",
    },
  ],
  options: [
    {
      name: "pathway",
      short: "p",
      type: "string",
      value: "file",
      description: "The pathway the profiles are for (required).",
    },
    {
      name: "write",
      type: "boolean",
      description: "Rewrite the profiles instead of only reporting what would change.",
    },
  ],
  examples: [
    "pathwise migrate -p pathways/pharmacy-technician.pathway.yaml profiles/",
    "pathwise migrate -p pathways/pharmacy-technician.pathway.yaml profiles/ --write",
    'pathwise migrate -p pathways/pharmacy-technician.pathway.yaml "saved/**/*.json" --write',
  ],
};

/** Profiles, YAML or JSON, as `migrate` looks for them in folders. */
const profileFiles: FileSearch = {
  kinds: [
    { suffix: ".profile.yaml", kind: "profile" },
    { suffix: ".profile.json", kind: "profile" },
  ],
  what: "profile files",
};

/** `pathwise migrate`. */
export const migrateCommand: Command = {
  spec,
  async run(args, { io }) {
    const pathwayPath = stringOption(args, "pathway", spec.name);
    if (!pathwayPath) {
      throw new CliError(`\`pathwise ${spec.name}\` needs \`--pathway <file>\`.`, spec.name);
    }
    if (args.positionals.length === 0) {
      throw new CliError(
        `\`pathwise ${spec.name}\` needs the profiles to migrate: files, folders or globs.`,
        spec.name,
      );
    }
    const write = args.values.write === true;
    const files = await findInputFiles(args.positionals, io, spec.name, profileFiles);
    const pathway = await loadPathwayFile(pathwayPath, io, io.today());
    if (!pathway) return 1;
    let ioFailed = false;
    let hasErrors = false;
    let changedFiles = 0;
    let changedIds = 0;
    for (const file of files) {
      const outcome = await migrateFile(file, pathway, write, io);
      if (outcome === "io-error") {
        ioFailed = true;
        continue;
      }
      if (outcome.hasErrors) hasErrors = true;
      if (outcome.changes.length === 0) continue;
      changedFiles++;
      changedIds += outcome.changes.length;
      io.stdout.write(renderChanges(file.display, outcome.changes, write));
    }
    const checked = plural(files.length, "profile");
    if (changedFiles === 0) {
      io.stdout.write(`✔ ${checked} checked; every id is current.\n`);
    } else if (write) {
      io.stdout.write(`Rewrote ${changedFiles} of ${checked} (${plural(changedIds, "id")}).\n`);
    } else {
      io.stdout.write(
        `${changedFiles} of ${checked} would change (${plural(changedIds, "id")}); run with --write to rewrite them.\n`,
      );
    }
    if (ioFailed) return 2;
    return hasErrors || (!write && changedFiles > 0) ? 1 : 0;
  },
};

const bom = "\uFEFF";

/** Migrates one profile: reads it, finds its renamed ids, and with `write` replaces the file. */
async function migrateFile(
  file: InputFile,
  pathway: Pathway,
  write: boolean,
  io: CliIo,
): Promise<"io-error" | { changes: IdChange[]; hasErrors: boolean }> {
  let bytes: Uint8Array;
  try {
    bytes = await io.fs.readFile(file.absolute);
  } catch (error) {
    io.stderr.write(`pathwise: Cannot read \`${file.display}\`: ${describeFsError(error)}.\n`);
    return "io-error";
  }
  const analysis = analyzeProfile(bytes, { pathway });
  const diagnostics = analysis.result.diagnostics;
  const hasErrors = diagnostics.some((d) => d.severity === "error");
  if (hasErrors) printErrors(io, file.display, "profile", diagnostics);
  const { text, changes } = rewriteRenamedIds(analysis.text, diagnostics);
  if (!write || changes.length === 0) return { changes, hasErrors };
  // Never write a file that would still name an old id: that would be a bug here, not in the file.
  const again = analyzeProfile(text, { pathway }).result.diagnostics;
  if (again.some((d) => d.code === "renamed-id")) {
    throw new Error(`rewriting \`${file.display}\` left renamed ids in it`);
  }
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    await io.fs.writeFileAtomic(file.absolute, hadBom ? bom + text : text);
  } catch (error) {
    io.stderr.write(`pathwise: Cannot write \`${file.display}\`: ${describeFsError(error)}.\n`);
    return "io-error";
  }
  return { changes, hasErrors };
}

/** A file's changes: its name, then `line:column  old → new  (path)` per id. */
function renderChanges(file: string, changes: readonly IdChange[], written: boolean): string {
  const at = changes.map((c) => `${c.line}:${c.column}`);
  const width = Math.max(...at.map((a) => a.length));
  const lines = [written ? `${file} (rewritten)` : file];
  changes.forEach((c, i) => {
    lines.push(`  ${(at[i] as string).padEnd(width)}  ${c.from} → ${c.to}  (${pathText(c.path)})`);
  });
  return `${lines.join("\n")}\n\n`;
}

/** A data path as people read it: `history[0].role`. */
function pathText(path: readonly PathSegment[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
