import {
  type Diagnostic,
  loadPathway,
  loadProfile,
  type Pathway,
  PathwiseError,
  type Profile,
} from "@pathwise/core";
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

/** Writes a file's errors to standard error in the stylish format. */
export function printErrors(
  io: CliIo,
  file: string,
  kind: "pathway" | "profile",
  diagnostics: readonly Diagnostic[],
): void {
  const errors = diagnostics.filter((d) => d.severity === "error");
  io.stderr.write(
    renderStylish(
      {
        files: [{ file, kind, diagnostics: errors }],
        failOn: "error",
        today: "",
        tool: { name: "pathwise", version: "" },
      },
      { color: useColor(io.stderr, io.env) },
    ),
  );
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
  printErrors(io, display, "pathway", result.diagnostics);
  return undefined;
}

/** A pathway, a profile checked against it, and the evaluation date the engine uses. */
export interface EngineInput {
  readonly pathway: Pathway;
  readonly profile: Profile;
  readonly date: string;
}

/**
 * Loads `--pathway` and `--profile` for the engine commands. The evaluation date is `--date`,
 * else the profile's own `date`, else today. Errors in either file go to standard error and
 * the result is `undefined` (exit 1).
 */
export async function loadEngineInput(
  pathwayPath: string,
  profilePath: string,
  date: string | undefined,
  io: CliIo,
): Promise<EngineInput | undefined> {
  const pathway = await loadPathwayFile(pathwayPath, io, date ?? io.today());
  const { display, bytes } = await readInputFile(profilePath, io);
  const shape = loadProfile(bytes);
  if (!shape.ok) {
    printErrors(io, display, "profile", shape.diagnostics);
    return undefined;
  }
  if (!pathway) return undefined;
  const evaluationDate = date ?? shape.value.date ?? io.today();
  const result = loadProfile(bytes, { pathway, today: evaluationDate });
  if (!result.ok) {
    printErrors(io, display, "profile", result.diagnostics);
    return undefined;
  }
  return { pathway, profile: result.value, date: evaluationDate };
}

/**
 * Runs an engine call, turning its argument errors (a bad goal or id) into usage errors, with
 * an optional hint after the engine's message.
 */
export function callEngine<T>(command: string, call: () => T, hint?: string): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof PathwiseError && error.code === "invalid-argument") {
      throw new CliError(hint ? `${error.message} ${hint}` : error.message, command);
    }
    throw error;
  }
}
