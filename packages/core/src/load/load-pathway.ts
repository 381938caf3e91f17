import type { CheckOptions } from "../check/check-pathway.js";
import type { DraftDiagnostic } from "../diagnostics/make-diagnostic.js";
import { PathwiseError } from "../diagnostics/pathwise-error.js";
import type { Result } from "../diagnostics/result.js";
import type { Pathway } from "../model/pathway.js";
import { finishResult } from "../validate/finish-diagnostics.js";
import { validatePathwayData } from "../validate/validate-pathway.js";
import type { LoadLimits } from "./limits.js";
import { parseYamlSource } from "./parse-yaml.js";

/** Options for {@link loadPathway}: load limits plus the semantic-check options. */
export interface LoadPathwayOptions extends LoadLimits, CheckOptions {}

/** Problems after which the data is not worth checking further. */
const fatalCodes = new Set([
  "yaml-syntax",
  "invalid-encoding",
  "too-large",
  "too-deep",
  "alias-limit",
  "empty-document",
]);

const idCollections = [
  "sources",
  "settings",
  "strategies",
  "ceCategories",
  "credentials",
  "roles",
  "steps",
].map((c) => [c]);

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
  const parsed = parseYamlSource(source, { ...options, idCollections });
  const drafts: DraftDiagnostic[] = [...parsed.diagnostics];
  let pathway: Pathway | undefined;
  // Local problems (a duplicate key, a tag, a second document) still leave usable data to check.
  if (parsed.value !== undefined && !drafts.some((d) => fatalCodes.has(d.code))) {
    const checked = validatePathwayData(parsed.value, options);
    drafts.push(...checked.drafts);
    pathway = checked.pathway;
  }
  return finishResult(drafts, pathway, parsed.locator);
}

/** {@link loadPathway}, throwing a {@link PathwiseError} with the diagnostics when invalid. */
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
