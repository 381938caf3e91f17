import type { Diagnostic } from "./diagnostic.js";

/**
 * The outcome of loading or validating: the value with any warnings, or the diagnostics that
 * stopped it. Bad content is never thrown.
 *
 * @example
 * const result: Result<Pathway> = loadPathway(text);
 * if (result.ok) console.log(result.value.title);
 * else console.log(result.diagnostics.map((d) => d.message).join("\n"));
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly value?: undefined; readonly diagnostics: readonly Diagnostic[] };
