import { describe, expect, it } from "vitest";
import { fileByOf } from "../../src/engine/credential-status.js";
import {
  credentialStatuses,
  loadPathway,
  type Pathway,
  type Renewal,
  recommendSteps,
} from "../../src/index.js";
import { addDuration } from "../../src/internal/dates.js";
import { clinic, flagship, profile, today } from "./helpers.js";

const ptcb = flagship();

/** The clinic pathway with the basic certificate's renewal changed. */
function clinicWith(renewal: Partial<Renewal>): Pathway {
  const p = structuredClone(clinic());
  const basic = p.credentials.basic;
  if (!basic?.renewal) throw new Error("the clinic's basic certificate renews");
  basic.renewal = { ...basic.renewal, ...renewal };
  return p;
}

const basicStatus = (p: Pathway, renewed: string, date = today) =>
  credentialStatuses(
    p,
    profile(p, { credentials: [{ id: "basic", earned: "2020-01-10", renewed }] }),
    { date },
  )[0];

/** A CPhT expiring 2027-03-14, to be filed by 2027-03-01, with 12 CE hours to go. */
const renewing = profile(ptcb, {
  jurisdiction: "US-TX",
  credentials: [{ id: "ptcb-cpht", earned: "2023-03-14", renewed: "2025-03-14" }],
  completed: [{ step: "set-up-cpe-monitor", date: "2023-04-01" }],
  ce: [
    { date: "2025-05-01", hours: 1, categories: ["pharmacy-law", "technician-specific"] },
    { date: "2025-05-02", hours: 1, categories: ["patient-safety", "technician-specific"] },
    { date: "2025-06-01", hours: 6, categories: ["technician-specific"] },
  ],
});
const cpht = (date: string) =>
  recommendSteps(ptcb, renewing, { date }).credentials.find((c) => c.credential === "ptcb-cpht");

describe("the date a renewal must be filed by", () => {
  it("is the 1st of the expiry month for start-of-expiry-month", () => {
    const rule = { every: { years: 2 }, fileBy: "start-of-expiry-month" } as const;
    expect(fileByOf("2027-01-20", rule)).toBe("2027-01-01");
    expect(fileByOf("2027-01-01", rule)).toBe("2027-01-01");
    expect(fileByOf("2027-01-31", rule)).toBe("2027-01-01");
    expect(fileByOf("2028-02-29", rule)).toBe("2028-02-01");
    expect(fileByOf("2027-12-31", rule)).toBe("2027-12-01");
  });

  it("is the expiry date when the pathway does not say, or says expiry", () => {
    expect(fileByOf("2027-01-20", undefined)).toBe("2027-01-20");
    expect(fileByOf("2027-01-20", { every: { years: 2 } })).toBe("2027-01-20");
    expect(fileByOf("2027-01-20", { every: { years: 2 }, fileBy: "expiry" })).toBe("2027-01-20");
  });

  it("is never after expiry, and always in the expiry month", () => {
    const rule = { every: { years: 1 }, fileBy: "start-of-expiry-month" } as const;
    for (let day = "2027-01-01"; day < "2029-01-01"; day = addDuration(day, { days: 1 })) {
      const fileBy = fileByOf(day, rule);
      expect(fileBy <= day && fileBy.slice(0, 7) === day.slice(0, 7)).toBe(true);
    }
  });

  it("rejects a rule the format does not know", () => {
    const text = `pathwise: 1
id: t
title: T
reviewed: 2026-11-01
settings: {}
sources: { s: { title: S, url: "https://example.org", accessed: 2026-11-01 } }
credentials:
  c:
    title: C
    issuer: I
    kind: certification
    renewal: { every: { years: 1 }, fileBy: end-of-month }
    sources: [s]
`;
    const about = (t: string) =>
      loadPathway(t).diagnostics.filter((d) => d.message.includes("fileBy"));
    expect(about(text).map((d) => d.message)).toEqual([
      "Expected one of `expiry`, `start-of-expiry-month` for `fileBy`, found `end-of-month`.",
    ]);
    expect(about(text.replace("end-of-month", "start-of-expiry-month"))).toEqual([]);
  });
});

