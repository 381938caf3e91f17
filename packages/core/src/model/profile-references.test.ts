import { describe, expect, it } from "vitest";
import { loadPathwayOrThrow } from "../load/load-pathway.js";
import { validateProfile } from "../validate/validate-profile.js";
import { profileReferenceSlotAt } from "./profile-references.js";

const pathway = loadPathwayOrThrow(`pathwise: 1
id: demo
title: Demo
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
roles:
  lead: { title: Lead, settings: [clinic], requires: { credential: base }, sources: [s] }
steps:
  earn-base: { strategy: learn, title: Earn, grants: { credential: base, ce: { hours: 1, categories: [law] } } }
`);

// Every id slot of the format, each holding an id the pathway does not define.
const profile = {
  pathwise: 1,
  pathway: "demo",
  role: "r1",
  setting: "s1",
  history: [{ role: "r2", setting: "s2", from: "2024-01-01" }],
  credentials: [{ id: "c1", earned: "2024-01-01" }],
  completed: [{ step: "t1", date: "2024-01-01" }],
  ce: [{ date: "2024-01-01", hours: 1, categories: ["k1", "k2"] }],
  goals: [{ role: "r3" }, { setting: "s3" }, { credential: "c2" }],
  expect: { next: ["t2"], includes: ["t3"], excludes: ["t4"], plan: ["t5"] },
};

describe("profileReferenceSlotAt", () => {
  it("agrees with the profile checks on every id slot", () => {
    const result = validateProfile(profile, { pathway });
    const unknown = result.diagnostics.filter((d) => d.code === "unknown-reference");
    expect(unknown).toHaveLength(15);
    for (const d of unknown)
      expect(profileReferenceSlotAt(d.path), d.path.join(".")).toBe(d.data?.kind);
  });

  it("expects no id elsewhere", () => {
    for (const path of [
      [],
      ["pathway"],
      ["name"],
      ["history", 0, "from"],
      ["history", "x", "role"],
      ["credentials", 0, "earned"],
      ["ce", 0, "categories"],
      ["ce", 0, "title"],
      ["goals", 0],
      ["expect", "reachable"],
      ["expect", "next"],
      ["preferences", "budget"],
    ]) {
      expect(profileReferenceSlotAt(path), path.join(".")).toBeUndefined();
    }
  });
});
