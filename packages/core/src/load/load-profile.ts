import type * as z from "zod";
import { checkProfile } from "../check/check-profile.js";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Result } from "../diagnostics/result.js";
import type { Pathway } from "../model/pathway.js";
import { Profile } from "../model/profile.js";
import { finishResult } from "../validate/finish-diagnostics.js";
import { describeValue, issuesToDiagnostics } from "../validate/schema-issues.js";
import type { LoadLimits } from "./limits.js";
import { parseYamlSource } from "./parse-yaml.js";

/** Options for {@link loadProfile}. */
export interface LoadProfileOptions extends LoadLimits {
  /** The pathway the profile is for; without it, only the profile's own shape is checked. */
  readonly pathway?: Pathway;
  /** The evaluation date: recorded dates after it are reported. */
  readonly today?: string;
}

const fatal = new Set([
  "yaml-syntax",
  "invalid-encoding",
  "too-large",
  "too-deep",
  "alias-limit",
  "empty-document",
]);

/**
 * Parses and validates a profile from YAML or JSON, with the same positioned diagnostics as
 * pathways, and, given the pathway, checks every id against it.
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

/** Validates already-parsed profile data (for example JSON from a request); no ranges. */
export function validateProfile(
  data: unknown,
  options: { pathway?: Pathway; today?: string } = {},
): Result<Profile> {
  const { drafts, profile } = validateProfileData(data, options);
  return finishResult(drafts, profile, undefined);
}

function validateProfileData(
  data: unknown,
  options: { pathway?: Pathway; today?: string },
): { drafts: DraftDiagnostic[]; profile?: Profile } {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      drafts: [
        makeDiagnostic(
          "wrong-type",
          `Expected a map with \`pathwise: 1\` at the top, found ${describeValue(data)}.`,
          [],
        ),
      ],
    };
  }
  const version = (data as Record<string, unknown>).pathwise;
  if (version !== undefined && version !== 1) {
    return {
      drafts: [
        makeDiagnostic(
          "unsupported-version",
          `Expected format version 1, found ${describeValue(version)}.`,
          ["pathwise"],
        ),
      ],
    };
  }
  const result = Profile.safeParse(data);
  if (!result.success)
    return { drafts: issuesToDiagnostics(result.error.issues, data, Profile as z.ZodType) };
  const drafts = options.pathway ? checkProfile(result.data, options.pathway, options.today) : [];
  return { drafts, profile: result.data };
}
