import type { Node } from "yaml";
import type { Position } from "../diagnostics/diagnostic.js";
import type { DraftDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Result } from "../diagnostics/result.js";
import { appendAll } from "../internal/append.js";
import type { Profile } from "../model/profile.js";
import { finishResult } from "../validate/finish-diagnostics.js";
import { type ValidateProfileOptions, validateProfileData } from "../validate/validate-profile.js";
import type { LoadLimits } from "./limits.js";
import { fatalParseCodes, parseYamlSource } from "./parse-yaml.js";

/**
 * Options for {@link loadProfile}.
 *
 * @example
 * const options: LoadProfileOptions = { pathway, today: "2026-11-24" };
 * const result = loadProfile(profileText, options);
 */
export interface LoadProfileOptions extends LoadLimits, ValidateProfileOptions {}

/**
 * Parses and validates a profile from YAML or JSON text, with the same positioned diagnostics as
 * pathways, and, given the pathway, checks every id and date against it. An id the pathway has
 * renamed (its `renamed` map) loads as the current id, with a `renamed-id` warning at the old one.
 *
 * @example
 * const profile = loadProfile(text, { pathway, today: "2026-11-24" });
 * if (profile.ok) console.log(recommendSteps(pathway, profile.value, { date: "2026-11-24" }));
 */
export function loadProfile(
  source: string | Uint8Array,
  options: LoadProfileOptions = {},
): Result<Profile> {
  return analyzeProfile(source, options).result;
}

/**
 * What {@link analyzeProfile} returns: the verdict plus the syntax tree it was drawn from.
 *
 * @example
 * const analysis: ProfileAnalysis = analyzeProfile(profileText, { pathway });
 * console.log(analysis.result.ok, analysis.data);
 */
export interface ProfileAnalysis {
  /** Exactly what {@link loadProfile} returns for the same source and options. */
  readonly result: Result<Profile>;
  /** The decoded text that ranges refer to. */
  readonly text: string;
  /** The YAML syntax tree (from the `yaml` package), when the text parsed far enough. */
  readonly root?: Node;
  /** The plain data parsed from the text, valid or not, when it parsed. */
  readonly data?: unknown;
  /** The 1-based line and column of an offset in `text`. */
  position(offset: number): Position;
}

/**
 * {@link loadProfile} for editors: the same diagnostics, plus the YAML syntax tree and the raw
 * data, so that a language server can complete and navigate ids while the profile is invalid.
 *
 * @example
 * const analysis = analyzeProfile(text, { pathway, today: "2026-11-24" });
 * console.log(analysis.result.diagnostics, analysis.root?.range);
 */
export function analyzeProfile(
  source: string | Uint8Array,
  options: LoadProfileOptions = {},
): ProfileAnalysis {
  const parsed = parseYamlSource(source, { ...options, expected: "profile" });
  const drafts: DraftDiagnostic[] = [...parsed.diagnostics];
  let profile: Profile | undefined;
  if (parsed.value !== undefined && !drafts.some((d) => fatalParseCodes.has(d.code))) {
    const checked = validateProfileData(parsed.value, options);
    appendAll(drafts, checked.drafts);
    profile = checked.profile;
  }
  return {
    result: finishResult(drafts, profile, parsed.locator, options.maxDiagnostics),
    text: parsed.text,
    position: parsed.locator.position,
    ...(parsed.root ? { root: parsed.root } : {}),
    ...(parsed.value !== undefined ? { data: parsed.value } : {}),
  };
}
