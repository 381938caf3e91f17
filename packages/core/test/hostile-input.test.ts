// Regression tests for issue 14 at the library surface: each input here once threw, stalled or
// lost its position. Times are not asserted (they belong to `pnpm bench`); what is asserted is
// that the work is bounded: one diagnostic per job, a capped list, a total date arithmetic.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  dateRange,
  defaultLimits,
  explain,
  loadPathway,
  loadProfile,
  type Pathway,
  PathwiseError,
  planRoute,
  profileLimits,
  recommendSteps,
  validateProfile,
} from "../src/index.js";
import { fromDayNumber, toDayNumber } from "../src/internal/dates.js";

const flagship = loadPathway(
  readFileSync(new URL("../../../pathways/pharmacy-technician.pathway.yaml", import.meta.url)),
);
if (!flagship.ok) throw new Error("the flagship pathway must load");
const pathway: Pathway = flagship.value;

const profileWithJobs = (n: number) =>
  `pathwise: 1\npathway: pharmacy-technician\nhistory:\n${"  - { role: pharmacy-technician, from: 2020-01-01 }\n".repeat(n)}`;

describe("overlapping history (finding 1)", () => {
  it("reports each overlapping job once, not each pair", () => {
    const result = loadProfile(profileWithJobs(profileLimits.history), { pathway });
    const overlaps = result.diagnostics.filter((d) => d.code === "overlapping-history");
    expect(overlaps).toHaveLength(profileLimits.history - 1);
    expect(new Set(overlaps.map((d) => d.path[1])).size).toBe(profileLimits.history - 1);
    expect(overlaps.every((d) => d.range !== undefined)).toBe(true);
  });

  it("names the earlier job that runs longest", () => {
    const text = [
      "pathwise: 1",
      "pathway: pharmacy-technician",
      "history:",
      "  - { role: pharmacy-technician, from: 2021-01-01, to: 2021-12-31 }",
      "  - { role: pharmacy-technician, from: 2020-01-01 }",
      "  - { role: certified-technician, from: 2022-01-01, to: 2022-06-30 }",
      "",
    ].join("\n");
    const overlaps = loadProfile(text, { pathway }).diagnostics;
    expect(overlaps.map((d) => [d.code, d.path, d.data])).toEqual([
      ["overlapping-history", ["history", 0], { with: 1 }],
      ["overlapping-history", ["history", 2], { with: 1 }],
    ]);
  });

  it("refuses a history longer than the documented limit with one positioned diagnostic", () => {
    const result = loadProfile(profileWithJobs(profileLimits.history + 1), { pathway });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["invalid-value", ["history"]],
    ]);
    expect(result.diagnostics[0]?.range?.start.line).toBe(3);
  });

  it("caps the diagnostics of one file and counts the rest, keeping the most severe", () => {
    const jobs = "  - { role: pharmacy-technician, from: 2020-01-01 }\n".repeat(300);
    const text = `pathwise: 1\npathway: pharmacy-technician\nrole: nope\nhistory:\n${jobs}`;
    const result = loadProfile(text, { pathway, maxDiagnostics: 50 });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toHaveLength(51);
    // The one error sits before the warnings in the file, and survives the cap.
    expect(result.diagnostics.filter((d) => d.severity === "error")).toHaveLength(1);
    const last = result.diagnostics.at(-1);
    expect(last).toMatchObject({
      code: "too-many-diagnostics",
      severity: "info",
      data: { limit: 50, more: 250, total: 300 },
    });
    expect(last?.range?.start).toMatchObject({ line: 1, column: 1 });
    expect(defaultLimits.maxDiagnostics).toBe(1000);
  });

  it("keeps an error that sorts after the cap", () => {
    const jobs = "  - { role: pharmacy-technician, from: 2020-01-01 }\n".repeat(30);
    const text = `pathwise: 1\npathway: pharmacy-technician\nhistory:\n${jobs}goals: [{ role: nope }]\n`;
    const result = loadProfile(text, { pathway, maxDiagnostics: 5 });
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      "overlapping-history",
      "overlapping-history",
      "overlapping-history",
      "overlapping-history",
      "unknown-reference",
      "too-many-diagnostics",
    ]);
  });
});

