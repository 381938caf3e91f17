import type { PathwayAnalysis, ProfileAnalysis } from "@pathwise/core";
import type { DocumentIndex } from "./document-index.js";
import type { PathwayCandidate } from "./pathway-finder.js";
import type { Span } from "./span.js";

/**
 * One analysed version of a pathway; the service's functions read it, never change it.
 *
 * @example
 * const doc: ServiceDocument = createLanguageService().analyze(text);
 * console.log(doc.analysis.result.ok, doc.index.occurrences.length);
 */
export interface ServiceDocument {
  readonly kind: "pathway";
  readonly text: string;
  readonly analysis: PathwayAnalysis;
  readonly index: DocumentIndex;
}

/**
 * One analysed version of a profile, with the pathway it names when the host found it.
 *
 * @example
 * const service = createLanguageService({ today: "2026-11-24" });
 * const pathwayDoc = service.analyze(text);
 * const doc: ProfileDocument = service.analyzeProfile(profileText, { findPathway: () => ({ uri: "file:///p.pathway.yaml", doc: pathwayDoc }) });
 * console.log(doc.notice?.message ?? "checked against the pathway");
 */
export interface ProfileDocument {
  readonly kind: "profile";
  readonly text: string;
  /** The core's verdict: checked against {@link ProfileDocument.pathway} when it is valid. */
  readonly analysis: ProfileAnalysis;
  /** The pathway ids the profile refers to. */
  readonly index: DocumentIndex;
  /** The pathway the profile names (its ids are completed and navigated from it). */
  readonly pathway?: PathwayCandidate;
  /** The pathway id the profile names, and where. */
  readonly pathwayId?: Span & { readonly id: string };
  /**
   * Why the profile's ids were not checked against a pathway (none found, or it has errors).
   * Not a content diagnostic: the CLI says the same on standard error.
   */
  readonly notice?: Span & { readonly message: string };
}

/**
 * A pathway or a profile, analysed.
 *
 * @example
 * const service = createLanguageService();
 * const docs: AnalysedDocument[] = [service.analyze(text), service.analyzeProfile(profileText)];
 * const problems = docs.flatMap((doc) => service.diagnostics(doc));
 */
export type AnalysedDocument = ServiceDocument | ProfileDocument;
