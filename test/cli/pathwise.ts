// Runs the built `pathwise` binary (packages/cli/dist/cli.js) as a user's shell would.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const cli = fileURLToPath(new URL("../../packages/cli/dist/cli.js", import.meta.url));

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `pathwise` with arguments in a folder (default: the repository root). */
export function pathwise(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Run {
  if (!existsSync(cli)) throw new Error("packages/cli/dist/cli.js is missing: run `pnpm build`");
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? root,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
