import { dirname, join } from "node:path";
import type { CommandSpec } from "../args.js";
import { CliError, describeFsError } from "../cli-error.js";
import type { Command } from "../command.js";
import { scaffoldFiles } from "../init/templates.js";
import { displayPath, resolvePath } from "../internal/paths.js";

const spec: CommandSpec = {
  name: "init",
  summary:
    "Scaffold a content repo: an example pathway and profile, editor settings, a CI workflow.",
  usage: "init [dir] [--force]",
  description:
    "Writes an example pathway and an example profile with its expected next steps (both with the schema modeline), a README, VS Code settings and extension recommendations, and a GitHub workflow that runs `pathwise validate --format github` and `pathwise test`. When any of these files already exists, nothing is written unless --force is given.",
  arguments: [
    { name: "dir", description: "The folder to scaffold (default: the current folder)." },
  ],
  options: [
    {
      name: "force",
      type: "boolean",
      description: "Overwrite files that already exist.",
    },
  ],
  examples: [
    "pathwise init",
    "pathwise init careers && cd careers && pathwise validate && pathwise test",
  ],
};

/** `pathwise init`. */
export const initCommand: Command = {
  spec,
  async run(args, { io, version }) {
    if (args.positionals.length > 1) {
      throw new CliError("`pathwise init` takes one folder.", spec.name);
    }
    const root = resolvePath(io.cwd, args.positionals[0] ?? ".");
    const rootStat = await io.fs.stat(root).catch((error: unknown) => {
      throw new CliError(`Cannot use \`${displayPath(io.cwd, root)}\`: ${describeFsError(error)}.`);
    });
    if (rootStat && !rootStat.isDirectory) {
      throw new CliError(`\`${displayPath(io.cwd, root)}\` exists and is not a folder.`);
    }
    const files = scaffoldFiles({ today: io.today(), version });
    if (args.values.force !== true) {
      const existing: string[] = [];
      for (const f of files) {
        if (await io.fs.stat(join(root, f.path)).catch(() => ({ isFile: true }))) {
          existing.push(displayPath(io.cwd, join(root, f.path)));
        }
      }
      if (existing.length > 0) {
        throw new CliError(
          `Not overwriting ${existing.map((e) => `\`${e}\``).join(", ")}; nothing was written. Use --force to overwrite.`,
        );
      }
    }
    for (const f of files) {
      const target = join(root, f.path);
      try {
        await io.fs.mkdir(dirname(target));
        await io.fs.writeFileAtomic(target, f.text);
      } catch (error) {
        throw new CliError(
          `Cannot write \`${displayPath(io.cwd, target)}\`: ${describeFsError(error)}.`,
        );
      }
      io.stdout.write(`created ${displayPath(io.cwd, target)}\n`);
    }
    const cd = args.positionals[0] ? `cd ${args.positionals[0]} && ` : "";
    io.stdout.write(`\nNext: ${cd}pathwise validate && pathwise test\n`);
    return 0;
  },
};
