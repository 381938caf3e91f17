import {
  analyzePathway,
  analyzeProfile,
  type ParseCache,
  type ProfileAnalysis,
} from "@pathwise/core";
import { isMap, isScalar } from "yaml";
import type { ProfileDocument, ServiceDocument } from "./analysed-document.js";
import { indexDocument } from "./document-index.js";
import type { PathwayFinder } from "./pathway-finder.js";
import { indexProfile } from "./profile-index.js";
import type { LanguageServiceOptions } from "./service-options.js";

/** Analyses one version of a pathway; pass the document's cache to reuse unchanged entries. */
export function analyzePathwayText(
  options: LanguageServiceOptions,
  text: string,
  cache?: ParseCache,
): ServiceDocument {
  const analysis = analyzePathway(text, {
    ...(options.today ? { today: options.today } : {}),
    ...(cache ? { cache } : {}),
  });
  return {
    kind: "pathway",
    text: analysis.text,
    analysis,
    index: indexDocument(analysis.root, analysis.text),
  };
}

/**
 * Analyses one version of a profile, checking it against the pathway it names exactly as
 * `pathwise validate` does: only a profile whose shape is valid, only against a valid pathway.
 */
export function analyzeProfileText(
  options: LanguageServiceOptions,
  text: string,
  finder?: PathwayFinder,
): ProfileDocument {
  const today = options.today ? { today: options.today } : {};
  const shape = analyzeProfile(text, today);
  const pathwayId = namedPathway(shape);
  const found = pathwayId ? finder?.findPathway(pathwayId.id) : undefined;
  const pathway = found?.doc.analysis.result.ok ? found.doc.analysis.result.value : undefined;
  const analysis = shape.result.ok && pathway ? analyzeProfile(text, { ...today, pathway }) : shape;
  let notice: ProfileDocument["notice"];
  if (shape.result.ok && pathwayId && !pathway) {
    const message = found
      ? `Expected pathway \`${pathwayId.id}\` without errors, found errors in ${found.uri}; only the profile's shape is checked.`
      : `Expected pathway \`${pathwayId.id}\` ${options.pathwaySearch ?? "in the open documents"}, found none; only the profile's shape is checked.`;
    notice = { start: pathwayId.start, end: pathwayId.end, message };
  }
  return {
    kind: "profile",
    text: analysis.text,
    analysis,
    index: indexProfile(analysis.root, analysis.text),
    ...(found ? { pathway: found } : {}),
    ...(pathwayId ? { pathwayId } : {}),
    ...(notice ? { notice } : {}),
  };
}

/** The `pathway` value of a profile, valid or not. */
function namedPathway(analysis: ProfileAnalysis): ProfileDocument["pathwayId"] {
  const root = analysis.root;
  if (!isMap(root)) return undefined;
  const value = root.items.find((p) => isScalar(p.key) && p.key.value === "pathway")?.value;
  if (!isScalar(value) || typeof value.value !== "string" || !value.range) return undefined;
  const [start, end] = value.range;
  const quoted = analysis.text[start] === '"' || analysis.text[start] === "'";
  return quoted
    ? { id: value.value, start: start + 1, end: end - 1 }
    : { id: value.value, start, end };
}
