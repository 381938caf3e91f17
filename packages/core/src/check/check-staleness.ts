import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { daysBetween } from "../internal/dates.js";
import type { Pathway } from "../model/pathway.js";
import { entries } from "../model/references.js";

/** When content counts as stale; the evaluation date is always given, never read from a clock. */
export interface StalenessOptions {
  /** The date to judge against, as `YYYY-MM-DD`. */
  readonly today: string;
  /** Days after `reviewed` before the pathway is stale. Default 365. */
  readonly maxReviewAgeDays?: number;
  /** Days after a source's `accessed` date before it is stale. Default 730. */
  readonly maxSourceAgeDays?: number;
}

/** Reports a pathway review or source check older than the limits. */
export function checkStaleness(pathway: Pathway, options: StalenessOptions): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  const maxReview = options.maxReviewAgeDays ?? 365;
  const maxSource = options.maxSourceAgeDays ?? 730;
  const reviewAge = daysBetween(pathway.reviewed, options.today);
  if (reviewAge > maxReview) {
    out.push(
      makeDiagnostic(
        "stale-review",
        `Expected a review within ${maxReview} days, found \`reviewed: ${pathway.reviewed}\` (${reviewAge} days before ${options.today}).`,
        ["reviewed"],
        { data: { reviewed: pathway.reviewed, ageDays: reviewAge, limitDays: maxReview } },
      ),
    );
  }
  for (const [id, source] of entries(pathway.sources)) {
    const age = daysBetween(source.accessed, options.today);
    if (age > maxSource) {
      out.push(
        makeDiagnostic(
          "stale-source",
          `Expected source \`${id}\` to be checked within ${maxSource} days, found \`accessed: ${source.accessed}\` (${age} days before ${options.today}).`,
          ["sources", id, "accessed"],
          { data: { id, accessed: source.accessed, ageDays: age, limitDays: maxSource } },
        ),
      );
    }
  }
  return out;
}
