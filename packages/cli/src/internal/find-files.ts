import { sep } from "node:path";
import { isDynamicPattern } from "tinyglobby";
import { CliError, describeFsError } from "../cli-error.js";
import type { CliIo } from "../io.js";
import { displayPath, resolvePath } from "./paths.js";

/** A file to validate. */
export interface InputFile {
  readonly absolute: string;
  /** Relative to the working folder, with `/` separators. */
  readonly display: string;
  /** The canonical path (symlinks resolved): what is read, and what a write would change. */
  readonly real: string;
  readonly kind: "pathway" | "profile";
}

/** The file name endings searched for in folders, and what each holds. */
export const fileKinds = [
  { suffix: ".pathway.yaml", kind: "pathway" },
  { suffix: ".profile.yaml", kind: "profile" },
] as const satisfies readonly {
  suffix: string;
  kind: InputFile["kind"];
}[];

/** What to look for in folders: file name endings, and what to call the files in messages. */
export interface FileSearch {
  readonly kinds: readonly { readonly suffix: string; readonly kind: InputFile["kind"] }[];
  /** Such as "pathway files". */
  readonly what: string;
}

/** Pathways and profiles, as `validate` and `test` look for them. */
export const pathwayFiles: FileSearch = { kinds: fileKinds, what: "pathway files" };

/**
 * Expands files, folders and globs into the files to work on (by default pathways and profiles), each once (by real path, so
 * a symlink loop cannot repeat a file), sorted by path. A path that does not exist, a glob
 * that matches nothing, or a folder without pathway files is a {@link CliError}: a CI job
 * that validates nothing must not pass silently.
 */
export async function findInputFiles(
  inputs: readonly string[],
  io: CliIo,
  command: string,
  search: FileSearch = pathwayFiles,
): Promise<InputFile[]> {
  const folderPatterns = search.kinds.map((k) => `**/*${k.suffix}`);
  const kindOf = (path: string): InputFile["kind"] =>
    search.kinds.find((k) => path.endsWith(k.suffix))?.kind ?? search.kinds[0]?.kind ?? "pathway";
  const found = new Map<string, InputFile>();
  const realOf = async (absolute: string) => {
    try {
      return await io.fs.realpath(absolute);
    } catch (error) {
      throw new CliError(
        `Cannot read \`${displayPath(io.cwd, absolute)}\`: ${describeFsError(error)}.`,
      );
    }
  };
  const add = async (absolute: string, kind: InputFile["kind"], within?: string) => {
    const real = await realOf(absolute);
    // A folder is searched inside itself only: a symlink such as `parent -> ..` does not lead
    // the search (and `migrate --write`) to files outside the folder that was named.
    if (within !== undefined && !real.startsWith(within)) return false;
    if (!found.has(real))
      found.set(real, { absolute, display: displayPath(io.cwd, absolute), real, kind });
    return true;
  };
  for (const input of inputs) {
    const absolute = resolvePath(io.cwd, input);
    let stat: Awaited<ReturnType<CliIo["fs"]["stat"]>>;
    try {
      stat = await io.fs.stat(absolute);
    } catch (error) {
      throw new CliError(`Cannot read \`${input}\`: ${describeFsError(error)}.`);
    }
    if (stat?.isFile) {
      await add(absolute, kindOf(absolute));
    } else if (stat?.isDirectory) {
      const files = await glob(io, folderPatterns, absolute, input);
      if (files.length === 0) {
        throw new CliError(
          `No ${search.what} (${search.kinds.map((k) => `*${k.suffix}`).join(", ")}) in \`${input}\`.`,
        );
      }
      const root = await realOf(absolute);
      const within = root.endsWith(sep) ? root : `${root}${sep}`;
      let outside = 0;
      for (const file of files) if (!(await add(file, kindOf(file), within))) outside++;
      if (outside > 0) {
        io.stderr.write(
          `pathwise: Skipped ${outside === 1 ? "1 file" : `${outside} files`} in \`${input}\` reached through symbolic links that lead out of it.\n`,
        );
      }
    } else if (isDynamicPattern(input)) {
      const files = await glob(io, [input], io.cwd, input);
      if (files.length === 0) throw new CliError(`No files match \`${input}\`.`);
      for (const file of files) await add(file, kindOf(file));
    } else if (stat) {
      throw new CliError(`\`${input}\` is neither a file nor a folder.`);
    } else {
      throw new CliError(`\`${input}\` does not exist.`, inputs.length === 0 ? undefined : command);
    }
  }
  return [...found.values()].sort((a, b) =>
    a.display < b.display ? -1 : a.display > b.display ? 1 : 0,
  );
}

async function glob(
  io: CliIo,
  patterns: readonly string[],
  cwd: string,
  input: string,
): Promise<string[]> {
  try {
    return await io.fs.glob(patterns, cwd);
  } catch (error) {
    throw new CliError(`Cannot search \`${input}\`: ${describeFsError(error)}.`);
  }
}
