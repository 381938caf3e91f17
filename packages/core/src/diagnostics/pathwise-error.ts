import type { Diagnostic } from "./diagnostic.js";

/**
 * Codes of {@link PathwiseError}: programmer and configuration mistakes, not content problems.
 *
 * @example
 * const isContent = (error: PathwiseError): boolean => {
 *   const code: PathwiseErrorCode = error.code;
 *   return code === "invalid-content";
 * };
 */
export type PathwiseErrorCode = "invalid-content" | "invalid-argument";

/**
 * The one error class the library throws: for misuse of the API, and from the `*OrThrow`
 * conveniences when content is invalid (then `diagnostics` says why).
 *
 * @example
 * try {
 *   loadPathwayOrThrow(text);
 * } catch (error) {
 *   if (error instanceof PathwiseError) console.log(error.code, error.diagnostics.length);
 * }
 */
export class PathwiseError extends Error {
  override readonly name = "PathwiseError";
  constructor(
    readonly code: PathwiseErrorCode,
    message: string,
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message);
  }
}
