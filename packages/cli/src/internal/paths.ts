import { isAbsolute, relative, resolve, sep } from "node:path";

/** A path resolved against the working folder. */
export function resolvePath(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** A path as people see it: relative to the working folder, with `/` separators. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute) || ".";
  return sep === "/" ? rel : rel.split(sep).join("/");
}