describe("nesting one level past the limit (finding 4)", () => {
  it("reports an empty value past the limit as too deep, at its key", () => {
    const text = `x: ${"{a: ".repeat(63)}{b}${"}".repeat(63)}\n`;
    const result = loadPathway(text);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["too-deep"]);
    expect(result.diagnostics[0]?.range?.start.line).toBe(1);
    expect(result.diagnostics[0]?.range?.start.offset).toBeGreaterThan(200);
  });

  it("does the same for a profile", () => {
    const text = `pathwise: 1\nx:\n${Array.from({ length: 70 }, (_, i) => `${"  ".repeat(i + 1)}k:`).join("\n")}\n`;
    expect(loadProfile(text).diagnostics.map((d) => d.code)).toEqual(["too-deep"]);
  });
});

describe("aliases (finding 5)", () => {
  const valid = readFileSync(new URL("./fixtures/valid/input.yaml", import.meta.url), "utf8");
  const withSettings = (lines: string) =>
    valid
      .replace("settings:\n", `settings:\n${lines}`)
      .replace("title: Demo pathway", "title: &t First");

  it("resolves each alias to the last anchor of its name before it", () => {
    const result = loadPathway(
      withSettings("  a: { title: *t }\n  b: { title: &t Second }\n  c: { title: *t }\n"),
    );
    const settings = result.ok ? result.value.settings : undefined;
    expect(settings?.a?.title).toBe("First");
    expect(settings?.c?.title).toBe("Second");
  });

  it("expands thousands of aliases under the budget", () => {
    const n = 4000;
    const anchors = Array.from({ length: n }, (_, i) => `  s${i}: &s${i} { title: S${i} }\n`);
    const uses = Array.from({ length: n }, (_, i) => `  u${i}: *s${i}\n`);
    const result = loadPathway(withSettings(anchors.join("") + uses.join("")));
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.settings[`u${n - 1}`]?.title).toBe(`S${n - 1}`);
  });
});

