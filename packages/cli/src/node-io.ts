import { mkdir, readFile, realpath, stat } from "node:fs/promises";
import { glob } from "tinyglobby";
import { writeFileAtomic } from "./internal/write-file-atomic.js";
import type { CliIo } from "./io.js";

/** The real I/O of a `pathwise` process. */
export function createNodeIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: {
      write: (text) => void process.stdout.write(text),
      isTTY: process.stdout.isTTY === true,
    },
    stderr: {
      write: (text) => void process.stderr.write(text),
      isTTY: process.stderr.isTTY === true,
    },
    today: () => {
      // The local calendar date: "today" as the person running the command sees it.
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
    fs: {
      readFile: async (path) => new Uint8Array(await readFile(path)),
      writeFileAtomic,
      stat: async (path) => {
        try {
          const s = await stat(path);
          return { isFile: s.isFile(), isDirectory: s.isDirectory() };
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
          throw error;
        }
      },
      realpath: (path) => realpath(path),
      glob: (patterns, cwd) =>
        glob([...patterns], {
          cwd,
          absolute: true,
          onlyFiles: true,
          dot: false,
          // Symlinked folders are followed; a loop yields the same files under longer paths,
          // which the caller folds together by real path.
          followSymbolicLinks: true,
          ignore: ["**/node_modules/**", "**/.git/**"],
        }),
      mkdir: async (path) => void (await mkdir(path, { recursive: true })),
    },
  };
}
