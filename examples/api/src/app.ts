// The HTTP surface: routes, request checks and problem details, over pathways loaded by the
// caller. No file or clock access here: `main.ts` loads the pathways and passes the clock in.
import {
  type Diagnostic,
  type Goal,
  type Pathway,
  PathwiseError,
  parseGoal,
  validateProfile,
} from "@pathwise/core";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { type EngineRunner, type EngineTask, inProcessRunner } from "./engine-task.js";
import { buildOpenApi } from "./openapi.js";
import {
  makeProblem,
  type ProblemType,
  problemResponse,
  summarize,
  toJsonPointer,
} from "./problem.js";
import {
  checkEngineRequest,
  type EngineRequest,
  isCalendarDate,
  type RouteField,
} from "./request.js";

/** What the service needs: the pathways it serves and a clock read at the edge. */
export interface AppOptions {
  /** The pathways to serve, already validated. */
  readonly pathways: readonly Pathway[];
  /** Today's date as `YYYY-MM-DD`, for requests that give no date. */
  readonly today: () => string;
  /** The largest request body accepted, in bytes. Default: 256 KiB. */
  readonly maxBodyBytes?: number;
  /**
   * Where the engine runs: `main.ts` gives a pool of worker threads (`createEnginePool`), so that
   * a heavy request never holds up the others. Default: in the request's thread.
   */
  readonly engine?: EngineRunner;
}

/** The default request body limit: a profile is a few kilobytes; this leaves ample room. */
export const defaultMaxBodyBytes = 256 * 1024;

/**
 * Builds the service: `GET /pathways`, `POST /next`, `POST /plan`, `POST /explain` and
 * `GET /openapi.json`. Every error is an RFC 9457 problem (application/problem+json).
 */
