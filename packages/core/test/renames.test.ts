// The pathway's `renamed` map: how old ids resolve, what validation reports, and what saved
// profiles (YAML and JSON) load as.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveRename } from "../src/editor.js";
import {
  loadPathway,
  loadPathwayOrThrow,
  loadProfile,
  type Pathway,
  recommendSteps,
  validateProfile,
} from "../src/index.js";
import { fixtureToday, profileFixturePathway } from "./fixtures.js";

const demoText = readFileSync(profileFixturePathway, "utf8");
const demo = loadPathwayOrThrow(demoText, { today: fixtureToday });
const options = { pathway: demo, today: fixtureToday };

/** The demo pathway with its `renamed` map replaced. */
function withRenamed(renamed: string): ReturnType<typeof loadPathway> {
  const base = demoText.slice(0, demoText.indexOf("renamed:"));
  return loadPathway(`${base}renamed:\n${renamed}`, { today: fixtureToday });
}

describe("resolveRename", () => {
  it("follows a rename to the defined id", () => {
    expect(resolveRename(demo, "role", "helper")).toBe("assistant");
    expect(resolveRename(demo, "credential", "basic-certificate")).toBe("basic-cert");
  });

  it("follows chains to the final id", () => {
    expect(resolveRename(demo, "role", "aide")).toBe("assistant");
  });

  it("leaves ids that are not renamed, or renamed under another kind", () => {
    expect(resolveRename(demo, "role", "assistant")).toBeUndefined();
    expect(resolveRename(demo, "role", "nobody")).toBeUndefined();
    expect(resolveRename(demo, "setting", "helper")).toBeUndefined();
    expect(resolveRename(demo, "role", "constructor")).toBeUndefined();
  });

  it("gives nothing for a circle or a chain to an undefined id", () => {
    const circular = {
      ...demo,
      renamed: { roles: { a: "b", b: "a" }, steps: { x: "y" } },
    } as Pathway;
    expect(resolveRename(circular, "role", "a")).toBeUndefined();
    expect(resolveRename(circular, "step", "x")).toBeUndefined();
  });
});

describe("validating the renamed map", () => {
  const codes = (renamed: string) =>
    withRenamed(renamed).diagnostics.map((d) => [d.code, d.path.join(".")]);

  it("accepts chains that end at defined ids", () => {
    expect(codes("  roles: { a: b, b: c, c: senior }\n  ceCategories: {}\n")).toEqual([]);
  });

  it("reports an old id that is still defined", () => {
    expect(codes("  roles: { senior: assistant }\n")).toEqual([
      ["renamed-still-defined", "renamed.roles.senior"],
    ]);
  });

  it("reports a new id that is neither defined nor renamed, with the closest id", () => {
    const result = withRenamed("  roles: { helper: asistant }\n");
    expect(result.diagnostics).toMatchObject([
      {
        code: "unknown-reference",
        path: ["renamed", "roles", "helper"],
        suggestions: ["assistant"],
      },
    ]);
  });

  it("reports each circle once, not the renames leading into it", () => {
    expect(codes("  roles: { x: a, a: b, b: c, c: a }\n")).toEqual([
      ["rename-cycle", "renamed.roles.a"],
    ]);
    const message = withRenamed("  roles: { a: b, b: a }\n").diagnostics[0]?.message;
    expect(message).toContain("`a` → `b` → `a`");
  });

  it("refuses ids that are not ids and kinds profiles cannot name", () => {
    expect(codes("  roles: { Helper: assistant }\n").map(([c]) => c)).toEqual(["invalid-id"]);
    expect(codes("  strategies: { old: certify }\n").map(([c]) => c)).toEqual(["unknown-field"]);
  });

  it("does not count a current id of the map as a use of it", () => {
    // `ward` is used by nothing but the renamed map: still unused, and no other verdict changes.
    const text = demoText.replace(
      "  clinic: { title: Clinic }\n",
      "  clinic: { title: Clinic }\n  ward: { title: Ward }\n",
    );
    const base = text.slice(0, text.indexOf("renamed:"));
    const result = loadPathway(`${base}renamed:\n  settings: { old-ward: ward }\n`, {
      today: fixtureToday,
    });
    expect(result.diagnostics.map((d) => [d.code, d.path.join(".")])).toEqual([
      ["unused", "settings.ward"],
    ]);
  });

  it("does not let the pathway itself use an old id", () => {
    const text = demoText.replace("settings: [clinic]", "settings: [ward]");
    const base = text.slice(0, text.indexOf("renamed:"));
    const result = loadPathway(`${base}renamed:\n  settings: { ward: clinic }\n`);
    expect(result.diagnostics).toMatchObject([
      {
        code: "unknown-reference",
        path: ["roles", "assistant", "settings", 0],
        suggestions: ["clinic"],
      },
    ]);
  });
});

