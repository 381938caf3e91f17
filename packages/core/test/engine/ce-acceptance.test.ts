import { describe, expect, it } from "vitest";
import { credentialStatuses, loadPathway, loadPathwayOrThrow } from "../../src/index.js";
import { profile, today } from "./helpers.js";

/** A pathway from another field whose renewals refuse some CE or accept only some. */
const pathway = loadPathwayOrThrow(
  `pathwise: 1
id: welding
title: Welding inspection
reviewed: 2026-11-01
sources:
  society: { title: Society rules, url: "https://example.org/rules", accessed: 2026-11-01 }
settings:
  shop: { title: Fabrication shop }
strategies:
  certify: { title: Get certified }
ceCategories:
  safety: { title: Safety }
  on-the-job: { title: On-the-job training }
  accredited: { title: From an accredited provider }
credentials:
  inspector:
    title: Certified inspector
    issuer: Society
    kind: certification
    renewal:
      every: { years: 3 }
      ce: { hours: 10, minimum: { safety: 2 }, excludes: [on-the-job] }
    sources: [society]
  examiner:
    title: Certified examiner
    issuer: Society
    kind: certification
    renewal:
      every: { years: 3 }
      ce: { hours: 6, only: [accredited] }
    sources: [society]
roles:
  welder: { title: Welder, settings: [shop] }
steps:
  earn-inspector: { strategy: certify, title: Earn it, grants: { credential: inspector } }
  earn-examiner: { strategy: certify, title: Earn it too, grants: { credential: examiner } }
`,
  { today },
);

const statusOf = (id: string, ce: { date: string; hours: number; categories: string[] }[]) =>
  credentialStatuses(
    pathway,
    profile(pathway, { credentials: [{ id, earned: "2025-01-01" }], ce }),
    { date: today },
  )[0];

describe("CE a renewal does not accept or only accepts", () => {
  it("counts nothing of an excluded activity, even toward a category it also names", () => {
    const status = statusOf("inspector", [
      { date: "2025-03-01", hours: 4, categories: ["on-the-job", "safety"] },
      { date: "2025-04-01", hours: 3, categories: ["safety"] },
    ]);
    expect(status?.ce).toMatchObject({ earned: 7, notAccepted: 4, counted: 3, needed: 7 });
    expect(status?.ce?.categories).toEqual([
      { category: "safety", title: "Safety", earned: 3, counted: 3, minimum: 2, needed: 0 },
    ]);
    expect(status?.message).toContain(
      "(4 hours of CE in the cycle are of a kind this renewal does not accept)",
    );
  });

  it("counts only activities in a category the rule accepts when it lists `only`", () => {
    const status = statusOf("examiner", [
      { date: "2025-03-01", hours: 4, categories: ["accredited", "safety"] },
      { date: "2025-04-01", hours: 5, categories: ["safety"] },
      { date: "2025-05-01", hours: 1, categories: [] },
    ]);
    expect(status?.ce).toMatchObject({ earned: 10, notAccepted: 6, counted: 4, needed: 2 });
  });

  it("reports a minimum in an excluded category as a rule nobody can meet", () => {
    const text = `pathwise: 1
id: demo
title: Demo
reviewed: 2026-11-01
sources:
  s: { title: S, url: "https://example.org", accessed: 2026-11-01 }
settings: {}
strategies:
  go: { title: Go }
ceCategories:
  law: { title: Law }
credentials:
  c:
    title: C
    issuer: X
    kind: certification
    renewal: { every: { years: 1 }, ce: { hours: 2, minimum: { law: 1 }, excludes: [law] } }
    sources: [s]
roles: {}
steps:
  earn: { strategy: go, title: Earn, grants: { credential: c } }
`;
    const result = loadPathway(text, { today });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path.join(".")])).toEqual([
      ["impossible-ce-rule", "credentials.c.renewal.ce.minimum.law"],
    ]);
  });
});

describe("a credential whose eligibility is not published", () => {
  const text = (granted: boolean) => `pathwise: 1
id: demo
title: Demo
reviewed: 2026-11-01
sources:
  s: { title: S, url: "https://example.org", accessed: 2026-11-01 }
settings: {}
strategies:
  go: { title: Go }
credentials:
  base: { title: Base, issuer: X, kind: certification, sources: [s] }
  rare: { title: Rare, issuer: X, kind: certificate, eligibility: not-published, sources: [s] }
roles:
  senior: { title: Senior, requires: { any: [{ credential: base }, { credential: rare }] } }
steps:
  earn: { strategy: go, title: Earn, grants: { credential: base } }
${granted ? "  earn-rare: { strategy: go, title: Earn rare, grants: { credential: rare } }\n" : ""}`;

  it("needs no step that grants it, so it is not reported unreachable", () => {
    const result = loadPathway(text(false), { today });
    expect(result.diagnostics).toEqual([]);
  });

  it("may not be granted by a step", () => {
    const result = loadPathway(text(true), { today });
    expect(result.diagnostics.map((d) => [d.code, d.path.join(".")])).toEqual([
      ["unpublished-eligibility-granted", "steps.earn-rare.grants.credential"],
    ]);
  });

  it("may not state an eligibility", () => {
    const result = loadPathway(
      text(false).replace(
        "eligibility: not-published,",
        "eligibility: not-published, requires: { credential: base },",
      ),
      { today },
    );
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.path.join(".")).toBe("credentials.rare.requires");
  });
});
