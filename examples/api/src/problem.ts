// RFC 9457 problem details: every error the service answers is one of these, as
// application/problem+json, so that a client handles them all with one code path.
import type { Diagnostic, PathSegment } from "@pathwise/core";

/** The media type of a problem-details body. */
export const problemMediaType = "application/problem+json";

/** Where the problem types are documented; each type is an anchor in the example's README. */
const typeBase = "https://github.com/pathwise/pathwise/blob/main/examples/api/README.md#";

/** The closed set of problems this service answers, with their status and title. */
export const problemTypes = {
  "invalid-json": { status: 400, title: "The request body is not valid JSON" },
  "invalid-request": { status: 400, title: "The request does not have the expected fields" },
  "invalid-profile": { status: 400, title: "The profile is not valid for this pathway" },
  "unknown-pathway": { status: 404, title: "No pathway has this id" },
  "not-found": { status: 404, title: "No such resource" },
  "method-not-allowed": { status: 405, title: "The resource does not answer this method" },
  "payload-too-large": { status: 413, title: "The request body is too large" },
  "unsupported-media-type": { status: 415, title: "The request body must be JSON" },
  "internal-error": { status: 500, title: "The service failed to answer" },
} as const;

/** One of the problem types this service answers. */
export type ProblemType = keyof typeof problemTypes;

/** A diagnostic as a problem lists it: the core's fields plus a JSON Pointer into the body. */
export interface ProblemDiagnostic extends Diagnostic {
  /** RFC 6901 pointer to the offending value in the request body, as RFC 9457 suggests. */
  readonly pointer: string;
}

/** A problem-details body (RFC 9457), with the diagnostics as an extension member. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly diagnostics?: readonly ProblemDiagnostic[];
}

/** Builds a problem of a known type; `diagnostics` are positioned under `base` in the body. */
export function makeProblem(
  type: ProblemType,
  detail: string,
  options: {
    instance?: string;
    diagnostics?: readonly Diagnostic[];
    base?: readonly PathSegment[];
  } = {},
): Problem {
  const { status, title } = problemTypes[type];
  const base = options.base ?? [];
  return {
    type: `${typeBase}${type}`,
    title,
    status,
    detail,
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    ...(options.diagnostics === undefined
      ? {}
      : {
          diagnostics: options.diagnostics.map((d) => ({
            ...d,
            pointer: toJsonPointer([...base, ...d.path]),
          })),
        }),
  };
}

/** Renders a problem as an HTTP response with the problem-details media type. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": problemMediaType, ...headers },
  });
}

/** A data path as an RFC 6901 JSON Pointer (`~` and `/` escaped). */
export function toJsonPointer(path: readonly PathSegment[]): string {
  return path.map((s) => `/${String(s).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** The detail line of a problem with diagnostics: how many, and the first message. */
export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const first = errors[0] ?? diagnostics[0];
  if (!first) return "The request is not valid.";
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  return `${first.message}${more}`;
}
