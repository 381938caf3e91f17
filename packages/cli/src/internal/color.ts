import { createColors } from "picocolors";
import type { OutputStream } from "../io.js";

/**
 * Whether to colour what goes to a stream: only for a terminal, never with `NO_COLOR` set
 * (https://no-color.org) or `TERM=dumb`; `FORCE_COLOR` (other than `0`) forces it on.
 */
export function useColor(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

/** picocolors' functions, on or off as {@link useColor} decides for the stream. */
export function colorsFor(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
): ReturnType<typeof createColors> {
  return createColors(useColor(stream, env));
}
