import type { Diagnostic, ParseCache } from "@pathwise/core";
import type { AnalysedDocument, ProfileDocument, ServiceDocument } from "./analysed-document.js";
import { analyzePathwayText, analyzeProfileText } from "./analyze.js";
import { complete } from "./completion.js";
import { definition } from "./definition.js";
import { documentLinks } from "./document-links.js";
import { foldingRanges } from "./folding.js";
import { formatDocument } from "./formatting.js";
import { highlights } from "./highlight.js";
import { hover } from "./hover.js";
import { inlayHints } from "./inlay-hints.js";
import { nextSteps } from "./next-steps.js";
import { outline } from "./outline.js";
import type { PathwayFinder } from "./pathway-finder.js";
import { quickFixes } from "./quick-fixes.js";
import { references } from "./references.js";
import { prepareRename, rename } from "./rename.js";
import { selectionRanges } from "./selection-ranges.js";
import type { LanguageServiceOptions } from "./service-options.js";

/**
 * The Pathwise language service: pure functions over an analysed document, shared by the stdio
 * server, the browser worker and tests, one module per feature. Only analysis and the next-steps
 * preview depend on the options; diagnostics are the core's own, so editor and CI agree.
 *
 * @example
 * const service = createLanguageService({ today: "2026-11-24" });
 * const doc = service.analyze(text);
 * for (const d of service.diagnostics(doc)) console.log(d.code, d.message);
 */
export function createLanguageService(options: LanguageServiceOptions = {}) {
  return {
    /** Analyses one version of a pathway; pass the document's cache to reuse unchanged entries. */
    analyze: (text: string, cache?: ParseCache): ServiceDocument =>
      analyzePathwayText(options, text, cache),
    /** Analyses one version of a profile against the pathway `finder` finds for it. */
    analyzeProfile: (text: string, finder?: PathwayFinder): ProfileDocument =>
      analyzeProfileText(options, text, finder),
    /** The core's diagnostics for the document: the same codes, messages and ranges as the CLI. */
    diagnostics: (doc: AnalysedDocument): readonly Diagnostic[] => doc.analysis.result.diagnostics,
    /** The next steps the engine recommends for a profile, as `pathwise next` gives them. */
    nextSteps: (doc: ProfileDocument, date?: string, limit?: number) =>
      nextSteps(options, doc, date, limit),
    complete,
    hover,
    definition,
    references,
    prepareRename,
    rename,
    outline,
    quickFixes,
    format: formatDocument,
    foldingRanges,
    selectionRanges,
    highlights,
    documentLinks,
    inlayHints,
  };
}

/**
 * The language service's type.
 *
 * @example
 * const service: LanguageService = createLanguageService();
 * const symbols = service.outline(service.analyze(text));
 */
export type LanguageService = ReturnType<typeof createLanguageService>;
