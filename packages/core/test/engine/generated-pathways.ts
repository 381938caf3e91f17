// Random pathways and people for replay properties: small, valid by construction (requirements
// only point at entities earlier in one order, so they cannot form a cycle), with the shapes that
// make plans hard: lapsed and expired credentials, implied and conferred ones, `not`, `atLeast`,
// experience in a role or setting within a window, repeatable steps and renewals.
import fc from "fast-check";
import type { Condition } from "../../src/index.js";

export const today = "2026-11-24";
const src = { sources: ["src"] };

const day = fc.integer({ min: 1, max: 3650 }).map((n) => {
  return new Date(Date.UTC(2026, 10, 24) - n * 86_400_000).toISOString().slice(0, 10);
});

const experience = (roles: string[], settings: string[]): fc.Arbitrary<Condition> =>
  fc
    .record({
      unit: fc.constantFrom("years", "months", "hours"),
      amount: fc.integer({ min: 1, max: 4 }),
      role: fc.option(fc.constantFrom(...roles), { nil: undefined }),
      setting: fc.option(fc.constantFrom(...settings), { nil: undefined }),
      within: fc.option(fc.integer({ min: 2, max: 6 }), { nil: undefined }),
    })
    .map(({ unit, amount, role, setting, within }) => ({
      experience: {
        [unit]: unit === "hours" ? amount * 300 : unit === "months" ? amount * 4 : amount,
        ...(role ? { role } : {}),
        ...(setting ? { setting } : {}),
        ...(within ? { within: { years: within } } : {}),
      },
    })) as fc.Arbitrary<Condition>;

/** A condition over the given leaves, at most two levels deep. */
function condition(leaves: fc.Arbitrary<Condition>): fc.Arbitrary<Condition> {
  const group = fc.array(leaves, { minLength: 1, maxLength: 3 });
  return fc.oneof(
    { weight: 3, arbitrary: leaves },
    { weight: 2, arbitrary: group.map((all) => ({ all })) },
    { weight: 2, arbitrary: group.map((any) => ({ any })) },
    {
      weight: 1,
      arbitrary: fc
        .array(leaves, { minLength: 2, maxLength: 4 })
        .chain((of) => fc.integer({ min: 1, max: of.length }).map((atLeast) => ({ atLeast, of }))),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(leaves, leaves)
        .filter(([a, b]) => JSON.stringify(a) !== JSON.stringify(b))
        .map(([a, b]) => ({ all: [a, { not: b }] })),
    },
  );
}

const leaf = (items: Condition[], extra: fc.Arbitrary<Condition>[] = []) =>
  fc.oneof(...items.map((c) => fc.constant(c)), ...extra);

