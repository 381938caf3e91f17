// The flagship's eligibility and renewal rules as the issuers state them, through the public API:
// what a person is offered, what they can claim, and how their renewal hours add up.
import { readFileSync } from "node:fs";
import {
  credentialStatuses,
  explain,
  loadPathway,
  type Pathway,
  type Profile,
  planRoute,
  recommendSteps,
  validateProfile,
} from "@pathwise/core";
import { describe, expect, it } from "vitest";

const date = "2026-12-01";
const file = new URL("../../pathways/pharmacy-technician.pathway.yaml", import.meta.url);
const loaded = loadPathway(readFileSync(file), { today: date });
if (!loaded.ok) throw new Error("the flagship does not load");
const pathway: Pathway = loaded.value;

function profile(data: Record<string, unknown>): Profile {
  const result = validateProfile(
    { pathwise: 1, pathway: pathway.id, ...data },
    { pathway, today: date },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.value;
}

/** Every step the engine recommends, not only the first few. */
function offered(p: Profile): string[] {
  return recommendSteps(pathway, p, { date, limit: 500 }).steps.map((s) => s.step);
}

const cpht = { id: "ptcb-cpht", earned: "2025-06-01" };
const fourYears = [{ role: "certified-technician", setting: "hospital", from: "2022-06-01" }];

describe("PTCB certificates need their own program", () => {
  const programs: Record<string, string> = {
    "earn-tpv-certificate": "complete-tpv-program",
    "earn-hazardous-drug-certificate": "complete-hazardous-drug-program",
    "earn-diversion-certificate": "complete-diversion-program",
    "earn-immunization-certificate": "complete-immunization-program",
    "earn-point-of-care-certificate": "complete-point-of-care-program",
    "earn-regulatory-certificate": "complete-regulatory-program",
    "earn-supply-chain-certificate": "complete-supply-chain-program",
    "earn-nonsterile-certificate": "complete-nonsterile-program",
  };

  it("does not offer a CPhT holder without the program the $89 exams, and offers the programs", () => {
    const steps = offered(profile({ credentials: [cpht] }));
    for (const [exam, program] of Object.entries(programs)) {
      expect(steps, exam).not.toContain(exam);
      expect(steps, program).toContain(program);
    }
  });

  it("offers the TPV exam once the TPV program is complete, and says why not before", () => {
    const before = profile({ credentials: [cpht] });
    expect(explain(pathway, before, "earn-tpv-certificate", { date })).toMatchObject({
      available: false,
    });
    const after = profile({
      credentials: [cpht],
      completed: [{ step: "complete-tpv-program", date: "2026-10-01" }],
    });
    expect(offered(after)).toContain("earn-tpv-certificate");
  });

  it("does not offer a program's exam to someone without an active CPhT", () => {
    const p = profile({ completed: [{ step: "complete-tpv-program", date: "2026-10-01" }] });
    expect(offered(p)).not.toContain("earn-tpv-certificate");
  });
});

describe("Medication Therapy Management, whose eligibility is not published", () => {
  it("is offered to nobody, yet is a credential people may hold", () => {
    const steps = Object.values(pathway.steps);
    expect(steps.some((s) => s.grants?.credential === "ptcb-mtm-certificate")).toBe(false);
    expect(pathway.credentials["ptcb-mtm-certificate"]?.eligibility).toBe("not-published");
    const plan = planRoute(
      pathway,
      profile({ credentials: [cpht] }),
      { credential: "ptcb-mtm-certificate" },
      { date },
    );
    expect(plan.reachable).toBe(false);
  });

  it("counts toward the CPhT-Adv: three certificates including MTM, with the CSPT, can claim it", () => {
    const held = [
      cpht,
      { id: "ptcb-cspt", earned: "2026-03-01" },
      { id: "ptcb-tpv-certificate", earned: "2025-01-10" },
      { id: "ptcb-regulatory-certificate", earned: "2025-04-10" },
      { id: "ptcb-mtm-certificate", earned: "2025-09-10" },
    ];
    expect(offered(profile({ history: fourYears, credentials: held }))).toContain("claim-cpht-adv");
    // Without the MTM certificate, two certificates and the CSPT are not enough.
    const withoutMtm = held.filter((c) => c.id !== "ptcb-mtm-certificate");
    expect(offered(profile({ history: fourYears, credentials: withoutMtm }))).not.toContain(
      "claim-cpht-adv",
    );
  });

  it("makes a fourth certificate: three certificates and MTM, without the CSPT, can claim it", () => {
    const held = [
      cpht,
      { id: "ptcb-tpv-certificate", earned: "2025-01-10" },
      { id: "ptcb-regulatory-certificate", earned: "2025-04-10" },
      { id: "ptcb-billing-certificate", earned: "2025-06-10" },
      { id: "ptcb-mtm-certificate", earned: "2025-09-10" },
    ];
    expect(offered(profile({ history: fourYears, credentials: held }))).toContain("claim-cpht-adv");
  });
});

describe("Texas technician registration renewal", () => {
  const texan = (ce: { date: string; hours: number; categories: string[] }[]) =>
    profile({
      jurisdiction: "US-TX",
      credentials: [
        { id: "ptcb-cpht", earned: "2024-02-01" },
        { id: "texas-technician-registration", earned: "2023-02-10", renewed: "2025-02-10" },
      ],
      ce,
    });
  const texas = (p: Profile) =>
    credentialStatuses(pathway, p, { date }).find(
      (s) => s.credential === "texas-technician-registration",
    );

  it("renews every 2 years with 20 hours: at most 5 of in-service, at least 1 of Texas law", () => {
    const status = texas(
      texan([
        { date: "2025-03-01", hours: 7, categories: ["in-service"] },
        { date: "2025-06-01", hours: 8, categories: ["technician-specific"] },
        { date: "2026-01-15", hours: 4, categories: ["technician-specific"] },
        { date: "2024-12-01", hours: 10, categories: ["technician-specific"] }, // before the period
      ]),
    );
    expect(status).toMatchObject({ expires: "2027-02-10", renewable: true });
    // 5 of the 7 in-service hours count, plus 12 others: 17 of 20, and no Texas law hour yet.
    expect(status?.ce).toMatchObject({ required: 20, earned: 19, counted: 17, needed: 3 });
    expect(status?.ce?.categories.map((c) => [c.category, c.counted, c.needed])).toEqual([
      ["texas-pharmacy-law", 0, 1],
      ["in-service", 5, 0],
    ]);
  });

  it("is met by 20 hours that include a Texas law hour", () => {
    const status = texas(
      texan([
        { date: "2025-03-01", hours: 1, categories: ["texas-pharmacy-law"] },
        { date: "2025-06-01", hours: 4, categories: ["in-service"] },
        { date: "2026-01-15", hours: 15, categories: ["technician-specific"] },
      ]),
    );
    expect(status?.ce).toMatchObject({ counted: 20, needed: 0, met: true });
  });

  it("can still be renewed within a year of expiry", () => {
    const p = profile({
      jurisdiction: "US-TX",
      credentials: [{ id: "texas-technician-registration", earned: "2024-06-01" }],
    });
    const status = credentialStatuses(pathway, p, { date })[0];
    expect(status).toMatchObject({
      state: "expired",
      expires: "2026-06-01",
      reinstatableUntil: "2027-06-01",
    });
  });
});

describe("PTCB renewal rules", () => {
  it("does not count in-service training toward the CPhT", () => {
    const p = profile({
      credentials: [{ id: "ptcb-cpht", earned: "2023-02-01", renewed: "2025-02-01" }],
      ce: [
        { date: "2025-05-01", hours: 5, categories: ["in-service", "technician-specific"] },
        { date: "2025-06-01", hours: 2, categories: ["technician-specific"] },
      ],
    });
    const status = credentialStatuses(pathway, p, { date })[0];
    expect(status?.ce).toMatchObject({ earned: 7, notAccepted: 5, counted: 2, needed: 18 });
  });

  it("lets the CPhT-Adv and the CSPT be reinstated within a year, and charges the CPhT-Adv's late fee", () => {
    const p = profile({
      history: fourYears,
      credentials: [
        { id: "ptcb-cpht-adv", earned: "2024-12-20" },
        { id: "ptcb-cspt", earned: "2025-05-01" },
      ],
    });
    const statuses = credentialStatuses(pathway, p, { date });
    const adv = statuses.find((s) => s.credential === "ptcb-cpht-adv");
    expect(adv).toMatchObject({ expires: "2026-12-20", fileBy: "2026-12-01" });
    expect(adv?.message).toContain("$25 late fee");
    const cspt = statuses.find((s) => s.credential === "ptcb-cspt");
    expect(cspt).toMatchObject({
      state: "expired",
      expires: "2026-05-01",
      reinstatableUntil: "2027-05-01",
    });
  });
});

describe("Florida registration", () => {
  it("needs a Board-approved program: a PTCB-recognized program alone does not open it", () => {
    const base = {
      jurisdiction: "US-FL",
      credentials: [cpht],
      completed: [{ step: "complete-training-program", date: "2024-03-01" }],
    };
    expect(offered(profile(base))).not.toContain("register-florida-technician");
    const approved = profile({
      ...base,
      completed: [
        ...base.completed,
        { step: "complete-florida-approved-program", date: "2024-04-01" },
      ],
    });
    expect(offered(approved)).toContain("register-florida-technician");
  });
});

describe("PTCB CPTEd", () => {
  it("needs a CPhT and three years as an educator", () => {
    const educator = profile({
      credentials: [{ id: "ptcb-cpht", earned: "2018-01-10", renewed: "2026-01-10" }],
      history: [{ role: "educator", setting: "community", from: "2022-09-01" }],
    });
    expect(offered(educator)).toContain("earn-cpted");
    const newEducator = profile({
      credentials: [{ id: "ptcb-cpht", earned: "2018-01-10", renewed: "2026-01-10" }],
      history: [{ role: "educator", setting: "community", from: "2025-09-01" }],
    });
    expect(offered(newEducator)).not.toContain("earn-cpted");
  });
});
