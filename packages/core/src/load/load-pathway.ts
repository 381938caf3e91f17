import type { Node } from "yaml";
import type { CheckOptions } from "../check/check-pathway.js";
import type { Position } from "../diagnostics/diagnostic.js";
import type { DraftDiagnostic } from "../diagnostics/make-diagnostic.js";
import { PathwiseError } from "../diagnostics/pathwise-error.js";
import type { Result } from "../diagnostics/result.js";
import { appendAll } from "../internal/append.js";
import { collectionOf } from "../model/entity-kind.js";
import type { Pathway } from "../model/pathway.js";
import { finishResult } from "../validate/finish-diagnostics.js";
import { validatePathwayData } from "../validate/validate-pathway.js";
import { createParseCache, type ParseCache, parseYamlChunked } from "./chunked-parse.js";
import type { LoadLimits } from "./limits.js";
import { fatalParseCodes, parseYamlSource } from "./parse-yaml.js";

export { createParseCache, type ParseCache };

/**
 * Options for {@link loadPathway}: load limits plus the semantic-check options.
 *
 * @example
 * const options: LoadPathwayOptions = { today: "2026-11-24", maxBytes: 4 * 1024 * 1024 };
 * const result = loadPathway(text, options);
 */
export interface LoadPathwayOptions extends LoadLimits, CheckOptions {
  /**
   * Pieces of the previous version of the same document (from {@link createParseCache}), for
   * editors that re-validate on every change: unchanged entries are not parsed again. The
   * result is the same with or without a cache.
   */
  readonly cache?: ParseCache;
}

const idCollections = Object.values(collectionOf).map((c) => [c]);

/**
 * Parses and validates a pathway from YAML (or JSON, which is YAML) text or UTF-8 bytes.
 * Every problem comes back as a positioned diagnostic; nothing about the content throws.
 *
 * @example
 * const result = loadPathway(text, { today: "2026-11-24" });
 * if (result.ok) console.log(Object.keys(result.value.roles));
 * else for (const d of result.diagnostics) console.log(d.range?.start.line, d.message);
 */
export function loadPathway(
  source: string | Uint8Array,
  options: LoadPathwayOptions = {},
): Result<Pathway> {
  return analyzePathway(source, options).result;
}

/**
 * What {@link analyzePathway} returns: the verdict plus the syntax tree it was drawn from.
 *
 * @example
 * const analysis: PathwayAnalysis = analyzePathway(text);
 * console.log(analysis.result.ok, analysis.root !== undefined);
 */
export interface PathwayAnalysis {
  /** Exactly what {@link loadPathway} returns for the same source and options. */
  readonly result: Result<Pathway>;
  /** The decoded text that ranges refer to. */
  readonly text: string;
  /** The YAML syntax tree (from the `yaml` package), when the text parsed far enough. */
  readonly root?: Node;
  /** The plain data parsed from the text, valid or not, when it parsed. */
  readonly data?: unknown;
  /** The 1-based line and column of an offset in `text`. */
  position(offset: number): Position;
}

/**
 * {@link loadPathway} for editors: the same diagnostics, plus the YAML syntax tree, so that a
 * language server can complete, navigate and rename ids without parsing the text a second time.
 *
 * @example
 * const analysis = analyzePathway(text, { today: "2026-11-24" });
 * for (const d of analysis.result.diagnostics) console.log(analysis.position(d.range?.start.offset ?? 0).line, d.message);
 */
export function analyzePathway(
  source: string | Uint8Array,
  options: LoadPathwayOptions = {},
): PathwayAnalysis {
  const parsed =
    (options.cache &&
      typeof source === "string" &&
      parseYamlChunked(source, { ...options, idCollections }, options.cache)) ||
    parseYamlSource(source, { ...options, idCollections });
  const drafts: DraftDiagnostic[] = [...parsed.diagnostics];
  let pathway: Pathway | undefined;
  if (parsed.value !== undefined && !drafts.some((d) => fatalParseCodes.has(d.code))) {
    const checked = validatePathwayData(
      parsed.value,
      options,
      options.cache?._entities,
      options.cache?._derived,
    );
    appendAll(drafts, checked.drafts);
    pathway = checked.pathway;
  }
  const analysis = {
    result: finishResult(drafts, pathway, parsed.locator, options.maxDiagnostics),
    text: parsed.text,
    position: parsed.locator.position,
  };
  return {
    ...analysis,
    ...(parsed.root ? { root: parsed.root } : {}),
    ...(parsed.value !== undefined ? { data: parsed.value } : {}),
  };
}

/**
 * {@link loadPathway}, throwing a {@link PathwiseError} with the diagnostics when invalid.
 *
 * @example
 * const pathway = loadPathwayOrThrow(text, { today: "2026-11-24" });
 * console.log(Object.keys(pathway.roles));
 */
export function loadPathwayOrThrow(
  source: string | Uint8Array,
  options: LoadPathwayOptions = {},
): Pathway {
  const result = loadPathway(source, options);
  if (!result.ok) {
    const first = result.diagnostics.find((d) => d.severity === "error");
    throw new PathwiseError(
      "invalid-content",
      `Invalid pathway: ${first?.message ?? "unknown problem"}`,
      result.diagnostics,
    );
  }
  return result.value;
}
