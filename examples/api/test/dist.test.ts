// The documented start command, run exactly as the README writes it, on the built output:
// `node examples/api/dist/main.js` from the repository root. Then the hostile requests of
// issue 14 over real HTTP: each gets a 4xx problem, never a 5xx, a stall or a crash.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const command = /^(node examples\/api\/dist\/main\.js)\s/m.exec(readme)?.[1] ?? "";

let child: ChildProcess;
let url = "";
let stderr = "";

beforeAll(async () => {
  expect(command).toBe("node examples/api/dist/main.js");
  const [, ...args] = command.split(" ");
  child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  let out = "";
  for await (const chunk of child.stdout ?? []) {
    out += String(chunk);
    const match = /Pathwise API on (http:\/\/\S+)/.exec(out);
    if (match?.[1]) {
      url = match[1];
      break;
    }
  }
  if (!url) throw new Error(`the API did not start: ${stderr}`);
});

afterAll(async () => {
  if (child.exitCode === null) {
    child.kill("SIGTERM");
    await once(child, "exit");
  }
});

const profile = (): Record<string, unknown> =>
  parse(readFileSync(`${root}pathways/profiles/new-technician.profile.yaml`, "utf8"));

async function post(path: string, body: unknown) {
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const codes = (json: Record<string, unknown>) =>
  (json.diagnostics as { code: string; path: unknown[] }[]).map((d) => d.code);

describe("examples/api, started as documented", () => {
  it("serves the bundled pathways (finding 2)", async () => {
    const response = await fetch(`${url}/openapi.json`);
    expect(response.status).toBe(200);
    expect(stderr).toBe("");
  });

  it("answers the README's curl example", async () => {
    const body = /curl -s localhost:3000\/next [^\n]*\\\n\s+-d '([^']+)'/.exec(readme)?.[1];
    expect(body).toBeDefined();
    const { status, json } = await post("/next", JSON.parse(body as string));
    expect(status).toBe(200);
    expect(json.pathway).toBe("pharmacy-technician");
  });

  it("answers a profile of 500 jobs held at once (finding 1)", async () => {
    const jobs = Array.from({ length: 500 }, () => ({
      role: "pharmacy-technician",
      from: "2020-01-01",
    }));
    const { status, json } = await post("/next", { profile: { ...profile(), history: jobs } });
    expect(status).toBe(200);
    expect((json.warnings as unknown[]).length).toBe(499);
  });

  it("refuses a 245 KB history under the body limit as an invalid profile (finding 1)", async () => {
    const jobs = Array.from({ length: 3700 }, () => ({
      role: "pharmacy-technician",
      from: "2020-01-01",
      to: "2024-01-01",
    }));
    const body = { profile: { ...profile(), history: jobs } };
    expect(JSON.stringify(body).length).toBeGreaterThan(240_000);
    expect(JSON.stringify(body).length).toBeLessThan(256 * 1024);
    const { status, json } = await post("/next", body);
    expect(status).toBe(400);
    expect(codes(json)).toEqual(["invalid-value"]);
  });

  it("refuses 300 goals and a vanishing weekly time (finding 3)", async () => {
    const goals = Array.from({ length: 300 }, () => ({ role: "lead-technician" }));
    const { status, json } = await post("/next", {
      profile: { ...profile(), goals, preferences: { hoursPerWeek: 1e-300 } },
    });
    expect(status).toBe(400);
    expect(codes(json)).toEqual(["invalid-value", "invalid-value"]);
  });

  it("refuses far-future dates in the request and the profile (finding 6)", async () => {
    for (const path of ["/next", "/plan", "/explain"]) {
      const target = path === "/explain" ? { target: "lead-technician" } : {};
      const request = await post(path, { profile: profile(), date: "9999-12-31", ...target });
      expect(request.status).toBe(400);
      expect(codes(request.json)).toEqual(["invalid-value"]);
      const inProfile = await post(path, {
        profile: { ...profile(), date: "9999-12-31" },
        ...target,
      });
      expect(inProfile.status).toBe(400);
    }
    expect(stderr).toBe("");
  });

  it("stops on SIGTERM with exit code 0", async () => {
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
  });
});
