// Packs every published package and installs the tarballs together into a fresh npm project,
// outside the workspace, as a new user would: the CLI runs through npx on the flagship pathway,
// the engine-only entry imports from ESM and CommonJS and type-checks, the language server
// answers `initialize` over stdio, and a Vite build for the browser bundles the engine without
// the YAML parser.
import { execFileSync, spawn } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typeCheckInProject } from "../support/type-check.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "pathwise-tarballs-"));
const app = join(work, "app");
const run = (cmd: string, args: string[], cwd = app) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: "pipe" });
const version = (pkg: string) =>
  JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8"))
    .version as string;
const packages = ["core", "cli", "language-server"];

beforeAll(() => {
  for (const dir of packages)
    run("pnpm", ["pack", "--pack-destination", work], join(root, "packages", dir));
  const tarballs = readdirSync(work)
    .filter((f) => f.endsWith(".tgz"))
    .map((f) => join(work, f));
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true }),
  );
  cpSync(join(root, "pathways"), join(app, "pathways"), { recursive: true });
  run("npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    ...tarballs,
    `typescript@${version("typescript")}`,
    "vite@8.3.8", // the Vite that works on Node 20.19+ (see TOOLCHAIN notes)
  ]);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the published packages, installed from their tarballs", () => {
  it("run `npx pathwise validate` and `npx pathwise next` on the flagship", () => {
    const validate = JSON.parse(
      run("npx", [
        "--no",
        "pathwise",
        "validate",
        "pathways",
        "--today",
        "2026-11-24",
        "--format",
        "json",
      ]),
    );
    expect(validate.files.length).toBeGreaterThanOrEqual(9);
    expect(validate.files.every((f: { ok: boolean }) => f.ok)).toBe(true);
    const next = run("npx", [
      "--no",
      "pathwise",
      "next",
      "--pathway",
      "pathways/pharmacy-technician.pathway.yaml",
      "--profile",
      "pathways/profiles/new-technician.profile.yaml",
    ]);
    expect(next).toMatch(/^Next steps on 2026-11-24:\n {2}1\. Earn the PTCB CPhT/);
  });

  it("import the engine-only entry from ESM and CommonJS", () => {
    const pathway = JSON.stringify(
      JSON.parse(run("npx", ["--no", "pathwise", "schema", "pathway"])).$schema,
    );
    expect(pathway).toContain("draft-07");
    writeFileSync(
      join(app, "engine.mjs"),
      `import { readFileSync } from "node:fs";
import { loadPathwayOrThrow, loadProfile } from "@pathwise/core";
import { recommendSteps } from "@pathwise/core/engine";
const today = "2026-11-24";
const pathway = loadPathwayOrThrow(readFileSync("pathways/pharmacy-technician.pathway.yaml"), { today });
const profile = loadProfile(readFileSync("pathways/profiles/new-technician.profile.yaml"), { pathway, today });
console.log(recommendSteps(pathway, profile.value, { date: today }).steps[0].step);`,
    );
    expect(run("node", ["engine.mjs"]).trim()).toBe("earn-ptcb-cpht");
    writeFileSync(
      join(app, "engine.cjs"),
      `const { planRoute, parseGoal } = require("@pathwise/core/engine");
console.log(typeof planRoute, JSON.stringify(parseGoal("role:lead-technician")));`,
    );
    expect(run("node", ["engine.cjs"]).trim()).toBe('function {"role":"lead-technician"}');
  });

  it("import the editor entry from ESM and CommonJS", () => {
    writeFileSync(
      join(app, "editor.mjs"),
      `import { readFileSync } from "node:fs";
import { loadPathwayOrThrow } from "@pathwise/core";
import { collectReferences, referenceSlotAt } from "@pathwise/core/editor";
const pathway = loadPathwayOrThrow(readFileSync("pathways/pharmacy-technician.pathway.yaml"));
const slot = referenceSlotAt(["steps", "x", "strategy"]);
console.log(slot, collectReferences(pathway).some((r) => r.kind === slot));`,
    );
    expect(run("node", ["editor.mjs"]).trim()).toBe("strategy true");
    writeFileSync(
      join(app, "editor.cjs"),
      `const { fieldsAt, PathwaySchema } = require("@pathwise/core/editor");
console.log(fieldsAt(PathwaySchema, []).some((f) => f.name === "roles"));`,
    );
    expect(run("node", ["editor.cjs"]).trim()).toBe("true");
  });

  for (const resolution of ["node16", "bundler"] as const) {
    it(`type-check the engine entry under moduleResolution ${resolution}`, () => {
      expect(() =>
        typeCheckInProject(
          app,
          `types-${resolution}`,
          resolution,
          `import { type Plan, planRoute, type Profile, type Pathway, type Recommendation } from "@pathwise/core/engine";
declare const pathway: Pathway;
declare const profile: Profile;
const plan: Plan = planRoute(pathway, profile, { role: "lead-technician" }, { date: "2026-11-24" });
const first: string | undefined = plan.reachable ? plan.items[0]?.title : plan.blockers[0]?.message;
// @ts-expect-error the date is required: the engine never reads the clock
planRoute(pathway, profile, { role: "x" }, {});
export type { Recommendation };
export { first };`,
        ),
      ).not.toThrow();
    });
  }

  it("bundle the engine for the browser with Vite, without the YAML parser", async () => {
    const web = join(app, "web");
    mkdirSync(web, { recursive: true });
    writeFileSync(
      join(web, "index.html"),
      '<!doctype html><script type="module" src="./main.js"></script>',
    );
    writeFileSync(
      join(web, "main.js"),
      `import { parseGoal, planRoute } from "@pathwise/core/engine";
document.body.textContent = typeof planRoute + " " + JSON.stringify(parseGoal("role:lead"));`,
    );
    run(
      join(app, "node_modules/.bin/vite"),
      ["build", "--logLevel", "error", "--outDir", "dist"],
      web,
    );
    const assets = readdirSync(join(web, "dist/assets")).filter((f) => f.endsWith(".js"));
    const code = assets.map((f) => readFileSync(join(web, "dist/assets", f), "utf8")).join("\n");
    expect(code).toContain("role:ID, setting:ID or credential:ID");
    // The YAML parser's own error texts must not be in an engine-only bundle.
    expect(code).not.toMatch(/Implicit keys need to be on a single line|BLOCK_AS_IMPLICIT_KEY/);
    expect(code.length).toBeLessThan(80_000);
  });

  it("start the language server and answer `initialize` over stdio", async () => {
    const server = spawn(join(app, "node_modules/.bin/pathwise-language-server"), ["--stdio"], {
      cwd: app,
    });
    const body = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { processId: null, rootUri: null, capabilities: {} },
    });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const reply = await new Promise<string>((resolve, reject) => {
      let out = "";
      server.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString("utf8");
        if (out.includes('"id":1')) resolve(out);
      });
      server.on("error", reject);
      server.on("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
    });
    server.kill();
    expect(reply).toContain('"capabilities"');
    expect(reply).toContain('"completionProvider"');
  });
});
