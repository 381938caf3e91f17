// The flagship pathway: validates clean, and holds what the product promises it covers.
import { readFileSync } from "node:fs";
import { type Condition, loadPathway, type Pathway } from "@pathwise/core";
import { collectReferences } from "@pathwise/core/editor";
import { describe, expect, it } from "vitest";

const file = new URL("../../pathways/pharmacy-technician.pathway.yaml", import.meta.url);
const result = loadPathway(readFileSync(file), { today: "2026-11-24" });
const pathway = (result.ok ? result.value : undefined) as Pathway;

function hasAtLeast(c: Condition | undefined): boolean {
  if (!c) return false;
  if ("atLeast" in c) return true;
  if ("all" in c) return c.all.some(hasAtLeast);
  if ("any" in c) return c.any.some(hasAtLeast);
  if ("not" in c) return hasAtLeast(c.not);
  return false;
}

describe("the flagship pharmacy-technician pathway", () => {
  it("validates with no diagnostics at all", () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("covers the six strategies with at least 30 steps, each strategy used", () => {
    expect(Object.keys(pathway.strategies)).toHaveLength(6);
    const steps = Object.values(pathway.steps);
    expect(steps.length).toBeGreaterThanOrEqual(30);
    for (const strategy of Object.keys(pathway.strategies)) {
      expect(steps.filter((s) => s.strategy === strategy).length, strategy).toBeGreaterThanOrEqual(
        2,
      );
    }
  });

  it("has at least 6 settings, 10 roles and 12 credentials", () => {
    expect(Object.keys(pathway.settings).length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(pathway.roles).length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(pathway.credentials).length).toBeGreaterThanOrEqual(12);
  });

  it("models the national certifications, the k-of-n advanced credential and two state registrations", () => {
    const issuers = Object.values(pathway.credentials).map((c) => c.issuer);
    expect(
      issuers.filter((i) => /PTCB|Pharmacy Technician Certification Board/.test(i)).length,
    ).toBeGreaterThanOrEqual(6);
    expect(issuers.some((i) => /NHA|National Healthcareer/.test(i))).toBe(true);
    expect(Object.values(pathway.credentials).some((c) => hasAtLeast(c.requires))).toBe(true);
    const registrations = Object.values(pathway.credentials).filter(
      (c) => c.kind === "registration" && c.jurisdiction?.startsWith("US-"),
    );
    expect(new Set(registrations.map((c) => c.jurisdiction)).size).toBeGreaterThanOrEqual(2);
  });

  it("encodes PTCB CPhT renewal: 20 h per 2 years with law, patient-safety and technician minimums and caps", () => {
    const cpht = Object.values(pathway.credentials).find(
      (c) =>
        /Certified Pharmacy Technician/.test(c.title) &&
        /PTCB/.test(c.issuer) &&
        c.renewal?.ce?.hours === 20,
    );
    expect(cpht?.renewal?.every).toEqual({ years: 2 });
    expect(Object.values(cpht?.renewal?.ce?.minimum ?? {}).sort((a, b) => a - b)).toEqual([
      1, 1, 15,
    ]);
    expect(Object.values(cpht?.renewal?.ce?.maximum ?? {}).sort((a, b) => a - b)).toEqual([5, 10]);
  });

  it("cites a source, checked within the last two years, for every credential", () => {
    for (const [id, credential] of Object.entries(pathway.credentials)) {
      expect(credential.sources?.length, id).toBeGreaterThan(0);
    }
    const cited = new Set(
      collectReferences(pathway)
        .filter((r) => r.kind === "source")
        .map((r) => r.id),
    );
    expect([...cited].sort()).toEqual(Object.keys(pathway.sources).sort());
  });
});
