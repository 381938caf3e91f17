import { describe, expect, it } from "vitest";
import { type Condition, evaluateCondition, PathwiseError } from "../../src/index.js";
import { clinic, flagship, profile, today } from "./helpers.js";

const pathway = clinic();
const on = { date: today };

describe("experience", () => {
  it("counts overlapping jobs once, the busier job on each day", () => {
    const p = profile(pathway, {
      history: [
        { role: "assistant", from: "2026-01-05", to: "2026-03-01", hoursPerWeek: 20 },
        { role: "assistant", from: "2026-02-02", to: "2026-03-01", hoursPerWeek: 40 },
      ],
    });
    const trace = evaluateCondition(pathway, p, { experience: { hours: 400 } }, on);
    // 4 weeks at 20 h, then 4 weeks at 40 h: 240 h. Adding both jobs up would give 320 h.
    const missing = trace.missing[0];
    expect(trace.holds).toBe(false);
    expect(missing?.kind === "experience" && Math.round(missing.have)).toBe(240);
  });

  it("counts years as full-time equivalents, honouring hours per week", () => {
    const half = profile(pathway, {
      history: [{ role: "assistant", from: "2024-11-24", to: "2026-11-23", hoursPerWeek: 20 }],
    });
    const full = profile(pathway, {
      history: [{ role: "assistant", from: "2024-11-24", to: "2026-11-23" }],
    });
    const need = { experience: { years: 1.5, role: "assistant" } };
    expect(evaluateCondition(pathway, half, need, on).holds).toBe(false);
    expect(evaluateCondition(pathway, full, need, on).holds).toBe(true);
  });

  it("counts only work inside a `within` window, and only in the named role or setting", () => {
    const p = profile(pathway, {
      history: [
        { role: "assistant", setting: "clinic", from: "2015-01-05", to: "2020-12-31" },
        { role: "assistant", setting: "lab", from: "2026-05-25" },
      ],
    });
    expect(evaluateCondition(pathway, p, { experience: { years: 5 } }, on).holds).toBe(true);
    expect(
      evaluateCondition(pathway, p, { experience: { years: 5, within: { years: 3 } } }, on).holds,
    ).toBe(false);
    expect(
      evaluateCondition(pathway, p, { experience: { months: 6, setting: "lab" } }, on).holds,
    ).toBe(true);
    expect(
      evaluateCondition(pathway, p, { experience: { months: 7, setting: "lab" } }, on).holds,
    ).toBe(false);
  });
});

describe("roles that are kinds of other roles", () => {
  const ptcb = flagship();
  const ivTech = profile(ptcb, {
    role: "sterile-compounding-technician",
    history: [{ role: "sterile-compounding-technician", from: "2024-11-01" }],
  });

  it("counts work in a specialist role as work in the role it requires", () => {
    const as = (condition: Condition) => evaluateCondition(ptcb, ivTech, condition, on).holds;
    expect(as({ role: "pharmacy-technician" })).toBe(true);
    expect(as({ experience: { years: 2, role: "pharmacy-technician" } })).toBe(true);
    expect(as({ role: "certified-technician" })).toBe(false);
  });

  it("does not count the general role as the specialist one", () => {
    const tech = profile(ptcb, { history: [{ role: "pharmacy-technician", from: "2020-01-06" }] });
    expect(
      evaluateCondition(ptcb, tech, { role: "sterile-compounding-technician" }, on).holds,
    ).toBe(false);
  });
});

describe("conditions", () => {
  it("reports the smallest set of missing facts, choosing the cheapest options", () => {
    const p = profile(pathway, {
      credentials: [{ id: "basic", earned: "2026-01-10" }],
      completed: [{ step: "elective-a", date: "2026-02-01" }],
    });
    const trace = evaluateCondition(
      pathway,
      p,
      pathway.credentials.advanced?.requires ?? { all: [] },
      on,
    );
    expect(trace.holds).toBe(false);
    // One more elective of the three; the first written that is missing.
    expect(trace.missing.map((m) => m.message)).toEqual(["Complete “Elective B”."]);
    expect(trace.children?.[1]?.message).toBe("1 of the 2 needed hold (out of 3).");
  });

  it("counts a credential only while it is active, and an implied one through the one held", () => {
    const lapsed = profile(pathway, { credentials: [{ id: "basic", earned: "2024-01-10" }] });
    const trace = evaluateCondition(pathway, lapsed, { credential: "basic" }, on);
    expect(trace.holds).toBe(false);
    expect(trace.missing).toMatchObject([
      {
        kind: "credential",
        id: "basic",
        expired: "2026-01-10",
        code: "missing-credential-lapsed",
        data: { credential: "basic", title: "Basic certificate", expired: "2026-01-10" },
        message:
          "Earn Basic certificate again: it expired on 2026-01-10 and can no longer be reinstated.",
      },
    ]);
    const advanced = profile(pathway, { credentials: [{ id: "advanced", earned: "2026-01-10" }] });
    expect(evaluateCondition(pathway, advanced, { credential: "basic" }, on).message).toBe(
      "You hold Advanced certificate, which counts as Basic certificate.",
    );
  });

  it("marks a `not` over a fact already true, and another jurisdiction, as not fixable", () => {
    const p = profile(pathway, {
      jurisdiction: "US-FL",
      completed: [{ step: "course", date: "2026-01-01" }],
    });
    const not = evaluateCondition(pathway, p, { not: { step: "course" } }, on);
    expect(not).toMatchObject({ holds: false, fixable: false });
    expect(not.missing[0]?.kind).toBe("absence");
    const texas = evaluateCondition(pathway, p, { jurisdiction: "US-TX" }, on);
    expect(texas).toMatchObject({
      holds: false,
      fixable: false,
      message: "This applies in US-TX; your profile says you work in US-FL.",
    });
    expect(
      evaluateCondition(
        pathway,
        profile(pathway, { jurisdiction: "US-TX" }),
        { jurisdiction: "US" },
        on,
      ).holds,
    ).toBe(true);
  });

  it("refuses a malformed evaluation date with a PathwiseError, never reading the clock", () => {
    const p = profile(pathway, {});
    expect(() => evaluateCondition(pathway, p, { step: "course" }, { date: "24/11/2026" })).toThrow(
      PathwiseError,
    );
  });
});