describe("dates (finding 6)", () => {
  const profile = (date: string) =>
    `pathwise: 1\npathway: pharmacy-technician\ncompleted: [{ step: join-aapt, date: ${date} }]\n`;

  it("rejects dates outside the documented range, saying which range", () => {
    for (const date of ["9999-12-31", "3000-01-01", "0050-01-01", "1899-12-31"]) {
      const result = loadProfile(profile(date), { pathway });
      expect(result.diagnostics.map((d) => d.message)).toEqual([
        `Expected a date from ${dateRange.min} to ${dateRange.max} for \`date\`, found \`${date}\`.`,
      ]);
      expect(result.diagnostics[0]?.range?.start.line).toBe(3);
    }
    expect(loadProfile(profile("2026-02-30")).diagnostics[0]?.message).toMatch(/real calendar/);
  });

  it("refuses engine dates outside the range with a PathwiseError, not a RangeError", () => {
    const p = validateProfile({ pathwise: 1, pathway: "pharmacy-technician" }, { pathway });
    if (!p.ok) throw new Error("profile must load");
    for (const date of ["9999-12-31", "3000-01-01", "0099-06-01", "2026-02-30"]) {
      expect(() => recommendSteps(pathway, p.value, { date })).toThrow(PathwiseError);
    }
  });

  it("keeps the engine total at the ends of the range", () => {
    const text = readFileSync(
      new URL("../../../pathways/profiles/lead-technician.profile.yaml", import.meta.url),
      "utf8",
    );
    for (const date of [dateRange.min, dateRange.max]) {
      const loaded = loadProfile(text.replace(/date: 2026-11-24\n/, ""), { pathway });
      if (!loaded.ok) throw new Error("profile must load");
      // Dates recorded after the evaluation date are a profile error, not an engine one: the
      // engine still answers.
      expect(recommendSteps(pathway, loaded.value, { date }).steps).toBeDefined();
      expect(planRoute(pathway, loaded.value, { role: "supervisor" }, { date })).toBeDefined();
      expect(explain(pathway, loaded.value, "role:supervisor", { date }).id).toBe("supervisor");
    }
  });

  it("does day arithmetic without Date, saturating outside years 1-9999", () => {
    expect(fromDayNumber(toDayNumber("0050-03-01") - 1)).toBe("0050-02-28");
    expect(fromDayNumber(toDayNumber("2024-03-01") - 1)).toBe("2024-02-29");
    expect(fromDayNumber(toDayNumber("9999-12-31") + 1)).toBe("9999-12-31");
    expect(fromDayNumber(Number.POSITIVE_INFINITY)).toBe("9999-12-31");
    expect(fromDayNumber(Number.NaN)).toBe("9999-12-31");
    expect(fromDayNumber(-1e15)).toBe("0001-01-01");
    for (let day = -719_162; day < 2_900_000; day += 997) {
      expect(fromDayNumber(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }
  });
});

describe("positions (finding 11)", () => {
  it("gives a pair standing as a list item a range", () => {
    const text = "pathwise: 1\npathway: pharmacy-technician\ncompleted: !!omap [ a: 1 ]\n";
    const result = loadProfile(text);
    expect(
      result.diagnostics.map((d) => [d.code, d.range?.start.line, d.range?.start.column]),
    ).toEqual([
      ["unsupported-tag", 3, 12],
      ["wrong-type", 3, 21],
    ]);
  });

  it("counts lines from the text, also after a malformed token", () => {
    const result = loadPathway(": }|\n\n---");
    const second = result.diagnostics.find((d) => d.code === "multiple-documents");
    expect(second?.range?.start).toEqual({ offset: 6, line: 3, column: 1 });
  });

  it("reads lone-CR line ends as line ends, with the same positions as LF", () => {
    const valid = readFileSync(new URL("./fixtures/valid/input.yaml", import.meta.url), "utf8");
    const broken = valid.replace("kind: certification", "kind: nope");
    const lf = loadPathway(broken).diagnostics;
    const cr = loadPathway(broken.replaceAll("\n", "\r")).diagnostics;
    expect(lf.map((d) => d.code)).toEqual(["invalid-value"]);
    expect(cr).toEqual(lf);
  });
});

describe("planning through nested alternatives (finding 3)", () => {
  it("bounds the search and says so, instead of comparing every route", () => {
    // Each step needs the one before, or the one before that, or a year of experience: the
    // routes to the last step number in the billions.
    const n = 60;
    const steps = Array.from(
      { length: n },
      (_, i) =>
        `  s${i}:\n    strategy: grow\n    title: Step ${i}\n    effort: { weeks: 1 }\n${
          i
            ? `    requires: { any: [{ step: s${i - 1} }, { step: s${Math.max(0, i - 2)} }, { experience: { years: 1 } }] }\n`
            : ""
        }`,
    ).join("");
    const text = `pathwise: 1\nid: big\ntitle: Big\nreviewed: 2026-11-01\nsources: {}\nsettings:\n  office: { title: Office }\nstrategies:\n  grow: { title: Grow }\ncredentials: {}\nroles:\n  start: { title: Start, settings: [office] }\n  top:\n    title: Top\n    settings: [office]\n    requires: { step: s${n - 1} }\nsteps:\n${steps}`;
    const loaded = loadPathway(text);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const person = validateProfile(
      { pathwise: 1, pathway: "big", role: "start" },
      {
        pathway: loaded.value,
      },
    );
    if (!person.ok) throw new Error("profile must load");
    const plan = planRoute(loaded.value, person.value, { role: "top" }, { date: "2026-11-24" });
    expect(plan.reachable).toBe(true);
    expect(
      plan.reachable && plan.assumptions.some((a) => a.includes("too many alternative routes")),
    ).toBe(true);
  });
});
