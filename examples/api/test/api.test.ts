// Starts the real service on a loopback port and talks to it over HTTP, as a client would.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadPathwayFolder } from "../src/load-pathways.js";
import { type RunningServer, startServer } from "../src/server.js";

// Answers are read as loose JSON; each test asserts the shape it relies on.
// biome-ignore lint/suspicious/noExplicitAny: parsed JSON of known shape
type Json = Record<string, any>;

const pathwaysFolder = fileURLToPath(new URL("../../../pathways/", import.meta.url));
const today = "2026-11-24";
const maxBodyBytes = 64 * 1024;

function exampleProfile(name = "new-technician"): Record<string, unknown> {
  return parse(readFileSync(`${pathwaysFolder}profiles/${name}.profile.yaml`, "utf8"));
}

let server: RunningServer;
beforeAll(async () => {
  const pathways = await loadPathwayFolder(pathwaysFolder, today);
  server = await startServer({ pathways, today: () => today, maxBodyBytes, port: 0 });
});
afterAll(() => server?.close());

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { response, json: (await response.json()) as Json };
}

function expectProblem(response: Response, status: number, type: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (json: Json) => {
    expect(json.type).toMatch(new RegExp(`#${type}$`));
    expect(json.status).toBe(status);
    expect(json.title).toEqual(expect.any(String));
    expect(json.detail).toEqual(expect.any(String));
  };
}