/** A valid pathway with credentials c0–c3, roles r0–r3, settings s0–s1 and steps. */
export const pathwayData = fc
  .record({
    renewal: fc.array(
      fc.record({
        kind: fc.constantFrom("none", "renewal", "valid"),
        years: fc.integer({ min: 1, max: 2 }),
        grace: fc.boolean(),
      }),
      { minLength: 4, maxLength: 4 },
    ),
    c1: fc.option(condition(leaf([{ step: "course-a" }], [experience(["r0"], ["s0", "s1"])])), {
      nil: undefined,
    }),
    c2: fc.option(
      condition(leaf([{ credential: "c0" }, { step: "course-b" }], [experience(["r0"], ["s0"])])),
      { nil: undefined },
    ),
    c3: fc.option(
      condition(
        leaf([
          { credential: "c1" },
          { credential: "c2" },
          { step: "course-a" },
          { credential: "c0" },
        ]),
      ),
      { nil: undefined },
    ),
    c3implies: fc.boolean(),
    r2: condition(
      leaf(
        [{ role: "r0" }, { credential: "c1" }, { step: "course-b" }, { setting: "s1" }],
        [experience(["r0", "r1"], ["s0", "s1"])],
      ),
    ),
    r3: condition(
      leaf(
        [{ role: "r2" }, { credential: "c3" }, { role: "r1" }],
        [experience(["r2", "r1"], ["s1"])],
      ),
    ),
    courseA: fc.option(condition(leaf([{ setting: "s0" }], [experience(["r0"], ["s0"])])), {
      nil: undefined,
    }),
    repeatable: fc.boolean(),
    effort: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 8, maxLength: 8 }),
  })
  .map((g) => {
    const credentials: Record<string, object> = {};
    for (const [i, r] of g.renewal.entries()) {
      const id = `c${i}`;
      const life =
        r.kind === "renewal"
          ? { renewal: { every: { years: r.years }, ...(r.grace ? { grace: { months: 6 } } : {}) } }
          : r.kind === "valid"
            ? { validFor: { years: r.years } }
            : {};
      const requires = (g as Record<string, unknown>)[id];
      credentials[id] = {
        title: `Credential ${i}`,
        issuer: "Board",
        kind: "certification",
        ...life,
        ...(requires ? { requires } : {}),
        ...(id === "c3" && g.c3implies ? { implies: ["c0"] } : {}),
        ...src,
      };
    }
    const effort = (i: number, cost = true) => ({
      effort: {
        weeks: g.effort[i],
        ...(cost ? { cost: { amount: 10 * (g.effort[i] ?? 0), currency: "USD" } } : {}),
      },
    });
    const steps: Record<string, object> = {
      "course-a": {
        strategy: "grow",
        title: "Course A",
        ...(g.courseA ? { requires: g.courseA } : {}),
        ...effort(4),
        advances: ["credential:c1"],
        ...src,
      },
      "course-b": {
        strategy: "grow",
        title: "Course B",
        ...effort(5),
        advances: ["credential:c2"],
        ...src,
      },
      "renew-c0": { strategy: "certify", title: "Renew c0", renews: "c0", ...effort(6), ...src },
      "move-s1": {
        strategy: "grow",
        title: "Move to s1",
        grants: { setting: "s1" },
        ...effort(7, false),
        ...src,
      },
    };
    for (let i = 0; i < 4; i++) {
      steps[`earn-c${i}`] = {
        strategy: "certify",
        title: `Earn c${i}`,
        grants: { credential: `c${i}` },
        ...(i === 0 && g.repeatable ? { repeatable: true } : {}),
        ...effort(i, i !== 2),
        ...src,
      };
    }
    return {
      pathwise: 1,
      id: "generated",
      title: "Generated",
      reviewed: "2026-11-01",
      sources: {
        src: { title: "Rules", url: "https://example.org/rules", accessed: "2026-11-01" },
      },
      settings: { s0: { title: "Setting 0" }, s1: { title: "Setting 1" } },
      strategies: { certify: { title: "Certify" }, grow: { title: "Grow" } },
      credentials,
      roles: {
        r0: { title: "Role 0", settings: ["s0", "s1"], ...src },
        r1: {
          title: "Role 1",
          conferred: true,
          settings: ["s0", "s1"],
          requires: { any: [{ credential: "c0" }, { credential: "c1" }] },
          ...src,
        },
        r2: { title: "Role 2", settings: ["s1", "s0"], requires: g.r2, ...src },
        r3: { title: "Role 3", settings: ["s1"], requires: g.r3, ...src },
      },
      steps,
    };
  });

/** A person for the generated pathways: work, credentials (some lapsed), steps done, a goal. */
export const personData = fc
  .record({
    role: fc.option(fc.constantFrom("r0", "r2"), { nil: undefined }),
    setting: fc.option(fc.constantFrom("s0", "s1"), { nil: undefined }),
    history: fc.array(
      fc.record({
        role: fc.constantFrom("r0", "r2", "r3"),
        setting: fc.option(fc.constantFrom("s0", "s1"), { nil: undefined }),
        from: day,
        days: fc.option(fc.integer({ min: 30, max: 1500 }), { nil: undefined }),
        hoursPerWeek: fc.integer({ min: 8, max: 50 }),
      }),
      { maxLength: 3 },
    ),
    credentials: fc.array(
      fc.record({
        id: fc.constantFrom("c0", "c1", "c2", "c3"),
        earned: day,
        renewedAfter: fc.option(fc.integer({ min: 200, max: 800 }), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
    completed: fc.uniqueArray(
      fc.record({
        step: fc.constantFrom("course-a", "course-b", "earn-c0", "earn-c1", "earn-c2", "earn-c3"),
        date: day,
      }),
      { maxLength: 3, selector: (c) => c.step },
    ),
    goal: fc.constantFrom<object>(
      { role: "r2" },
      { role: "r3" },
      { role: "r1" },
      { setting: "s1" },
      { credential: "c0" },
      { credential: "c2" },
      { credential: "c3" },
    ),
    hoursPerWeek: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  })
  .map((p) => {
    const shift = (date: string, days: number) =>
      new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
    const history = p.history.map(({ days, setting, from, ...h }) => {
      const to = days === undefined ? undefined : shift(from, days);
      return { ...h, from, ...(setting ? { setting } : {}), ...(to && to < today ? { to } : {}) };
    });
    const credentials = p.credentials.map(({ renewedAfter, id, earned }) => {
      const renewed = renewedAfter === undefined ? undefined : shift(earned, renewedAfter);
      return { id, earned, ...(renewed && renewed <= today ? { renewed } : {}) };
    });
    return {
      pathwise: 1,
      pathway: "generated",
      ...(p.role ? { role: p.role } : {}),
      ...(p.setting ? { setting: p.setting } : {}),
      history,
      credentials,
      completed: p.completed,
      goals: [p.goal],
      ...(p.hoursPerWeek ? { preferences: { hoursPerWeek: p.hoursPerWeek } } : {}),
    };
  });
