import type * as z from "zod/mini";
import { type CheckOptions, checkPathwaySemantics } from "../check/check-pathway.js";
import type { DraftDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Result } from "../diagnostics/result.js";
import type { DerivedMemo } from "../internal/derived-memo.js";
import { Pathway, supportedFormatVersions } from "../model/pathway.js";
import { checkDocumentShape } from "./check-document-shape.js";
import { finishResult } from "./finish-diagnostics.js";
import { type EntityMemo, parseByEntity } from "./parse-by-entity.js";
import { shapeDiagnostics } from "./shape-diagnostics.js";

/**
 * Validates pathway data that is already parsed (for example from JSON), with the same checks
 * and codes as `loadPathway`; diagnostics carry paths but no ranges. Needs no YAML parser.
 *
 * @example
 * const result = validatePathway(await (await fetch("/pharmacy-technician.json")).json());
 * if (!result.ok) console.error(result.diagnostics);
 */
export function validatePathway(data: unknown, options: CheckOptions = {}): Result<Pathway> {
  const { drafts, pathway } = validatePathwayData(data, options);
  return finishResult(drafts, pathway, undefined);
}

/** Schema then semantic validation, as drafts to be positioned by the caller. @internal */
export function validatePathwayData(
  data: unknown,
  options: CheckOptions,
  memo?: EntityMemo,
  derivedMemo?: DerivedMemo,
): { drafts: DraftDiagnostic[]; pathway?: Pathway } {
  const shape = checkDocumentShape(data, supportedFormatVersions);
  if (shape) return { drafts: [shape] };
  const result = parseByEntity(data, memo);
  const shapeDrafts = shapeDiagnostics(
    result.success ? [] : result.issues,
    data,
    Pathway as z.ZodMiniType,
    derivedMemo,
  );
  if (!result.success || shapeDrafts.length > 0) return { drafts: shapeDrafts };
  return { drafts: checkPathwaySemantics(result.data, options, derivedMemo), pathway: result.data };
}
