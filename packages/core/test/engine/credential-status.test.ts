import { describe, expect, it } from "vitest";
import { credentialStatuses } from "../../src/index.js";
import { clinic, flagship, profile, today } from "./helpers.js";

const ptcb = flagship();

describe("PTCB CPhT renewal accounting", () => {
  const ce = (date: string, hours: number, ...categories: string[]) => ({
    date,
    hours,
    categories,
  });

  it("counts only hours inside the cycle, caps pharmacist-specific and college hours, and reports every category", () => {
    const p = profile(ptcb, {
      credentials: [{ id: "ptcb-cpht", earned: "2023-02-01", renewed: "2025-02-01" }],
      ce: [
        ce("2025-01-15", 5, "technician-specific"), // before the cycle: no carry-over
        ce("2025-03-01", 1, "pharmacy-law", "technician-specific"),
        ce("2025-06-01", 8, "pharmacist-specific"), // only 5 count
        ce("2025-09-01", 12, "college"), // only 10 count
        ce("2026-02-01", 3, "technician-specific"),
      ],
    });
    const [status] = credentialStatuses(ptcb, p, { date: today });
    expect(status).toMatchObject({
      credential: "ptcb-cpht",
      state: "expiring",
      expires: "2027-02-01",
      daysLeft: 69,
      renewalOpens: "2026-12-03",
    });
    expect(status?.ce).toMatchObject({
      required: 20,
      earned: 24,
      counted: 19,
      needed: 11,
      met: false,
      from: "2025-02-01",
      deadline: "2027-02-01",
    });
    expect(status?.ce?.categories.map((c) => [c.category, c.counted, c.needed])).toEqual([
      ["pharmacy-law", 1, 0],
      ["patient-safety", 0, 1],
      ["technician-specific", 4, 11],
      ["pharmacist-specific", 5, 0],
      ["college", 10, 0],
    ]);
    expect(status?.message).toBe(
      "Certified Pharmacy Technician (CPhT), PTCB expires 2027-02-01 (69 days left); 19 of 20 CE hours count so far, 11 still needed.",
    );
  });

  it("says when the cycle's hours are done", () => {
    const p = profile(ptcb, {
      credentials: [{ id: "ptcb-cpht", earned: "2025-06-01" }],
      ce: [
        ce("2025-07-01", 1, "pharmacy-law", "technician-specific"),
        ce("2025-07-02", 1, "patient-safety", "technician-specific"),
        ce("2025-08-01", 13, "technician-specific"),
        ce("2025-09-01", 5, "pharmacist-specific"),
      ],
    });
    expect(credentialStatuses(ptcb, p, { date: today })[0]?.ce).toMatchObject({
      counted: 20,
      needed: 0,
      met: true,
    });
  });
});

describe("credential states", () => {
  const pathway = clinic();
  const held = (earned: string, date = today) =>
    credentialStatuses(pathway, profile(pathway, { credentials: [{ id: "basic", earned }] }), {
      date,
    })[0];

  it("is active, then expiring within the window, then expired with a reinstatement deadline", () => {
    expect(held("2025-06-01")).toMatchObject({ state: "active", expires: "2027-06-01" });
    expect(held("2025-01-10")).toMatchObject({
      state: "expiring",
      expires: "2027-01-10",
      daysLeft: 47,
    });
    expect(held("2024-10-01")).toMatchObject({
      state: "expired",
      expires: "2026-10-01",
      reinstatableUntil: "2027-04-01",
    });
    expect(held("2024-10-01")?.message).toBe(
      "Basic certificate expired on 2026-10-01; it can be reinstated until 2027-04-01.",
    );
  });

  it("honours a custom expiring window", () => {
    const p = profile(pathway, { credentials: [{ id: "basic", earned: "2025-06-01" }] });
    expect(
      credentialStatuses(pathway, p, { date: today, expiringWithin: { years: 1 } })[0]?.state,
    ).toBe("expiring");
  });

  it("lets a credential without renewal last for its validity and says it cannot be renewed", () => {
    const p = profile(pathway, {
      jurisdiction: "US-TX",
      credentials: [{ id: "state-permit", earned: "2026-06-01" }],
    });
    const [status] = credentialStatuses(pathway, p, { date: today });
    expect(status).toMatchObject({ state: "active", expires: "2027-06-01", renewable: false });
    expect(status?.message).toContain("it cannot be renewed");
  });
});

describe("a credential with no renewal or validity in the pathway", () => {
  it("is active with no expiry, and says the pathway gives none rather than that it never expires", () => {
    const p = profile(ptcb, {
      credentials: [
        { id: "ptcb-cpht", earned: "2022-12-01", renewed: "2024-12-01" },
        { id: "ptcb-tpv-certificate", earned: "2023-01-10" },
      ],
    });
    const status = credentialStatuses(ptcb, p, { date: today }).find(
      (s) => s.credential === "ptcb-tpv-certificate",
    );
    expect(status).toMatchObject({ state: "active", renewable: false });
    expect(status?.expires).toBeUndefined();
    expect(status?.message).toBe(
      "Technician Product Verification (TPV) Certificate: held since 2023-01-10; the pathway gives it no expiry.",
    );
  });
});
