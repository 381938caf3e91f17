import { loadPathway, type Pathway } from "@pathwise/core";
import { CliError, describeFsError } from "../cli-error.js";
import type { CliIo } from "../io.js";
import { renderStylish } from "../report/render-stylish.js";
import { useColor } from "./color.js";
import { displayPath, resolvePath } from "./paths.js";

/** Reads a file named on the command line; a missing or unreadable one is a {@link CliError}. */
export async function readInputFile(
  path: string,
  io: CliIo,
): Promise<{ display: string; bytes: Uint8Array }> {
  const absolute = resolvePath(io.cwd, path);
  const display = displayPath(io.cwd, absolute);
  try {
    return { display, bytes: await io.fs.readFile(absolute) };
  } catch (error) {
    throw new CliError(`Cannot read \`${path}\`: ${describeFsError(error)}.`);
  }
}

/**
 * Loads the pathway a command works on. When it has errors, they go to standard error in the
 * stylish format and the result is `undefined` (the command exits 1): the engine runs on valid
 * pathways only.
 */
export async function loadPathwayFile(
  path: string,
  io: CliIo,
  today: string,
): Promise<Pathway | undefined> {
  const { display, bytes } = await readInputFile(path, io);
  const result = loadPathway(bytes, { today });
  if (result.ok) return result.value;
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  io.stderr.write(
    renderStylish(
      {
        files: [{ file: display, kind: "pathway", diagnostics: errors }],
        failOn: "error",
        today,
        tool: { name: "pathwise", version: "" },
      },
      { color: useColor(io.stderr, io.env) },
    ),
  );
  return undefined;
}
