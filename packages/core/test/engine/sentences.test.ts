// Sentences people read: counts agree with their nouns, and a renewal offered before its filing
// window opens says when it opens.
import { describe, expect, it } from "vitest";
import { recommendSteps } from "../../src/index.js";
import { clinic, flagship, profile, today } from "./helpers.js";

const on = { date: today };

describe("recommendation sentences", () => {
  const pathway = flagship();

  it("says when the filing window of a due renewal opens", () => {
    // Earned 2025-02-10: expires 2027-02-10 (78 days), inside the 90-day window, and PTCB opens
    // renewal 60 days before expiry, on 2026-12-12.
    const person = profile(pathway, {
      role: "pharmacy-technician",
      history: [{ role: "pharmacy-technician", from: "2022-01-03" }],
      credentials: [{ id: "ptcb-cpht", earned: "2025-02-10" }],
      completed: [{ step: "set-up-cpe-monitor", date: "2025-03-01" }],
    });
    const renew = recommendSteps(pathway, person, on).steps.find(
      (s) => s.step === "renew-ptcb-cpht",
    );
    expect(renew?.reasons.find((r) => r.code === "renewal-due")?.message).toBe(
      "Your Certified Pharmacy Technician (CPhT), PTCB expires on 2027-02-10; file by 2027-02-01 to avoid the $25 late fee; you can file from 2026-12-12; 20 CE hours are still needed first.",
    );
  });

  it("writes one CE hour and one step in the singular", () => {
    const small = clinic();
    // Basic renews every 2 years with 10 hours, 2 of them safety; 9 hours done, 1 of safety.
    const person = profile(small, {
      role: "assistant",
      history: [{ role: "assistant", from: "2024-01-01" }],
      credentials: [{ id: "basic", earned: "2025-01-20" }],
      ce: [
        { date: "2025-06-01", hours: 1, categories: ["safety"] },
        { date: "2025-07-01", hours: 8, categories: ["general"] },
      ],
    });
    const next = recommendSteps(small, person, { date: "2026-12-01", limit: 20 });
    const text = next.steps.flatMap((s) => s.reasons.map((r) => r.message)).join("\n");
    expect(text).toContain("1 CE hour is still needed first.");
    expect(text).not.toMatch(/\b1 CE hours\b|\b1 more hours\b|1 step from .* already rank higher/);
    const mix = next.steps.flatMap((s) => s.reasons).find((r) => r.code === "strategy-mix");
    expect(mix?.message).toMatch(
      /^(1 step from “[^”]+” already ranks|\d+ steps from “[^”]+” already rank) higher/,
    );
  });
});
