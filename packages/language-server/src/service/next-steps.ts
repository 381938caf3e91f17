import {
  loadProfile,
  PathwiseError,
  type Recommendations,
  recommendSteps,
  renderRecommendations,
} from "@pathwise/core";
import type { ProfileDocument } from "./analysed-document.js";
import { type Answer, answer, refuse } from "./answer.js";
import type { LanguageServiceOptions } from "./service-options.js";

/**
 * The engine's next steps for a profile, as the next-steps preview shows them.
 *
 * @example
 * const service = createLanguageService({ today: "2026-11-24" });
 * const pathwayDoc = service.analyze(text);
 * const profileDoc = service.analyzeProfile(profileText, { findPathway: () => ({ uri: "file:///p.pathway.yaml", doc: pathwayDoc }) });
 * const answer = service.nextSteps(profileDoc);
 * if (answer.ok) {
 *   const next: NextSteps = answer.value;
 *   console.log(next.text);
 * }
 */
export interface NextSteps {
  /** The evaluation date used. */
  readonly date: string;
  /** The URI of the pathway the steps come from. */
  readonly pathway: string;
  /** The recommendations rendered as plain text (as `pathwise next` prints them). */
  readonly text: string;
  /** The engine's result (as `pathwise next --json` prints it). */
  readonly recommendations: Recommendations;
}

/**
 * The next steps the engine recommends for a profile, as `pathwise next` gives them: the
 * profile is checked against its pathway on the evaluation date (`date`, else the profile's own
 * `date`, else the service's `today`), then ranked and rendered; or why there are none.
 */
export function nextSteps(
  options: LanguageServiceOptions,
  doc: ProfileDocument,
  date?: string,
  limit = 5,
): Answer<NextSteps> {
  const errors = doc.analysis.result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    return refuse(
      `Expected a profile without errors, found ${errors.length === 1 ? "1 error" : `${errors.length} errors`}: ${errors[0]?.message}`,
    );
  }
  const pathway = doc.pathway;
  if (!pathway?.doc.analysis.result.ok)
    return refuse(doc.notice?.message ?? "Expected a profile naming its pathway.");
  const shape = doc.analysis.result.ok ? doc.analysis.result.value : undefined;
  const when = date ?? shape?.date ?? options.today;
  if (!when) return refuse("Expected an evaluation date, found none.");
  const checked = loadProfile(doc.text, {
    pathway: pathway.doc.analysis.result.value,
    today: when,
  });
  if (!checked.ok) {
    const first = checked.diagnostics.find((d) => d.severity === "error");
    return refuse(`Expected a profile without errors on ${when}, found: ${first?.message}`);
  }
  try {
    const recommendations = recommendSteps(pathway.doc.analysis.result.value, checked.value, {
      date: when,
      limit,
    });
    return answer({
      date: when,
      pathway: pathway.uri,
      text: renderRecommendations(recommendations),
      recommendations,
    });
  } catch (error) {
    // The engine throws only on arguments (a malformed date): the caller's mistake, as a message.
    if (error instanceof PathwiseError) return refuse(error.message);
    throw error;
  }
}
