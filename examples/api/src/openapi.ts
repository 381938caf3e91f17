// The OpenAPI 3.1 document of the service. The profile's schema is the core's generated JSON
// Schema, so the document cannot drift from what the service validates.
import { allDiagnosticCodes, type Pathway } from "@pathwise/core";
import profileJsonSchema from "@pathwise/core/profile.schema.json" with { type: "json" };
import { problemMediaType, problemTypes } from "./problem.js";

/** Keywords only editors read; OpenAPI tools do not need them. */
const editorKeywords = new Set([
  "markdownDescription",
  "defaultSnippets",
  "enumDescriptions",
  "markdownEnumDescriptions",
]);

/** Copies a JSON Schema without the editor keywords, `$schema` and `$id` (3.1 sets the dialect). */
function forOpenApi(schema: unknown, top = true): unknown {
  if (Array.isArray(schema)) return schema.map((s) => forOpenApi(s, false));
  if (schema === null || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(schema)) {
    if (editorKeywords.has(key) || (top && (key === "$schema" || key === "$id"))) continue;
    // Under `properties`, keys are field names, not keywords: keep every one.
    out[key] =
      key === "properties" && child && typeof child === "object"
        ? Object.fromEntries(Object.entries(child).map(([name, s]) => [name, forOpenApi(s, false)]))
        : forOpenApi(child, false);
  }
  return out;
}

const date = {
  type: "string",
  format: "date",
  description: "The evaluation date, YYYY-MM-DD. Default: the profile's `date`, else today.",
  examples: ["2026-11-24"],
};

function requestSchema(
  extra: Record<string, unknown>,
  required: string[] = [],
): Record<string, unknown> {
  return {
    type: "object",
    additionalProperties: false,
    required: ["profile", ...required],
    properties: {
      pathway: {
        type: "string",
        description: "The pathway id (see GET /pathways). Default: the profile's `pathway`.",
      },
      profile: { $ref: "#/components/schemas/Profile" },
      date,
      ...extra,
    },
  };
}

const problemResponses = (statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: Object.values(problemTypes)
          .filter((t) => t.status === status)
          .map((t) => t.title)
          .join("; "),
        content: { [problemMediaType]: { schema: { $ref: "#/components/schemas/Problem" } } },
      },
    ]),
  );

function engineOperation(
  summary: string,
  request: string,
  answer: string,
  answerDescription: string,
): Record<string, unknown> {
  return {
    summary,
    requestBody: {
      required: true,
      content: { "application/json": { schema: { $ref: `#/components/schemas/${request}` } } },
    },
    responses: {
      "200": {
        description: answerDescription,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["pathway", "date", "warnings", answer],
              properties: {
                pathway: { type: "string" },
                date: { type: "string", format: "date" },
                warnings: { type: "array", items: { $ref: "#/components/schemas/Diagnostic" } },
                [answer]: { type: "object", description: answerDescription },
              },
            },
          },
        },
      },
      ...problemResponses([400, 404, 413, 415]),
    },
  };
}

/** Builds the OpenAPI 3.1 document for the pathways served and the body limit in force. */
export function buildOpenApi(options: {
  readonly pathways: readonly Pathway[];
  readonly maxBodyBytes: number;
}): Record<string, unknown> {
  const ids = options.pathways.map((p) => p.id);
  return {
    openapi: "3.1.0",
    info: {
      title: "Pathwise example API",
      version: "0.1.0",
      description: `Next steps, plans and explanations for a career profile. Pathways served: ${ids.join(", ")}. Request bodies are JSON, at most ${options.maxBodyBytes} bytes; every error is an RFC 9457 problem (${problemMediaType}).`,
    },
    paths: {
      "/pathways": {
        get: {
          summary: "The pathways served, with their roles, credentials and settings",
          responses: {
            "200": {
              description: "The pathways",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { pathways: { type: "array", items: { type: "object" } } },
                  },
                },
              },
            },
          },
        },
      },
      "/next": {
        post: engineOperation(
          "Rank the next steps for a profile, with reasons",
          "NextRequest",
          "next",
          "The engine's Recommendations: steps with reasons, close steps, credentials, goals",
        ),
      },
      "/plan": {
        post: engineOperation(
          "Plan the route to a goal",
          "PlanRequest",
          "plan",
          "The engine's Plan: items with dates, totals, assumptions, or blockers",
        ),
      },
      "/explain": {
        post: engineOperation(
          "Explain why a step, role or credential is or is not available",
          "ExplainRequest",
          "explanation",
          "The engine's Explanation: state, evaluated requirements, missing facts, plan",
        ),
      },
      "/openapi.json": {
        get: {
          summary: "This document",
          responses: { "200": { description: "The OpenAPI 3.1 document" } },
        },
      },
    },
    components: {
      schemas: {
        Profile: forOpenApi(profileJsonSchema),
        NextRequest: requestSchema({
          limit: { type: "integer", minimum: 1, maximum: 100, description: "Default: 5." },
        }),
        PlanRequest: requestSchema({
          goal: {
            type: "string",
            pattern: "^(role|setting|credential):[a-z][a-z0-9-]*$",
            description: "Default: the profile's first goal.",
            examples: ["role:lead-technician"],
          },
        }),
        ExplainRequest: requestSchema(
          {
            target: {
              type: "string",
              description: "A step, role or credential id, optionally prefixed with its kind.",
              examples: ["credential:ptcb-cspt"],
            },
          },
          ["target"],
        ),
        Diagnostic: {
          type: "object",
          required: ["code", "severity", "message", "path"],
          properties: {
            code: { enum: [...allDiagnosticCodes] },
            severity: { enum: ["error", "warning", "info"] },
            message: { type: "string" },
            path: { type: "array", items: { type: ["string", "integer"] } },
            pointer: { type: "string", description: "RFC 6901 pointer into the request body." },
            suggestions: { type: "array", items: { type: "string" } },
            data: { type: "object" },
          },
        },
        Problem: {
          type: "object",
          description: "RFC 9457 problem details.",
          required: ["type", "title", "status", "detail"],
          properties: {
            type: { type: "string", format: "uri" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            instance: { type: "string" },
            diagnostics: { type: "array", items: { $ref: "#/components/schemas/Diagnostic" } },
          },
        },
      },
    },
  };
}
