import type * as z from "zod/mini";
import { checkProfile } from "../check/check-profile.js";
import type { DraftDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Result } from "../diagnostics/result.js";
import type { Pathway } from "../model/pathway.js";
import { Profile } from "../model/profile.js";
import { applyRenames } from "./apply-renames.js";
import { checkDocumentShape } from "./check-document-shape.js";
import { finishResult } from "./finish-diagnostics.js";
import { shapeDiagnostics } from "./shape-diagnostics.js";

/**
 * Options for {@link validateProfile}.
 *
 * @example
 * const options: ValidateProfileOptions = { pathway, today: "2026-11-24" };
 * const result = validateProfile(JSON.parse(profileJson), options);
 */
export interface ValidateProfileOptions {
  /** The pathway the profile is for; without it, only the profile's own shape is checked. */
  readonly pathway?: Pathway;
  /** The evaluation date (`YYYY-MM-DD`): recorded dates after it are reported. */
  readonly today?: string;
}

/**
 * Validates already-parsed profile data (for example JSON from a request) with the same checks
 * and codes as `loadProfile`; diagnostics carry paths but no ranges. Needs no YAML parser. Ids
 * the pathway has renamed (its `renamed` map) are replaced by the current ids in the result, each
 * with a `renamed-id` warning.
 *
 * @example
 * const profile = validateProfile(await request.json(), { pathway, today: "2026-11-24" });
 * if (!profile.ok) return Response.json(profile.diagnostics, { status: 400 });
 */
export function validateProfile(
  data: unknown,
  options: ValidateProfileOptions = {},
): Result<Profile> {
  const { drafts, profile } = validateProfileData(data, options);
  return finishResult(drafts, profile, undefined);
}

/** Schema then pathway checks, as drafts to be positioned by the caller. @internal */
export function validateProfileData(
  data: unknown,
  options: ValidateProfileOptions,
): { drafts: DraftDiagnostic[]; profile?: Profile } {
  const shape = checkDocumentShape(data, [1]);
  if (shape) return { drafts: [shape] };
  const result = Profile.safeParse(data);
  const shapeDrafts = shapeDiagnostics(
    result.success ? [] : result.error.issues,
    data,
    Profile as z.ZodMiniType,
  );
  if (!result.success || shapeDrafts.length > 0) return { drafts: shapeDrafts };
  const drafts = options.pathway ? checkProfile(result.data, options.pathway, options.today) : [];
  return { drafts, profile: applyRenames(result.data, drafts) };
}
