import type * as z from "zod";
import { type CheckOptions, checkPathwaySemantics } from "../check/check-pathway.js";
import { compareDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { PathwiseError } from "../diagnostics/pathwise-error.js";
import type { Result } from "../diagnostics/result.js";
import { Pathway, supportedFormatVersions } from "../model/pathway.js";
import type { LoadLimits } from "./limits.js";
import type { Locator } from "./locator.js";
import { parseYamlSource } from "./parse-yaml.js";
import { describeValue, issuesToDiagnostics } from "./schema-issues.js";

/** Options for {@link loadPathway}: load limits plus the semantic-check options. */
export interface LoadPathwayOptions extends LoadLimits, CheckOptions {}

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
 * Every problem comes back as a positioned {@link Diagnostic}; nothing about the content throws.
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
    const checked = validateData(parsed.value, options);
    drafts.push(...checked.drafts);
    pathway = checked.pathway;
  }
  return finish(drafts, pathway, parsed.locator);
}

/**
 * Validates pathway data that is already parsed (for example from JSON), with the same checks
 * and codes as {@link loadPathway}; diagnostics carry paths but no ranges.
 */
export function validatePathway(data: unknown, options: CheckOptions = {}): Result<Pathway> {
  const { drafts, pathway } = validateData(data, options);
  return finish(drafts, pathway, undefined);
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

function validateData(
  data: unknown,
  options: CheckOptions,
): { drafts: DraftDiagnostic[]; pathway?: Pathway } {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      drafts: [
        makeDiagnostic(
          "wrong-type",
          `Expected a map with \`pathwise: 1\` at the top, found ${describeValue(data)}.`,
          [],
        ),
      ],
    };
  }
  const version = (data as Record<string, unknown>).pathwise;
  if (version !== undefined && !(supportedFormatVersions as readonly unknown[]).includes(version)) {
    return {
      drafts: [
        makeDiagnostic(
          "unsupported-version",
          `Expected format version ${supportedFormatVersions.join(" or ")}, found ${describeValue(version)}.`,
          ["pathwise"],
          { data: { found: version, supported: supportedFormatVersions } },
        ),
      ],
    };
  }
  const result = Pathway.safeParse(data);
  if (!result.success)
    return { drafts: issuesToDiagnostics(result.error.issues, data, Pathway as z.ZodType) };
  return { drafts: checkPathwaySemantics(result.data, options), pathway: result.data };
}

function finish(
  drafts: readonly DraftDiagnostic[],
  pathway: Pathway | undefined,
  locator: Locator | undefined,
): Result<Pathway> {
  const diagnostics: Diagnostic[] = drafts.map((d) => {
    if (locator) return locator.finish(d);
    const { at: _at, end: _end, target: _target, ...rest } = d;
    return rest;
  });
  diagnostics.sort(compareDiagnostics);
  const failed = diagnostics.some((d) => d.severity === "error");
  return pathway && !failed
    ? { ok: true, value: pathway, diagnostics }
    : { ok: false, diagnostics };
}
