import type * as z from "zod/mini";
import type { PathSegment } from "../diagnostics/diagnostic.js";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { didYouMean, suggestClosest } from "../internal/suggest.js";
import { count } from "../internal/text.js";
import { dateRange } from "../load/limits.js";
import { reservedIds } from "../model/id.js";
import { httpUrlPattern } from "../model/source.js";
import { schemaAt, unionOptionKeys } from "./schema-at.js";

type Issue = z.core.$ZodIssue;

/**
 * Turns zod issues into diagnostics: one per node, with a code from the closed list, a
 * one-sentence message, and suggestions for misspelt keys. Union failures are narrowed to the
 * branch the data was evidently written for, so a typo inside a condition reports the typo, not
 * ten alternatives.
 */
export function issuesToDiagnostics(
  issues: readonly Issue[],
  data: unknown,
  root: z.ZodMiniType,
): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  const seen = new Set<string>();
  const push = (d: DraftDiagnostic) => {
    const key = `${d.target ?? "value"}\u0000${d.path.join("\u0000")}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(d);
  };
  // A refinement ("give at least one of...") failing where the shape itself is wrong only echoes
  // the shape problem: keep the shape problem.
  const shapeIssuePaths = issues
    .filter((i) => i.code !== "custom")
    .map((i) => i.path.join("\u0000"));
  for (const issue of issues) {
    if (issue.code === "custom") {
      const at = issue.path.join("\u0000");
      if (shapeIssuePaths.some((p) => p === at || p.startsWith(`${at}\u0000`))) continue;
    }
    visit(issue, [], data, root, push);
  }
  return out;
}

function visit(
  issue: Issue,
  base: PathSegment[],
  data: unknown,
  root: z.ZodMiniType,
  push: (d: DraftDiagnostic) => void,
): void {
  const path = [...base, ...(issue.path as PathSegment[])];
  const value = valueAt(data, path);
  const name = fieldName(path);
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) {
        const parent = path.slice(0, -1);
        push(
          makeDiagnostic(
            "missing-field",
            `Expected the required field \`${String(path[path.length - 1])}\`, found none.`,
            parent,
            {
              target: "key",
              data: { field: path[path.length - 1] },
            },
          ),
        );
      } else {
        push(
          makeDiagnostic(
            "wrong-type",
            `Expected ${article(issue.expected)} for ${name}, found ${describeValue(value)}.`,
            path,
            {
              data: { expected: issue.expected, found: typeName(value) },
            },
          ),
        );
      }
      return;
    }
    case "unrecognized_keys": {
      const known = knownKeys(root, path, value);
      for (const key of issue.keys) {
        const suggestions = suggestClosest(key, known);
        push(
          makeDiagnostic(
            "unknown-field",
            `Expected one of the known fields, found \`${key}\`${didYouMean(suggestions)}`,
            [...path, key],
            {
              target: "key",
              suggestions,
              data: { field: key, known },
            },
          ),
        );
      }
      return;
    }
    case "invalid_union": {
      visitUnion(issue, path, value, data, root, push);
      return;
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => `\`${String(v)}\``).join(", ");
      const found = typeof value === "string" ? `\`${value}\`` : describeValue(value);
      const suggestions =
        typeof value === "string" ? suggestClosest(value, issue.values.map(String)) : [];
      push(
        makeDiagnostic(
          "invalid-value",
          `Expected ${issue.values.length === 1 ? allowed : `one of ${allowed}`} for ${name}, found ${found}${didYouMean(suggestions)}`,
          path,
          { suggestions, data: { allowed: issue.values } },
        ),
      );
      return;
    }
    case "invalid_key": {
      const key = String(path[path.length - 1]);
      push(
        makeDiagnostic(
          "invalid-id",
          reservedIds.has(key)
            ? `Expected an id that JavaScript does not reserve, found \`${key}\`.`
            : `Expected an id in lowercase kebab-case (such as \`lead-technician\`), found \`${key}\`.`,
          path,
          {
            target: "key",
            data: { id: key },
          },
        ),
      );
      return;
    }
    case "invalid_format": {
      push(
        makeDiagnostic(
          isIdPath(path) ? "invalid-id" : "invalid-value",
          formatMessage(issue, name, value, path),
          path,
          {
            data: { format: isUrlIssue(issue) ? "url" : issue.format },
          },
        ),
      );
      return;
    }
    case "too_small":
    case "too_big": {
      const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const what =
        issue.origin === "array"
          ? `${issue.code === "too_small" ? "at least" : "at most"} ${count(Number(bound), "entry", "entries")}`
          : issue.origin === "string"
            ? `${issue.code === "too_small" ? "at least" : "at most"} ${bound} characters`
            : `a number ${issue.code === "too_small" ? (issue.inclusive === false ? "above" : "of at least") : issue.inclusive === false ? "below" : "of at most"} ${bound}`;
      push(
        makeDiagnostic(
          "invalid-value",
          `Expected ${what} for ${name}, found ${describeValue(value)}.`,
          path,
          { data: { bound } },
        ),
      );
      return;
    }
    default: {
      push(
        makeDiagnostic(
          "invalid-value",
          custom(issue.message, name, value) ??
            `Expected a valid value for ${name} (${issue.message}), found ${describeValue(value)}.`,
          path,
        ),
      );
    }
  }
}

