/**
 * A problem with how the CLI was called or with the files around it (not with content):
 * printed as one line on standard error, exit code 2, never a stack trace.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    message: string,
    /** The command whose help the message points to, when the mistake is in the call. */
    readonly helpFor?: string,
  ) {
    super(message);
  }
}

/** One phrase for a failed file system call: "does not exist", "permission denied"... */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "does not exist";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder, not a file";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "ELOOP":
      return "too many levels of symbolic links (a symlink loop)";
    case "READ_ONLY":
      return "the file is read-only";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
