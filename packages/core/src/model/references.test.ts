import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPathway } from "../load/load-pathway.js";
import { collectReferences, definitionKindAt, referenceSlotAt } from "./references.js";

const rich = `pathwise: 1
id: rich
title: Rich
reviewed: 2026-11-01
sources:
  s: { title: S, url: "https://example.org", accessed: 2026-11-01 }
settings:
  clinic: { title: Clinic, sources: [s] }
strategies:
  learn: { title: Learn }
ceCategories:
  law: { title: Law }
  in-house: { title: In-house }
credentials:
  base: { title: Base, issuer: X, kind: certification, sources: [s] }
  plus:
    title: Plus
    issuer: X
    kind: certification
    implies: [base]
    requires: { all: [{ credential: base }, { not: { role: lead } }, { atLeast: 1, of: [{ step: read }, { setting: clinic }] }, { experience: { years: 1, role: lead, setting: clinic } }] }
    renewal: { every: { years: 1 }, ce: { hours: 5, minimum: { law: 1 }, maximum: { law: 3 }, excludes: [in-house], only: [law] } }
    sources: [s]
roles:
  lead: { title: Lead, settings: [clinic], requires: { credential: base }, sources: [s] }
steps:
  read:
    strategy: learn
    title: Read
    grants: { ce: { hours: 1, categories: [law] }, setting: clinic, role: lead }
    advances: [role:lead]
  earn-base: { strategy: learn, title: Earn, grants: { credential: base } }
  earn-plus: { strategy: learn, title: Earn plus, grants: { credential: plus }, renews: plus }
renamed:
  roles: { old-lead: lead, older-lead: old-lead }
  ceCategories: { ethics: law }
`;

const pathways = [rich];
for (const dir of ["../../../../pathways/", "../../../../test/fixtures/pathways/"]) {
  try {
    const url = new URL(dir, import.meta.url);
    for (const f of readdirSync(url).filter((f) => f.endsWith(".pathway.yaml")))
      pathways.push(readFileSync(new URL(f, url), "utf8"));
  } catch {
    // The folder is optional here.
  }
}

describe("collectReferences", () => {
  it("collects the current ids of the renamed map, flagged, and not its old ids", () => {
    const result = loadPathway(rich);
    if (!result.ok) throw new Error(result.diagnostics[0]?.message);
    const refs = collectReferences(result.value);
    expect(refs.filter((r) => r.inRenamed)).toEqual([
      {
        kind: "role",
        id: "lead",
        path: ["renamed", "roles", "old-lead"],
        from: "renamed",
        inCondition: false,
        negated: false,
        inRenamed: true,
      },
      expect.objectContaining({ kind: "role", id: "old-lead", inRenamed: true }),
      expect.objectContaining({ kind: "ceCategory", id: "law", inRenamed: true }),
    ]);
    expect(refs.filter((r) => !r.inRenamed && r.path[0] === "renamed")).toEqual([]);
    expect(refs.some((r) => r.id === "ethics" || r.id === "older-lead")).toBe(false);
    expect(refs.filter((r) => r.from !== "renamed").every((r) => !r.inRenamed)).toBe(true);
  });
});

describe("referenceSlotAt", () => {
  it("agrees with collectReferences on every reference of every pathway at hand", () => {
    for (const text of pathways) {
      const result = loadPathway(text);
      expect(result.ok, JSON.stringify(result.diagnostics.slice(0, 2))).toBe(true);
      if (!result.ok) continue;
      const refs = collectReferences(result.value);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        const slot = referenceSlotAt(ref.path);
        expect(slot === "goal" ? ref.path[2] : slot, ref.path.join(".")).toBe(
          slot === "goal" ? "advances" : ref.kind,
        );
      }
    }
  });

  it("finds no slot where no id belongs", () => {
    expect(referenceSlotAt(["roles", "lead", "title"])).toBeUndefined();
    expect(referenceSlotAt(["credentials", "plus", "renewal", "ce", "hours"])).toBeUndefined();
    expect(referenceSlotAt(["roles", "lead", "requires", "experience", "years"])).toBeUndefined();
    expect(referenceSlotAt(["renamed", "roles"])).toBeUndefined();
    expect(referenceSlotAt(["renamed", "sources", "old"])).toBeUndefined();
    expect(referenceSlotAt(["renamed", "strategies", "old"])).toBeUndefined();
    expect(referenceSlotAt(["renamed", "nonsense", "old"])).toBeUndefined();
  });

  it("expects an id of the map's kind as the value of each old id in the renamed map", () => {
    expect(referenceSlotAt(["renamed", "roles", "old"])).toBe("role");
    expect(referenceSlotAt(["renamed", "ceCategories", "old"])).toBe("ceCategory");
    expect(referenceSlotAt(["renamed", "steps", "old"])).toBe("step");
  });

  it("names the kind defined at a collection entry", () => {
    expect(definitionKindAt(["ceCategories", "law"])).toBe("ceCategory");
    expect(definitionKindAt(["roles"])).toBeUndefined();
  });
});
