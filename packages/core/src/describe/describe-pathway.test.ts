import { describe, expect, it } from "vitest";
import { loadPathwayOrThrow } from "../load/load-pathway.js";
import { describeCondition } from "./describe-condition.js";
import { describePathway } from "./describe-pathway.js";
import { renderDescription } from "./render-description.js";

// A pathway from another field: describing it must say what its data says, in plain words.
const pathway = loadPathwayOrThrow(
  `pathwise: 1
id: aviation
title: Aircraft maintenance
reviewed: 2026-11-01
sources:
  faa: { title: Mechanic rules, url: "https://example.org/faa", accessed: 2026-11-01, archived: 2025-06-30 }
  school: { title: School page, url: "https://example.org/school", accessed: 2026-11-01, archived: undated }
  live: { title: Live page, url: "https://example.org/live", accessed: 2026-11-01 }
settings:
  hangar: { title: Hangar }
strategies:
  certify: { title: Get certified }
ceCategories:
  human-factors: { title: Human factors }
  vendor: { title: Vendor training }
  manufacturer: { title: Manufacturer course }
credentials:
  mechanic:
    title: Aviation mechanic certificate
    issuer: Aviation authority
    kind: license
    requires: { any: [{ step: school }, { experience: { months: 30, setting: hangar, within: { years: 5 } } }] }
    renewal:
      every: { years: 2 }
      ce: { hours: 16, minimum: { human-factors: 2 }, maximum: { manufacturer: 8 }, excludes: [vendor] }
      fee: { amount: 40, currency: USD }
      lateFee: { amount: 10, currency: USD }
      fileBy: start-of-expiry-month
      grace: { months: 6 }
    sources: [faa]
  inspector:
    title: Inspection authorization
    issuer: Aviation authority
    kind: license
    eligibility: not-published
    sources: [faa]
  badge: { title: Ramp badge, issuer: Airport, kind: training, validFor: { years: 1 }, sources: [school] }
roles:
  mechanic-role:
    title: Mechanic
    settings: [hangar]
    requires: { all: [{ credential: mechanic }, { not: { credential: badge } }] }
    sources: [live]
steps:
  school: { strategy: certify, title: Attend a mechanic school, effort: { weeks: 80, cost: { amount: 20000, currency: USD } }, sources: [school] }
  earn-mechanic: { strategy: certify, title: Pass the mechanic tests, grants: { credential: mechanic }, sources: [faa] }
  renew-mechanic: { strategy: certify, title: Renew the certificate, renews: mechanic }
  get-badge: { strategy: certify, title: Get a ramp badge, grants: { credential: badge } }
  human-factors-course: { strategy: certify, title: Human factors course, repeatable: true, grants: { ce: { hours: 2, categories: [human-factors] } } }
  meet-inspector: { strategy: certify, title: Meet an inspector, advances: [credential:inspector, role:mechanic-role] }
`,
  { today: "2026-11-01" },
);

const d = describePathway(pathway);
const sentences = (kind: "credentials" | "roles" | "steps", id: string) =>
  d[kind].find((e) => e.id === id)?.sentences;

describe("describePathway", () => {
  it("says who is eligible, how the credential renews, its CE, fees and windows", () => {
    expect(sentences("credentials", "mechanic")).toEqual([
      "A license issued by Aviation authority.",
      "Eligible to earn it: a person who has completed “Attend a mechanic school” or has at least 30 months of work in Hangar within the last 5 years.",
      "It is earned through the step “Pass the mechanic tests”.",
      "It renews every 2 years.",
      "Each cycle needs 16 hours of continuing education; at least 2 hours of Human factors; at most 8 hours of Manufacturer course count; Vendor training is not accepted; hours earned before the cycle do not count.",
      "Renewing costs $40 and filing late costs $10 more.",
      "It must be filed by the 1st day of the month it expires in to be on time.",
      "After expiry it can be reinstated for 6 months.",
      "It is renewed through the step “Renew the certificate”.",
    ]);
  });

  it("says when a credential's eligibility is not published, or when it cannot be renewed", () => {
    expect(sentences("credentials", "inspector")).toContain(
      "Its eligibility is not published in this pathway: holding it counts wherever it is required, but no step offers to earn it.",
    );
    expect(sentences("credentials", "badge")).toContain("It lasts 1 year and cannot be renewed.");
  });

  it("describes roles and steps from their data", () => {
    expect(sentences("roles", "mechanic-role")).toEqual([
      "It exists in Hangar.",
      "Ready for it: a person who holds an active Aviation mechanic certificate and not [holds an active Ramp badge].",
    ]);
    expect(sentences("steps", "school")).toEqual([
      "A step of the strategy Get certified.",
      "It takes 80 weeks and $20000.",
    ]);
    expect(sentences("steps", "human-factors-course")).toEqual([
      "A step of the strategy Get certified.",
      "It gives 2 hours of continuing education toward Human factors.",
      "It can be done again.",
    ]);
  });

  it("says how each source was read and who cites it", () => {
    const bySource = Object.fromEntries(d.sources.map((s) => [s.id, s]));
    expect(bySource.faa).toMatchObject({
      archived: "2025-06-30",
      checked: "Read on 2026-11-01 from an archived copy of 2025-06-30.",
      citedBy: ["credential:mechanic", "credential:inspector", "step:earn-mechanic"],
    });
    expect(bySource.school?.checked).toBe(
      "Read on 2026-11-01 from an archived copy that shows no date of its own.",
    );
    expect(bySource.live?.checked).toBe("Read on 2026-11-01.");
  });

  it("renders text and Markdown with every entity and its sources", () => {
    const text = renderDescription(d, "text");
    expect(text).toContain("  Aviation mechanic certificate [mechanic]\n");
    expect(text).toContain("    Sources: faa\n");
    const md = renderDescription(d, "markdown");
    expect(md).toContain("### Aviation mechanic certificate\n\n`credential:mechanic`");
    expect(md).toContain("Sources: [faa](#source-faa).");
    expect(md).toContain(
      '- <a id="source-faa"></a>**faa**: [Mechanic rules](https://example.org/faa)',
    );
  });
});

describe("describeCondition", () => {
  it("brackets nested groups and names k of n", () => {
    expect(
      describeCondition(
        {
          all: [
            { jurisdiction: "US-TX" },
            { atLeast: 1, of: [{ role: "mechanic-role" }, { setting: "hangar" }] },
          ],
        },
        pathway,
      ),
    ).toBe("works in jurisdiction US-TX and [at least 1 of: works as Mechanic; works in Hangar]");
  });
});