describe("profiles with renamed ids", () => {
  const old = {
    pathwise: 1,
    pathway: "demo",
    role: "helper",
    history: [{ role: "aide", setting: "clinic", from: "2024-01-08" }],
    credentials: [{ id: "basic-certificate", earned: "2025-06-01" }],
    goals: [{ role: "senior" }],
  };

  it("load with the current ids and a warning at each old one", () => {
    const result = loadProfile(JSON.stringify(old, null, 2), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      role: "assistant",
      history: [{ role: "assistant" }],
      credentials: [{ id: "basic-cert" }],
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.suggestions])).toEqual([
      ["renamed-id", "warning", ["assistant"]],
      ["renamed-id", "warning", ["assistant"]],
      ["renamed-id", "warning", ["basic-cert"]],
    ]);
    expect(result.diagnostics[0]?.message).toBe(
      "`helper` was renamed to `assistant`; the profile loads with `assistant`. Change it, or run `pathwise migrate --write`.",
    );
    expect(result.diagnostics[0]?.range?.start).toMatchObject({ line: 4 });
  });

  it("as JSON data get the same treatment, with paths and no ranges, leaving the input alone", () => {
    const data = structuredClone(old);
    const result = validateProfile(data, options);
    expect(result.ok).toBe(true);
    // Without ranges, diagnostics are in path order.
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["renamed-id", ["credentials", 0, "id"]],
      ["renamed-id", ["history", 0, "role"]],
      ["renamed-id", ["role"]],
    ]);
    expect(result.diagnostics.every((d) => d.range === undefined)).toBe(true);
    if (result.ok) expect(result.value.credentials?.[0]?.id).toBe("basic-cert");
    expect(data).toEqual(old);
  });

  it("rename every kind a profile names: steps, CE categories, goals and expectations", () => {
    const text = demoText.slice(0, demoText.indexOf("renamed:"));
    const pathway = loadPathwayOrThrow(
      `${text}ceCategories: { law: { title: Law } }\nrenamed:\n  steps: { get-basic: earn-basic }\n  ceCategories: { legal: law }\n  settings: { office: clinic }\n  roles: { boss: senior }\n`,
    );
    const result = validateProfile(
      {
        pathwise: 1,
        pathway: "demo",
        setting: "office",
        completed: [{ step: "get-basic", date: "2025-01-01" }],
        ce: [{ date: "2025-01-01", hours: 1, categories: ["legal"] }],
        goals: [{ role: "boss" }],
        expect: { next: ["get-basic"] },
      },
      { pathway },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      setting: "clinic",
      completed: [{ step: "earn-basic" }],
      ce: [{ categories: ["law"] }],
      goals: [{ role: "senior" }],
      expect: { next: ["earn-basic"] },
    });
  });

  it("give the engine the same answer as the migrated profile", () => {
    const migrated = {
      ...old,
      role: "assistant",
      history: [{ ...old.history[0], role: "assistant" }],
      credentials: [{ ...old.credentials[0], id: "basic-cert" }],
    };
    const before = validateProfile(old, options);
    const after = validateProfile(migrated, options);
    if (!before.ok || !after.ok) throw new Error("expected both to load");
    expect(after.diagnostics).toEqual([]);
    expect(recommendSteps(demo, before.value, { date: fixtureToday })).toEqual(
      recommendSteps(demo, after.value, { date: fixtureToday }),
    );
  });

  it("still report ids that are neither defined nor renamed", () => {
    const result = validateProfile({ ...old, role: "helpr" }, options);
    expect(result.diagnostics.map((d) => d.code)).toContain("unknown-reference");
    expect(result.ok).toBe(false);
  });
});