describe("credential statuses with a filing date", () => {
  it("leave statuses as they were when the pathway gives none", () => {
    const status = basicStatus(clinic(), "2025-06-20");
    expect(status).not.toHaveProperty("fileBy");
    expect(status?.message).toMatch(/^Basic certificate active until 2027-06-20 \(/);
  });

  it("carry no filing date when it falls on expiry (a credential expiring on the 1st)", () => {
    const status = basicStatus(clinicWith({ fileBy: "start-of-expiry-month" }), "2025-06-01");
    expect(status?.expires).toBe("2027-06-01");
    expect(status).not.toHaveProperty("fileBy");
  });

  it("say the date to file by and the late fee it avoids, then the expiry", () => {
    const status = cpht(today);
    expect(status).toMatchObject({
      state: "active",
      expires: "2027-03-14",
      fileBy: "2027-03-01",
      daysLeft: 110,
    });
    expect(status?.message).toBe(
      "Certified Pharmacy Technician (CPhT), PTCB: file by 2027-03-01 to avoid the $25 late fee; it is active until 2027-03-14 (110 days left); 8 of 20 CE hours count so far, 12 still needed.",
    );
    expect(cpht("2027-02-10")?.message).toMatch(
      /: file by 2027-03-01 to avoid the \$25 late fee; it expires 2027-03-14 \(32 days left\);/,
    );
  });

  it("say to file on time when the pathway names no late fee", () => {
    const status = basicStatus(clinicWith({ fileBy: "start-of-expiry-month" }), "2025-06-20");
    expect(status?.fileBy).toBe("2027-06-01");
    expect(status?.message).toMatch(
      /^Basic certificate: file by 2027-06-01 to be on time; it is active until 2027-06-20 \(/,
    );
    const late = basicStatus(
      clinicWith({ fileBy: "start-of-expiry-month" }),
      "2025-06-20",
      "2027-06-02",
    );
    expect(late?.message).toMatch(
      /^Basic certificate expires 2027-06-20 \(18 days left\); filing was due by 2027-06-01; /,
    );
  });

  it("say the late fee applies now between the filing date and expiry, still expiring", () => {
    const status = cpht("2027-03-05");
    expect(status).toMatchObject({ state: "expiring", fileBy: "2027-03-01", daysLeft: 9 });
    expect(status?.message).toBe(
      "Certified Pharmacy Technician (CPhT), PTCB expires 2027-03-14 (9 days left); filing was due by 2027-03-01, so the $25 late fee applies now; 8 of 20 CE hours count so far, 12 still needed.",
    );
    // On the filing date itself, filing is still on time.
    expect(cpht("2027-03-01")?.message).toMatch(/: file by 2027-03-01 to avoid the \$25 late fee;/);
  });

  it("state expired from expiry, not from the filing date", () => {
    expect(cpht("2027-03-13")?.state).toBe("expiring");
    const lapsed = cpht("2027-03-14");
    expect(lapsed?.state).toBe("expired");
    expect(lapsed?.message).toBe(
      "Certified Pharmacy Technician (CPhT), PTCB expired on 2027-03-14; it can be reinstated until 2028-03-14.",
    );
  });

  it("aim the CE still needed at the filing date while it is ahead, then at expiry", () => {
    expect(cpht("2027-01-18")?.feasibility).toMatchObject({
      deadline: "2027-03-01",
      weeksLeft: 6,
      perWeek: 2,
    });
    expect(cpht("2027-01-18")?.feasibility?.message).toBe(
      "You need 12 more CE hours by 2027-03-01 to file on time (6 weeks): about 2 hours a week.",
    );
    expect(cpht("2027-03-05")?.feasibility).toMatchObject({ deadline: "2027-03-14", perWeek: 9.4 });
    expect(cpht("2027-03-05")?.feasibility?.message).toBe(
      "You need 12 more CE hours by 2027-03-14 (9 days): about 9.4 hours a week.",
    );
  });
});

describe("renewal recommendations with a filing date", () => {
  const renewal = (date: string) =>
    recommendSteps(ptcb, renewing, { date }).steps.find((s) => s.step === "renew-ptcb-cpht");

  it("give the filing date as the deadline, and say why", () => {
    const step = renewal("2027-02-01");
    expect(step?.deadline).toBe("2027-03-01");
    expect(step?.reasons.find((r) => r.code === "renewal-due")?.message).toBe(
      "Your Certified Pharmacy Technician (CPhT), PTCB expires on 2027-03-14; file by 2027-03-01 to avoid the $25 late fee; 12 CE hours are still needed first.",
    );
  });

  it("give expiry as the deadline once the filing date has passed, with the late fee", () => {
    const step = renewal("2027-03-05");
    expect(step?.deadline).toBe("2027-03-14");
    expect(step?.reasons.find((r) => r.code === "renewal-due")?.message).toBe(
      "Your Certified Pharmacy Technician (CPhT), PTCB expires on 2027-03-14; filing was due by 2027-03-01, so the $25 late fee applies now; 12 CE hours are still needed first.",
    );
  });

  it("aim CE steps at the filing date too", () => {
    const next = recommendSteps(ptcb, renewing, { date: "2027-02-01" });
    const law = next.steps.find((s) => s.reasons.some((r) => r.code === "ce-needed"));
    expect(law?.deadline).toBe("2027-03-01");
    expect(law?.reasons.find((r) => r.code === "ce-needed")?.message).toMatch(
      /still needed by 2027-03-01 to file on time\.$/,
    );
  });

  it("keep the renewal's score: urgency still counts from expiry", () => {
    const withRule = recommendSteps(ptcb, renewing, { date: "2027-02-01" });
    const plain = structuredClone(ptcb);
    const rule = plain.credentials["ptcb-cpht"]?.renewal;
    if (rule) {
      delete rule.fileBy;
      delete rule.lateFee;
    }
    const without = recommendSteps(plain, renewing, { date: "2027-02-01" });
    const points = (r: typeof withRule) =>
      r.steps
        .find((s) => s.step === "renew-ptcb-cpht")
        ?.reasons.find((x) => x.code === "renewal-due")?.points;
    expect(points(withRule)).toBe(points(without));
    expect(without.steps.find((s) => s.step === "renew-ptcb-cpht")?.deadline).toBe("2027-03-14");
  });
});
