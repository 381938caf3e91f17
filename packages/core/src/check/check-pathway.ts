import type { DraftDiagnostic } from "../diagnostics/make-diagnostic.js";
import { appendAll } from "../internal/append.js";
import type { DerivedMemo } from "../internal/derived-memo.js";
import type { Pathway } from "../model/pathway.js";
import { collectReferencesMemo } from "../model/references.js";
import { checkCeRules } from "./check-ce-rules.js";
import { checkConditions } from "./check-conditions.js";
import { checkConferredRoles } from "./check-conferred-roles.js";
import { checkCycles } from "./check-cycles.js";
import { checkEligibility } from "./check-eligibility.js";
import { checkEmptySteps } from "./check-empty-steps.js";
import { checkReachability } from "./check-reachability.js";
import { checkReferences } from "./check-references.js";
import { checkRenames } from "./check-renames.js";
import { checkSources } from "./check-sources.js";
import { checkStaleness } from "./check-staleness.js";
import { checkUnused } from "./check-unused.js";
import { buildRequirementGraph } from "./requirement-graph.js";

/**
 * Options for the semantic checks.
 *
 * @example
 * const options: CheckOptions = { today: "2026-11-24", maxReviewAgeDays: 180 };
 * const result = loadPathway(text, options);
 */
export interface CheckOptions {
  /**
   * The date to judge freshness against, as `YYYY-MM-DD`. Without it, the `stale-review` and
   * `stale-source` checks do not run (the library never reads the clock).
   */
  readonly today?: string;
  /** Days after `reviewed` before the pathway counts as stale. Default 365. */
  readonly maxReviewAgeDays?: number;
  /** Days after a source's `accessed` date before it counts as stale. Default 730. */
  readonly maxSourceAgeDays?: number;
}

/**
 * Runs every semantic check on a pathway that passed the schema. Checks that would only repeat
 * an earlier finding are skipped: with unknown references, reachability is not judged. With a
 * memo (an editor's parse cache), the findings of one entity alone are reused for the entities
 * whose data objects an edit left unchanged; the checks across entities run in full.
 */
export function checkPathwaySemantics(
  pathway: Pathway,
  options: CheckOptions = {},
  memo?: DerivedMemo,
): DraftDiagnostic[] {
  // The `renamed` map's current ids are checked as chains by checkRenames, and use nothing.
  const references = collectReferencesMemo(pathway, memo).filter((r) => !r.inRenamed);
  const out: DraftDiagnostic[] = [];
  const unknown = checkReferences(pathway, references);
  appendAll(out, unknown);
  appendAll(out, checkRenames(pathway));
  appendAll(out, checkSources(pathway));
  appendAll(out, checkConditions(pathway, memo));
  appendAll(out, checkCeRules(pathway));
  appendAll(out, checkEligibility(pathway));
  appendAll(out, checkConferredRoles(pathway));
  appendAll(out, checkCycles(buildRequirementGraph(pathway, references)));
  if (unknown.length === 0) appendAll(out, checkReachability(pathway));
  appendAll(out, checkUnused(pathway, references));
  appendAll(out, checkEmptySteps(pathway, references));
  if (options.today) {
    const staleness = { today: options.today } as {
      today: string;
      maxReviewAgeDays?: number;
      maxSourceAgeDays?: number;
    };
    if (options.maxReviewAgeDays !== undefined)
      staleness.maxReviewAgeDays = options.maxReviewAgeDays;
    if (options.maxSourceAgeDays !== undefined)
      staleness.maxSourceAgeDays = options.maxSourceAgeDays;
    appendAll(out, checkStaleness(pathway, staleness));
  }
  return out;
}