describe("examples/api over HTTP", () => {
  it("listens on a loopback port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("lists the bundled pathways with their ids and titles", async () => {
    const response = await fetch(`${server.url}/pathways`);
    expect(response.status).toBe(200);
    const json = (await response.json()) as { pathways: Json[] };
    expect(json.pathways.map((p) => [p.id, p.title])).toEqual([
      ["pharmacy-technician", "Pharmacy technician (United States)"],
    ]);
    expect(json.pathways[0]?.roles).toContainEqual({
      id: "lead-technician",
      title: "Lead pharmacy technician",
    });
  });

  it("recommends next steps for a profile posted as JSON", async () => {
    const { response, json } = await post("/next", { profile: exampleProfile(), limit: 3 });
    expect(response.status).toBe(200);
    expect(json.pathway).toBe("pharmacy-technician");
    expect(json.date).toBe("2026-11-24");
    expect(json.next.steps).toHaveLength(3);
    expect(json.next.steps[0].step).toBe("earn-ptcb-cpht");
    expect(json.next.steps[0].reasons[0].code).toBe("goal-route");
  });

  it("evaluates on the request's date, else the profile's, else today read by the server", async () => {
    const profile = exampleProfile();
    delete profile.date;
    const onToday = await post("/next", { profile });
    expect(onToday.json.date).toBe(today);
    const onDate = await post("/next", { profile, date: "2027-01-15" });
    expect(onDate.json.date).toBe("2027-01-15");
    expect(onDate.json.next.date).toBe("2027-01-15");
  });

  it("plans the route to the profile's first goal or to the goal asked", async () => {
    const first = await post("/plan", { profile: exampleProfile() });
    expect(first.response.status).toBe(200);
    expect(first.json.plan.reachable).toBe(true);
    expect(first.json.plan.items.map((i: { id?: string }) => i.id)).toContain("earn-ptcb-cpht");
    const asked = await post("/plan", {
      profile: exampleProfile(),
      goal: "credential:ptcb-cspt",
    });
    expect(asked.response.status).toBe(200);
    expect(asked.json.plan).toHaveProperty("reachable");
  });

  it("explains a credential for a profile", async () => {
    const { response, json } = await post("/explain", {
      profile: exampleProfile(),
      target: "credential:ptcb-cpht",
    });
    expect(response.status).toBe(200);
    expect(json.explanation).toMatchObject({ kind: "credential", id: "ptcb-cpht" });
    expect(json.explanation.message).toEqual(expect.any(String));
  });

  it("rejects a profile with an unknown reference: 400 with the diagnostic at its JSON pointer", async () => {
    const profile = {
      ...exampleProfile(),
      credentials: [{ id: "ptcb-cpth", earned: "2025-01-10" }],
    };
    const { response, json } = await post("/next", { profile });
    expectProblem(response, 400, "invalid-profile")(json);
    expect(json.instance).toBe("/next");
    expect(json.diagnostics).toHaveLength(1);
    expect(json.diagnostics[0]).toMatchObject({
      code: "unknown-reference",
      severity: "error",
      path: ["credentials", 0, "id"],
      pointer: "/profile/credentials/0/id",
      suggestions: ["ptcb-cpht", "ptcb-cpted", "ptcb-cspt"],
    });
    expect(json.detail).toBe(json.diagnostics[0].message);
  });

  it("lists every problem of a profile with wrong types and dates in the future", async () => {
    const profile = {
      ...exampleProfile(),
      role: 5,
      history: [{ role: "pharmacy-technician", from: "2030-01-01" }],
    };
    const { response, json } = await post("/next", { profile });
    expectProblem(response, 400, "invalid-profile")(json);
    expect(json.diagnostics.map((d: { pointer: string }) => d.pointer)).toContain("/profile/role");
    expect(json.diagnostics[0].code).toBe("wrong-type");
  });

  it("rejects a request without a profile, with unknown fields and a bad date", async () => {
    const { response, json } = await post("/next", { date: "2026-02-30", lmit: 3 });
    expectProblem(response, 400, "invalid-request")(json);
    const byPointer = Object.fromEntries(
      json.diagnostics.map((d: { pointer: string; code: string }) => [d.pointer, d.code]),
    );
    expect(byPointer).toEqual({
      "": "missing-field",
      "/lmit": "unknown-field",
      "/date": "invalid-value",
    });
  });

  it("rejects a body that is not an object, and an explanation without a target", async () => {
    const list = await post("/next", [1, 2]);
    expectProblem(list.response, 400, "invalid-request")(list.json);
    expect(list.json.detail).toBe("Expected a JSON object, found a list.");
    const untargeted = await post("/explain", { profile: exampleProfile() });
    expectProblem(untargeted.response, 400, "invalid-request")(untargeted.json);
    expect(untargeted.json.detail).toMatch(/`target`/);
  });

  it("answers 400 for an unknown goal or target, naming the field", async () => {
    const goal = await post("/plan", { profile: exampleProfile(), goal: "role:lead-tech" });
    expectProblem(goal.response, 400, "invalid-request")(goal.json);
    expect(goal.json.diagnostics[0]).toMatchObject({ code: "unknown-reference", pointer: "/goal" });
    const target = await post("/explain", { profile: exampleProfile(), target: "earn-ptcb-cpth" });
    expectProblem(target.response, 400, "invalid-request")(target.json);
    expect(target.json.diagnostics[0].pointer).toBe("/target");
    expect(target.json.detail).toContain("earn-ptcb-cpht");
  });

  it("answers 400 for malformed JSON", async () => {
    const { response, json } = await post("/next", '{"profile": {"pathwise": 1,');
    expectProblem(response, 400, "invalid-json")(json);
    expect(json.detail).toMatch(/^Expected a JSON body: /);
  });

  it("answers 413 for a body over the limit, with or without a Content-Length", async () => {
    const big = JSON.stringify({
      profile: { ...exampleProfile(), name: "x".repeat(maxBodyBytes) },
    });
    const sized = await post("/next", big);
    expectProblem(sized.response, 413, "payload-too-large")(sized.json);
    expect(sized.json.detail).toBe(`Expected a body of at most ${maxBodyBytes} bytes.`);

    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
        controller.close();
      },
    });
    const chunked = await fetch(`${server.url}/next`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(chunked.headers.get("content-type")).toBe("application/problem+json");
  });

  it("answers 404 for an unknown pathway and for an unknown route", async () => {
    const { response, json } = await post("/next", {
      pathway: "pharmacy-tech",
      profile: exampleProfile(),
    });
    expectProblem(response, 404, "unknown-pathway")(json);
    expect(json.detail).toBe("Expected one of `pharmacy-technician`, found `pharmacy-tech`.");
    const route = await fetch(`${server.url}/recommendations`);
    expectProblem(route, 404, "not-found")((await route.json()) as Json);
  });

  it("answers 405 with the allowed methods for a known path and another method", async () => {
    const get = await fetch(`${server.url}/next`);
    expectProblem(get, 405, "method-not-allowed")((await get.json()) as Json);
    expect(get.headers.get("allow")).toBe("POST");
    const del = await fetch(`${server.url}/pathways`, { method: "DELETE" });
    expect(del.status).toBe(405);
    expect(del.headers.get("allow")).toBe("GET, HEAD");
    const head = await fetch(`${server.url}/pathways`, { method: "HEAD" });
    expect(head.status).toBe(200);
  });

  it("answers 415 for a body that is not declared as JSON", async () => {
    const { response, json } = await post("/next", JSON.stringify({ profile: exampleProfile() }), {
      "content-type": "text/plain",
    });
    expectProblem(response, 415, "unsupported-media-type")(json);
  });

  it("publishes an OpenAPI 3.1 document whose profile schema accepts the example profiles", async () => {
    const response = await fetch(`${server.url}/openapi.json`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Json;
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual([
      "/pathways",
      "/next",
      "/plan",
      "/explain",
      "/openapi.json",
    ]);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const [name, schema] of Object.entries<object>(doc.components.schemas)) {
      ajv.addSchema(schema, `#/components/schemas/${name}`);
    }
    const validateNext = ajv.compile({
      $ref: "#/components/schemas/NextRequest",
      components: doc.components,
    });
    for (const name of ["new-technician", "renewing-hospital-technician"]) {
      expect(
        validateNext({ profile: exampleProfile(name) }),
        JSON.stringify(validateNext.errors),
      ).toBe(true);
    }
    expect(validateNext({ profile: exampleProfile(), extra: 1 })).toBe(false);
  });
});
