import type { Diagnostic } from "./diagnostic.js";

/**
 * The outcome of loading or validating: the value with any warnings, or the diagnostics that
 * stopped it. Bad content is never thrown.
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly value?: undefined; readonly diagnostics: readonly Diagnostic[] };
