/**
 * Everything the CLI does to the outside world goes through this interface, so that commands
 * run in-process in tests with captured output and a fixed date. `main.ts` wires the real one.
 */
export interface CliIo {
  /** The working folder that relative paths are resolved against. */
  readonly cwd: string;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`, `TERM`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly fs: CliFs;
  /** Today's date as `YYYY-MM-DD`: the only clock the CLI reads. */
  today(): string;
}

/** A text sink: standard output or standard error. */
export interface OutputStream {
  write(text: string): void;
  /** Whether a person is watching (colour, progress). */
  readonly isTTY?: boolean;
}

/** The file system calls the CLI makes. Paths are absolute. Errors carry Node's `code`. */
export interface CliFs {
  readFile(path: string): Promise<Uint8Array>;
  /** Writes through a temporary file in the same folder and a rename: all or nothing. */
  writeFileAtomic(path: string, text: string): Promise<void>;
  /** What is at a path (following symlinks), or `undefined` when nothing is. */
  stat(path: string): Promise<{ isFile: boolean; isDirectory: boolean } | undefined>;
  /** The canonical path (symlinks resolved), to validate each file once. */
  realpath(path: string): Promise<string>;
  /** Files under `cwd` matching the glob patterns, as absolute paths. */
  glob(patterns: readonly string[], cwd: string): Promise<string[]>;
  /** Creates a folder and its parents. */
  mkdir(path: string): Promise<void>;
}