function custom(message: string, name: string, value: unknown): string | undefined {
  if (message.startsWith("give "))
    return `Expected ${name} to ${message
      .slice(5)
      .replace(/^exactly/, "have exactly")
      .replace(/^at least/, "have at least")
      .replace(/^either/, "have either")}, found ${describeValue(value)}.`;
  if (message === "not a calendar date")
    return `Expected a real calendar date for ${name}, found \`${String(value)}\`.`;
  if (message === "date out of range")
    return `Expected a date from ${dateRange.min} to ${dateRange.max} for ${name}, found \`${String(value)}\`.`;
  return undefined;
}

function visitUnion(
  issue: Extract<Issue, { code: "invalid_union" }>,
  path: PathSegment[],
  value: unknown,
  data: unknown,
  root: z.ZodMiniType,
  push: (d: DraftDiagnostic) => void,
): void {
  const options = unionOptionKeys(root, path, data);
  if (!isPlainObject(value) || !options) {
    push(
      makeDiagnostic(
        "wrong-type",
        `Expected ${options ? `a map with one of the keys ${listKeys(options.flat())}` : "a different value"} for ${fieldName(path)}, found ${describeValue(value)}.`,
        path,
      ),
    );
    return;
  }
  const keys = Object.keys(value);
  const matching = options
    .map((optionKeys, index) => ({
      index,
      hits: keys.filter((k) => optionKeys.includes(k)).length,
    }))
    .filter((o) => o.hits > 0);
  if (matching.length > 1) {
    const found = keys.filter((k) => options.some((o) => o.includes(k)));
    push(
      makeDiagnostic(
        "wrong-type",
        `Expected one condition per map, found ${listKeys(found)}; wrap them in \`all\` or \`any\`.`,
        path,
        { target: "key", data: { keys: found } },
      ),
    );
    return;
  }
  if (matching.length === 1) {
    const branch = issue.errors[(matching[0] as { index: number }).index] ?? [];
    for (const inner of branch) visit(inner, path, data, root, push);
    return;
  }
  const all = [...new Set(options.flat())];
  const leading = options.map((o) => o[0] as string);
  if (keys.length === 0) {
    push(
      makeDiagnostic(
        "wrong-type",
        `Expected a map with one of the keys ${listKeys(leading)}, found an empty map.`,
        path,
      ),
    );
    return;
  }
  for (const key of keys) {
    const suggestions = suggestClosest(key, all);
    push(
      makeDiagnostic(
        "unknown-field",
        `Expected one of the keys ${listKeys(leading)}, found \`${key}\`${didYouMean(suggestions)}`,
        [...path, key],
        {
          target: "key",
          suggestions,
          data: { field: key, known: all },
        },
      ),
    );
  }
}

function knownKeys(root: z.ZodMiniType, path: readonly PathSegment[], value: unknown): string[] {
  const schema = schemaAt(root, path, value);
  const shape = (schema?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

function formatMessage(
  issue: Extract<Issue, { code: "invalid_format" }>,
  name: string,
  value: unknown,
  path: readonly PathSegment[],
): string {
  const found = typeof value === "string" ? `\`${value}\`` : describeValue(value);
  if (
    issue.format === "regex" &&
    /date|reviewed|accessed|earned|from|to$/.test(String(path[path.length - 1])) &&
    issue.pattern?.includes("\\d{4}")
  ) {
    return `Expected a date as YYYY-MM-DD for ${name}, found ${found}.`;
  }
  if (issue.format === "regex" && isIdPath(path))
    return `Expected an id in lowercase kebab-case for ${name}, found ${found}.`;
  if (issue.pattern?.includes("A-Z]{2}"))
    return `Expected a jurisdiction code such as \`US\` or \`US-TX\` for ${name}, found ${found}.`;
  if (issue.pattern?.includes("A-Z]{3}"))
    return `Expected a three-letter currency code such as \`USD\` for ${name}, found ${found}.`;
  if (issue.pattern?.includes("(role|credential|setting):"))
    return `Expected a goal as \`role:id\`, \`credential:id\` or \`setting:id\` for ${name}, found ${found}.`;
  if (isUrlIssue(issue)) return `Expected an http or https URL for ${name}, found ${found}.`;
  if (issue.pattern?.includes("\\d{4}"))
    return `Expected a date as YYYY-MM-DD for ${name}, found ${found}.`;
  return `Expected ${name} to match the ${issue.format} format, found ${found}.`;
}

function isUrlIssue(issue: Extract<Issue, { code: "invalid_format" }>): boolean {
  return issue.format === "url" || issue.pattern === String(httpUrlPattern);
}

function isIdPath(path: readonly PathSegment[]): boolean {
  return path.length === 1 && path[0] === "id";
}

function listKeys(keys: readonly string[]): string {
  return keys.map((k) => `\`${k}\``).join(", ");
}

function fieldName(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === "string") return `\`${segment}\``;
  }
  return "the document";
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, segment))
      return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "map";
  return typeof value;
}

/** Names a value's type for a message: "a list", "the string `x`", "nothing". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string")
    return value.length > 40 ? "a long string" : `the string \`${value}\``;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `\`${value}\``;
  return typeof value;
}

function article(expected: string): string {
  switch (expected) {
    case "object":
    case "record":
      return "a map";
    case "array":
      return "a list";
    case "int":
      return "a whole number";
    case "string":
      return "text";
    default:
      return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
  }
}
