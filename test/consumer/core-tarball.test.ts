// Packs @pathwise/core into a tarball and installs it into a fresh project with plain npm, outside
// the workspace, to prove what a consumer gets: ESM import, CJS require, the JSON Schema export,
// types under moduleResolution node16 and bundler, and the getting-started guide's program.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  loadPathwayOrThrow,
  loadProfile,
  recommendSteps,
  renderRecommendations,
} from "@pathwise/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typeCheckInProject } from "../support/type-check.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "pathwise-consumer-"));
const app = join(work, "app");
const valid = readFileSync(join(root, "packages/core/test/fixtures/valid/input.yaml"), "utf8");
const run = (cmd: string, args: string[], cwd = app) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: "pipe" });
const installedVersion = (pkg: string): string =>
  JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")).version;

beforeAll(() => {
  run("pnpm", ["pack", "--pack-destination", work], join(root, "packages/core"));
  const { version } = JSON.parse(readFileSync(join(root, "packages/core/package.json"), "utf8"));
  const tarball = join(work, `pathwise-core-${version}.tgz`);
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true }),
  );
  writeFileSync(join(app, "demo.pathway.yaml"), valid);
  run("npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    tarball,
    `typescript@${installedVersion("typescript")}`,
    `@types/node@${installedVersion("@types/node")}`,
  ]);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("@pathwise/core installed from its tarball", () => {
  it("works from ESM", () => {
    writeFileSync(
      join(app, "esm.mjs"),
      `import { readFileSync } from "node:fs";
import { loadPathway } from "@pathwise/core";
const r = loadPathway(readFileSync("demo.pathway.yaml"));
console.log(r.ok, Object.keys(r.value.roles).join(","));`,
    );
    expect(run("node", ["esm.mjs"]).trim()).toBe("true assistant,senior");
  });

  it("works from CommonJS, and exposes the JSON Schema", () => {
    writeFileSync(
      join(app, "cjs.cjs"),
      `const { loadPathway } = require("@pathwise/core");
const schema = require("@pathwise/core/pathway.schema.json");
const r = loadPathway("pathwise: 9\\n");
console.log(r.ok, r.diagnostics[0].code, schema.$schema);`,
    );
    expect(run("node", ["cjs.cjs"]).trim()).toBe(
      "false unsupported-version http://json-schema.org/draft-07/schema#",
    );
  });

  for (const resolution of ["node16", "bundler"] as const) {
    it(`type-checks under moduleResolution ${resolution}`, () => {
      expect(() =>
        typeCheckInProject(
          app,
          resolution,
          resolution,
          `import { loadPathway, type Diagnostic, type Pathway } from "@pathwise/core";
const result = loadPathway("pathwise: 1\\n");
const diagnostics: readonly Diagnostic[] = result.diagnostics;
const pathway: Pathway | undefined = result.ok ? result.value : undefined;
const line: number | undefined = diagnostics[0]?.range?.start.line;
// @ts-expect-error the result is a discriminated union: value is absent when not ok
const wrong: Pathway = result.value;
export { pathway, line, wrong };`,
        ),
      ).not.toThrow();
    });
  }

  it("runs the getting-started guide's code blocks as one program, and type-checks them", () => {
    const guide = readFileSync(join(root, "docs/getting-started.md"), "utf8");
    const program = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]).join("\n");
    const dir = join(app, "guide");
    mkdirSync(dir);
    const flagship = join(root, "pathways/pharmacy-technician.pathway.yaml");
    const person = join(root, "pathways/profiles/new-technician.profile.yaml");
    writeFileSync(join(dir, "pharmacy-technician.pathway.yaml"), readFileSync(flagship));
    writeFileSync(join(dir, "new-technician.profile.yaml"), readFileSync(person));
    writeFileSync(join(dir, "next-steps.mjs"), program);
    const output = run("node", ["next-steps.mjs"], dir);

    // What the guide promises: the CE hours, then the engine's five best next steps.
    const today = program.match(/const today = "(\d{4}-\d{2}-\d{2})"/)?.[1] ?? "";
    const pathway = loadPathwayOrThrow(readFileSync(flagship), { today });
    const profile = loadProfile(readFileSync(person), { pathway, today });
    if (!profile.ok) throw new Error("the guide's example profile does not load");
    const next = recommendSteps(pathway, profile.value, { date: today, limit: 5 });
    expect(next.steps).toHaveLength(5);
    expect(output).toMatch(/^20$/m);
    expect(output).toContain(renderRecommendations(next));
    expect(() => typeCheckInProject(app, "guide-types", "node16", program, ["node"])).not.toThrow();
  });
});
