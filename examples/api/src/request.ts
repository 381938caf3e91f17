// The request envelope every engine route takes: checked field by field, each problem a
// diagnostic with the same shape (and codes) as the core's, so a client shows them all alike.
import { type Diagnostic, type DiagnosticCode, dateRange, type PathSegment } from "@pathwise/core";

/** The fields a route accepts, beyond the common `pathway`, `profile` and `date`. */
export type RouteField = "limit" | "goal" | "target";

/** A checked request: the raw profile is validated later, against its pathway. */
export interface EngineRequest {
  readonly pathway?: string;
  readonly profile: Record<string, unknown>;
  readonly date?: string;
  readonly limit?: number;
  readonly goal?: string;
  readonly target?: string;
}

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const goalPattern = /^(role|setting|credential):[a-z][a-z0-9-]*$/;
const targetPattern = /^((step|role|credential):)?[a-z][a-z0-9-]*$/;

/**
 * Whether a `YYYY-MM-DD` string names a real calendar day (2026-02-30 does not) within the
 * engine's date range (`dateRange` of the core: 1900-01-01 to 2999-12-31).
 */
export function isCalendarDate(text: string): boolean {
  if (!isoDate.test(text) || text < dateRange.min || text > dateRange.max) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return day.toISOString().slice(0, 10) === text;
}

function problem(
  code: DiagnosticCode,
  message: string,
  path: readonly PathSegment[],
  data?: Record<string, unknown>,
): Diagnostic {
  return { code, severity: "error", message, path, ...(data ? { data } : {}) };
}

/**
 * Checks the body of `POST /next`, `/plan` or `/explain`: a JSON object with a `profile` object,
 * optional `pathway` id and `date`, and the route's own fields (`required` ones must be there).
 */
export function checkEngineRequest(
  body: unknown,
  fields: readonly RouteField[],
  required: readonly RouteField[] = [],
): { ok: true; value: EngineRequest } | { ok: false; diagnostics: Diagnostic[] } {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return {
      ok: false,
      diagnostics: [
        problem("wrong-type", `Expected a JSON object, found ${describe(body)}.`, [], {
          found: describe(body),
        }),
      ],
    };
  }
  const record = body as Record<string, unknown>;
  const allowed = new Set<string>(["pathway", "profile", "date", ...fields]);
  const diagnostics: Diagnostic[] = [];
  for (const key of Object.keys(record)) {
    if (!allowed.has(key)) {
      diagnostics.push(
        problem(
          "unknown-field",
          `Expected one of ${[...allowed].map((k) => `\`${k}\``).join(", ")}, found \`${key}\`.`,
          [key],
        ),
      );
    }
  }
  const { pathway, profile, date, limit, goal, target } = record;
  if (profile === undefined) {
    diagnostics.push(problem("missing-field", "Expected a `profile` object, found none.", []));
  } else if (profile === null || typeof profile !== "object" || Array.isArray(profile)) {
    diagnostics.push(
      problem("wrong-type", `Expected \`profile\` to be an object, found ${describe(profile)}.`, [
        "profile",
      ]),
    );
  }
  if (pathway !== undefined && typeof pathway !== "string") {
    diagnostics.push(
      problem("wrong-type", `Expected \`pathway\` to be an id, found ${describe(pathway)}.`, [
        "pathway",
      ]),
    );
  }
  if (date !== undefined && (typeof date !== "string" || !isCalendarDate(date))) {
    diagnostics.push(
      problem(
        "invalid-value",
        `Expected \`date\` as YYYY-MM-DD, a real day from ${dateRange.min} to ${dateRange.max}, found ${describe(date)}.`,
        ["date"],
      ),
    );
  }
  if (
    limit !== undefined &&
    !(typeof limit === "number" && Number.isInteger(limit) && limit >= 1 && limit <= 100)
  ) {
    diagnostics.push(
      problem(
        "invalid-value",
        `Expected \`limit\` as a whole number from 1 to 100, found ${describe(limit)}.`,
        ["limit"],
      ),
    );
  }
  if (goal !== undefined && (typeof goal !== "string" || !goalPattern.test(goal))) {
    diagnostics.push(
      problem(
        "invalid-value",
        `Expected \`goal\` as role:ID, setting:ID or credential:ID, found ${describe(goal)}.`,
        ["goal"],
      ),
    );
  }
  if (target !== undefined && (typeof target !== "string" || !targetPattern.test(target))) {
    diagnostics.push(
      problem(
        "invalid-value",
        `Expected \`target\` as an id, or step:ID, role:ID or credential:ID, found ${describe(target)}.`,
        ["target"],
      ),
    );
  }
  for (const key of required) {
    if (record[key] === undefined) {
      diagnostics.push(problem("missing-field", `Expected a \`${key}\` field, found none.`, []));
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return { ok: true, value: record as unknown as EngineRequest };
}

/** A short description of a JSON value for messages: `a number (3)`, `a list`, `null`. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `\`${value}\``;
    case "object":
      return "an object";
    default:
      return "nothing";
  }
}
