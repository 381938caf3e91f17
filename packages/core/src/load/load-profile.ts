import type { DraftDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Result } from "../diagnostics/result.js";
import type { Profile } from "../model/profile.js";
import { finishResult } from "../validate/finish-diagnostics.js";
import { type ValidateProfileOptions, validateProfileData } from "../validate/validate-profile.js";
import type { LoadLimits } from "./limits.js";
import { parseYamlSource } from "./parse-yaml.js";

/** Options for {@link loadProfile}. */
export interface LoadProfileOptions extends LoadLimits, ValidateProfileOptions {}

/** Problems after which the data cannot be trusted enough to check further. */
const fatal = new Set([
  "yaml-syntax",
  "invalid-encoding",
  "too-large",
  "too-deep",
  "alias-limit",
  "empty-document",
]);

/**
 * Parses and validates a profile from YAML or JSON text, with the same positioned diagnostics as
 * pathways, and, given the pathway, checks every id and date against it.
 *
 * @example
 * const profile = loadProfile(text, { pathway, today: "2026-11-24" });
 * if (profile.ok) console.log(recommendSteps(pathway, profile.value, { date: "2026-11-24" }));
 */
export function loadProfile(
  source: string | Uint8Array,
  options: LoadProfileOptions = {},
): Result<Profile> {
  const parsed = parseYamlSource(source, options);
  const drafts: DraftDiagnostic[] = [...parsed.diagnostics];
  let profile: Profile | undefined;
  if (parsed.value !== undefined && !drafts.some((d) => fatal.has(d.code))) {
    const checked = validateProfileData(parsed.value, options);
    drafts.push(...checked.drafts);
    profile = checked.profile;
  }
  return finishResult(drafts, profile, parsed.locator);
}
