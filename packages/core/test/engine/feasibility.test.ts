import { describe, expect, it } from "vitest";
import { credentialStatuses, recommendSteps, renderRecommendations } from "../../src/index.js";
import { flagship, profile, today } from "./helpers.js";

const ptcb = flagship();

const ce = (date: string, hours: number, ...categories: string[]) => ({ date, hours, categories });

/** A CPhT due 2027-03-14 (to be filed by 2027-03-01) with law and safety done and 12 hours (7 technician-specific) to go. */
const renewing = (extra: Record<string, unknown> = {}) =>
  profile(ptcb, {
    jurisdiction: "US-TX",
    credentials: [{ id: "ptcb-cpht", earned: "2023-03-14", renewed: "2025-03-14" }],
    ce: [
      ce("2025-05-01", 1, "pharmacy-law", "technician-specific"),
      ce("2025-05-02", 1, "patient-safety", "technician-specific"),
      ce("2025-06-01", 6, "technician-specific"),
    ],
    ...extra,
  });

const cpht = (p: ReturnType<typeof renewing>, date = today) =>
  credentialStatuses(ptcb, p, { date }).find((s) => s.credential === "ptcb-cpht");

describe("whether the CE still needed fits before the deadline", () => {
  it("says the hours fit the time the person has", () => {
    const status = cpht(renewing({ preferences: { hoursPerWeek: 2 } }));
    expect(status?.daysLeft).toBe(110);
    // Aimed at the filing date, 97 days away, not at expiry.
    expect(status?.feasibility).toMatchObject({
      needed: 12,
      deadline: "2027-03-01",
      weeksLeft: 13.86,
      perWeek: 0.9,
      fits: true,
      uncovered: [],
      message:
        "You need 12 more CE hours by 2027-03-01 to file on time (13 weeks): about 0.9 hours a week, within your 2 hours a week.",
    });
  });

  it("says when they do not, and points to the reinstatement deadline the pathway gives", () => {
    // On the filing date itself no day is left before it: the hours are aimed at expiry.
    const status = cpht(renewing({ preferences: { hoursPerWeek: 2 } }), "2027-03-01");
    expect(status?.feasibility).toMatchObject({
      needed: 12,
      deadline: "2027-03-14",
      perWeek: 6.5,
      fits: false,
    });
    expect(status?.feasibility?.message).toBe(
      "You need 12 more CE hours by 2027-03-14 (13 days): about 6.5 hours a week, more than your 2: plan for reinstatement (until 2028-03-14) or add time.",
    );
  });

  it("counts exactly the hours a week the person has as enough", () => {
    // 42 days to the filing date: 6 weeks at 2 hours a week is the 12 hours needed.
    const status = cpht(renewing({ preferences: { hoursPerWeek: 2 } }), "2027-01-18");
    expect(status?.feasibility).toMatchObject({ weeksLeft: 6, perWeek: 2, fits: true });
  });

  it("gives the hours a week it would take, without a verdict, when the profile does not say", () => {
    const status = cpht(renewing());
    expect(status?.feasibility).not.toHaveProperty("fits");
    expect(status?.feasibility?.message).toBe(
      "You need 12 more CE hours by 2027-03-01 to file on time (13 weeks): about 0.9 hours a week.",
    );
  });

  it("names the short categories that no step open to the person grants", () => {
    // A Florida registration held by someone now in Texas: the Florida CE step needs US-FL.
    const p = profile(ptcb, {
      jurisdiction: "US-TX",
      credentials: [{ id: "florida-technician-registration", earned: "2025-06-01" }],
      preferences: { hoursPerWeek: 0.5 },
    });
    const [status] = credentialStatuses(ptcb, p, { date: today });
    expect(status?.feasibility).toMatchObject({
      needed: 20,
      fits: false,
      uncovered: ["live", "medication-error-prevention"],
    });
    // No grace period in the pathway: no reinstatement to point to.
    expect(status?.feasibility?.message).toMatch(
      /^You need 20 more CE hours by 2027-06-01 \(27 weeks\): about 0\.8 hours a week, more than your 0\.5: add time\. No step open to you now grants CE in .+ or .+\.$/,
    );
    const inFlorida = credentialStatuses(ptcb, { ...p, jurisdiction: "US-FL" }, { date: today });
    expect(inFlorida[0]?.feasibility?.uncovered).toEqual([]);
  });

  it("has nothing to say once the deadline has passed, or when the hours are done", () => {
    const lapsed = cpht(renewing({ preferences: { hoursPerWeek: 2 } }), "2027-04-01");
    expect(lapsed).toMatchObject({ state: "expired", reinstatableUntil: "2028-03-14" });
    // Hours earned after expiry do not count toward the lapsed cycle, so there is no
    // feasibility to report against the reinstatement deadline.
    expect(lapsed?.feasibility).toBeUndefined();
    const done = renewing({
      ce: [
        ce("2025-05-01", 1, "pharmacy-law", "technician-specific"),
        ce("2025-05-02", 1, "patient-safety", "technician-specific"),
        ce("2025-06-01", 18, "technician-specific"),
      ],
    });
    expect(cpht(done)?.feasibility).toBeUndefined();
  });

  it("does not depend on the order of the CE records", () => {
    const p = renewing({ preferences: { hoursPerWeek: 1 } });
    const reversed = { ...p, ce: [...(p.ce ?? [])].reverse() };
    expect(cpht(reversed)?.feasibility).toEqual(cpht(p)?.feasibility);
  });

  it("shows in the plain-text recommendations under the credential", () => {
    const text = renderRecommendations(
      recommendSteps(ptcb, renewing({ preferences: { hoursPerWeek: 2 } }), { date: today }),
    );
    expect(text).toContain(
      "12 still needed.\n    You need 12 more CE hours by 2027-03-01 to file on time (13 weeks): about 0.9 hours a week, within your 2 hours a week.\n",
    );
  });
});
