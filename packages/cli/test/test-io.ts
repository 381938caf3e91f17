// An in-process CliIo for tests: the real file system under a temporary folder, captured
// output, a fixed date, and any file system call replaceable (to fake permission errors).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliFs, CliIo } from "../src/io.js";
import { createNodeIo } from "../src/node-io.js";
import { runCli } from "../src/run.js";

export interface TestRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface TestIoOptions {
  readonly cwd: string;
  readonly tty?: boolean;
  readonly env?: Record<string, string | undefined>;
  readonly fs?: Partial<CliFs>;
  readonly today?: string;
}

/** Runs the CLI in-process and collects what it printed. */
export async function run(argv: readonly string[], options: TestIoOptions): Promise<TestRun> {
  let stdout = "";
  let stderr = "";
  const real = createNodeIo();
  const io: CliIo = {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: {
      write: (t) => {
        stdout += t;
      },
      isTTY: options.tty ?? false,
    },
    stderr: {
      write: (t) => {
        stderr += t;
      },
      isTTY: options.tty ?? false,
    },
    fs: { ...real.fs, ...options.fs },
    today: () => options.today ?? "2026-11-24",
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder and its clean-up. */
export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "pathwise-cli-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
