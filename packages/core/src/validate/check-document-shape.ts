import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { describeValue } from "./schema-issues.js";

/**
 * The first check of any Pathwise document, pathway or profile: a map at the top, with a format
 * version this library reads. Returns the one diagnostic that stops validation, or nothing.
 * @internal
 */
export function checkDocumentShape(
  data: unknown,
  supported: readonly number[],
): DraftDiagnostic | undefined {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return makeDiagnostic(
      "wrong-type",
      `Expected a map with \`pathwise: 1\` at the top, found ${describeValue(data)}.`,
      [],
    );
  }
  const version = (data as Record<string, unknown>).pathwise;
  if (version !== undefined && !supported.includes(version as number)) {
    return makeDiagnostic(
      "unsupported-version",
      `Expected format version ${supported.join(" or ")}, found ${describeValue(version)}.`,
      ["pathwise"],
      { data: { found: version, supported } },
    );
  }
  return undefined;
}
