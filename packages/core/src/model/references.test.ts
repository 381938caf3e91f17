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
credentials:
  base: { title: Base, issuer: X, kind: certification, sources: [s] }
  plus:
    title: Plus
    issuer: X
    kind: certification
    implies: [base]
    requires: { all: [{ credential: base }, { not: { role: lead } }, { atLeast: 1, of: [{ step: read }, { setting: clinic }] }, { experience: { years: 1, role: lead, setting: clinic } }] }
    renewal: { every: { years: 1 }, ce: { hours: 5, minimum: { law: 1 }, maximum: { law: 3 } } }
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
  });

  it("names the kind defined at a collection entry", () => {
    expect(definitionKindAt(["ceCategories", "law"])).toBe("ceCategory");
    expect(definitionKindAt(["roles"])).toBeUndefined();
  });
});
