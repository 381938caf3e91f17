import type { PathwayAnalysis, ProfileAnalysis } from "@pathwise/core";
import type { DocumentIndex } from "./document-index.js";
import type { PathwayCandidate } from "./pathway-finder.js";
import type { Span } from "./span.js";

/** One analysed version of a pathway; the service's functions read it, never change it. */
export interface ServiceDocument {
  readonly kind: "pathway";
  readonly text: string;
  readonly analysis: PathwayAnalysis;
  readonly index: DocumentIndex;
}

/** One analysed version of a profile, with the pathway it names when the host found it. */
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

/** A pathway or a profile, analysed. */
export type AnalysedDocument = ServiceDocument | ProfileDocument;
