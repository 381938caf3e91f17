import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import {
  access,
  chmod,
  constants,
  copyFile,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Temporary files being written right now, removed if the process is interrupted. */
const pending = new Set<string>();

/**
 * Writes a file so that readers see the old content or the new, never half of it, and so that
 * what the file is stays as it was:
 *
 * - a symlink keeps being a symlink: its target is the file written;
 * - the mode (0600, 0644...) is kept;
 * - a read-only file is not replaced: the write fails (code `READ_ONLY`, or `EACCES`);
 * - a file with several hard links is written in place (replacing it would split the links),
 *   from a complete copy saved beside it first, so that a failure leaves that copy to recover.
 *
 * Otherwise the text goes to a temporary file in the same folder (same file system), which
 * then replaces the target with one rename.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const target = await realTarget(path);
  const existing = await statOrUndefined(target);
  if (existing) {
    // The mode bits, not only access(): a superuser may write anything, but a file marked
    // read-only says it should not change.
    if ((existing.mode & 0o222) === 0) {
      throw Object.assign(new Error(`${target} is read-only`), { code: "READ_ONLY" });
    }
    await access(target, constants.W_OK);
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  pending.add(temp);
  try {
    await writeFile(temp, text, { flag: "wx", mode: existing ? existing.mode & 0o777 : 0o666 });
    // The umask may have narrowed the mode given to writeFile.
    if (existing) await chmod(temp, existing.mode & 0o777);
    if (existing && existing.nlink > 1) {
      await copyFile(temp, target);
      await rm(temp, { force: true });
    } else {
      await rename(temp, target);
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}

/**
 * Removes the temporary files of writes still under way; for signal handlers, so synchronous.
 */
export function removePendingTemporaryFiles(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return path;
    throw error;
  }
}

async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