export function createApp(options: AppOptions): Hono {
  const pathways = new Map(options.pathways.map((p) => [p.id, p]));
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const engine = options.engine ?? inProcessRunner(options.pathways);
  const openApi = buildOpenApi({ pathways: options.pathways, maxBodyBytes });
  const app = new Hono();

  const fail = (c: Context, type: ProblemType, detail: string, diagnostics?: Diagnostic[]) =>
    problemResponse(
      makeProblem(type, detail, {
        instance: c.req.path,
        ...(diagnostics ? { diagnostics } : {}),
      }),
    );

  app.use(
    "*",
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        fail(c, "payload-too-large", `Expected a body of at most ${maxBodyBytes} bytes.`),
    }),
  );

  app.get("/pathways", (c) =>
    c.json({
      pathways: [...pathways.values()].map((p) => ({
        id: p.id,
        title: p.title,
        ...(p.summary ? { summary: p.summary } : {}),
        reviewed: p.reviewed,
        roles: Object.entries(p.roles).map(([id, r]) => ({ id, title: r.title })),
        credentials: Object.entries(p.credentials).map(([id, r]) => ({ id, title: r.title })),
        settings: Object.entries(p.settings).map(([id, r]) => ({ id, title: r.title })),
      })),
    }),
  );

  app.get("/openapi.json", (c) => c.json(openApi));

  /**
   * The shared path of the engine routes: body → JSON → envelope → pathway → date → profile,
   * each failure a problem; then the route's own answer.
   */
  const engineRoute =
    (
      fields: readonly RouteField[],
      required: readonly RouteField[],
      answer: (input: {
        readonly c: Context;
        readonly request: EngineRequest;
        readonly pathway: Pathway;
        readonly profile: ReturnType<typeof validateProfile> & { ok: true };
        readonly date: string;
      }) => Response | Promise<Response>,
    ) =>
    async (c: Context) => {
      const type = c.req.header("content-type") ?? "";
      if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
        return fail(
          c,
          "unsupported-media-type",
          `Expected Content-Type application/json, found ${type ? `\`${type}\`` : "none"}.`,
        );
      }
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch (error) {
        return fail(c, "invalid-json", `Expected a JSON body: ${(error as Error).message}.`);
      }
      const checked = checkEngineRequest(body, fields, required);
      if (!checked.ok) {
        return fail(c, "invalid-request", summarize(checked.diagnostics), checked.diagnostics);
      }
      const request = checked.value;
      const pathwayId = request.pathway ?? request.profile.pathway;
      if (typeof pathwayId !== "string") {
        const missing: Diagnostic = {
          code: "missing-field",
          severity: "error",
          message: "Expected a `pathway` id in the request or in the profile, found none.",
          path: [],
        };
        return fail(c, "invalid-request", missing.message, [missing]);
      }
      const pathway = pathways.get(pathwayId);
      if (!pathway) {
        return fail(
          c,
          "unknown-pathway",
          `Expected one of ${[...pathways.keys()].map((k) => `\`${k}\``).join(", ")}, found \`${pathwayId}\`.`,
        );
      }
      // The evaluation date: the request's, else the profile's own, else today (read here, at
      // the edge; the engine only ever sees an explicit date).
      const profileDate = request.profile.date;
      const date =
        request.date ??
        (typeof profileDate === "string" && isCalendarDate(profileDate)
          ? profileDate
          : options.today());
      const profile = validateProfile(request.profile, { pathway, today: date });
      if (!profile.ok) {
        return problemResponse(
          makeProblem("invalid-profile", summarize(profile.diagnostics), {
            instance: c.req.path,
            diagnostics: profile.diagnostics,
            base: ["profile"],
          }),
        );
      }
      return answer({ c, request, pathway, profile, date });
    };

  const warnings = (diagnostics: readonly Diagnostic[]) =>
    diagnostics.map((d) => ({ ...d, pointer: toJsonPointer(["profile", ...d.path]) }));

  /** Runs a task on the engine; an argument it refuses (an unknown target) is a 400. */
  const answerWith = async (c: Context, task: EngineTask, warned: readonly Diagnostic[]) => {
    const answer = await engine(task);
    const key = task.route === "explain" ? "explanation" : task.route;
    if (!answer.ok) {
      const error = new PathwiseError("invalid-argument", answer.message);
      return argumentProblem(c, error, [task.route === "explain" ? "target" : "goal"]);
    }
    return c.json({
      pathway: task.pathway,
      date: task.date,
      warnings: warnings(warned),
      [key]: answer.value,
    });
  };

  app.post(
    "/next",
    engineRoute(["limit"], [], ({ c, request, pathway, profile, date }) =>
      answerWith(
        c,
        {
          route: "next",
          pathway: pathway.id,
          profile: profile.value,
          date,
          ...(request.limit ? { limit: request.limit } : {}),
        },
        profile.diagnostics,
      ),
    ),
  );

  app.post(
    "/plan",
    engineRoute(["goal"], [], ({ c, request, pathway, profile, date }) => {
      let goal: Goal | undefined;
      try {
        goal = request.goal ? parseGoal(request.goal, pathway) : profile.value.goals?.[0];
      } catch (error) {
        return argumentProblem(c, error, ["goal"]);
      }
      if (!goal) {
        const missing: Diagnostic = {
          code: "missing-field",
          severity: "error",
          message: "Expected a `goal` in the request or a goal in the profile, found none.",
          path: [],
        };
        return fail(c, "invalid-request", missing.message, [missing]);
      }
      return answerWith(
        c,
        { route: "plan", pathway: pathway.id, profile: profile.value, date, goal },
        profile.diagnostics,
      );
    }),
  );

  app.post(
    "/explain",
    engineRoute(["target"], ["target"], ({ c, request, pathway, profile, date }) =>
      answerWith(
        c,
        {
          route: "explain",
          pathway: pathway.id,
          profile: profile.value,
          date,
          target: request.target ?? "",
        },
        profile.diagnostics,
      ),
    ),
  );

  /** An id the engine does not know (a goal or target) is the client's mistake: a 400. */
  function argumentProblem(c: Context, error: unknown, path: string[]): Response {
    if (!(error instanceof PathwiseError) || error.code !== "invalid-argument") throw error;
    const diagnostic: Diagnostic = {
      code: "unknown-reference",
      severity: "error",
      message: error.message,
      path,
    };
    return fail(c, "invalid-request", error.message, [diagnostic]);
  }

  // A known path with another method: 405 with the methods it answers (RFC 9110 §15.5.6).
  const methods: Record<string, string> = {
    "/pathways": "GET, HEAD",
    "/openapi.json": "GET, HEAD",
    "/next": "POST",
    "/plan": "POST",
    "/explain": "POST",
  };
  for (const [path, allow] of Object.entries(methods)) {
    app.all(path, (c) =>
      problemResponse(
        makeProblem(
          "method-not-allowed",
          `Expected ${allow.replace(", ", " or ")} for ${path}, found ${c.req.method}.`,
          { instance: c.req.path },
        ),
        { allow },
      ),
    );
  }

  app.notFound((c) =>
    fail(
      c,
      "not-found",
      `Expected GET /pathways, GET /openapi.json, or POST /next, /plan or /explain, found ${c.req.method} ${c.req.path}.`,
    ),
  );

  app.onError((error, c) => {
    // A bug, not a client mistake: log it here and answer without internals.
    console.error(error);
    return fail(
      c,
      "internal-error",
      "The service could not answer this request; it has been logged.",
    );
  });

  return app;
}
