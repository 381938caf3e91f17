import fc from "fast-check";

// Valid pathway and profile documents, small and varied: the starting points that
// `mutate-document.ts` pushes over the edges. References need not resolve: only the shape of a
// document is under test here, not its semantic checks.

const id = fc.stringMatching(/^[a-z][a-z0-9]{0,5}(?:-[a-z0-9]{1,3}){0,2}$/);
const text = fc.string({ minLength: 1, maxLength: 12 });
const date = fc
  .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2999, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const url = fc.constantFrom(
  "https://example.org/handbook",
  "http://ptcb.org/renew/continuing-education",
  "https://texreg.sos.state.tx.us/public/readtac%24ext.TacPage?sl=R&app=9&p_dir=&pg=1",
  "https://www.example.com:8443/a/b/?q=1#top",
  "https://localhost",
);
const jurisdiction = fc.constantFrom("US", "US-TX", "CA-ON", "GB");
const count = fc.integer({ min: 0, max: 1000 });
const hours = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.double({ min: 0, max: 1000, noNaN: true }),
);
const money = fc.record({ amount: hours, currency: fc.constantFrom("USD", "EUR") });

/** An object with some of the given fields (at least `min`), each drawn from its arbitrary. */
function someOf(
  fields: Record<string, fc.Arbitrary<unknown>>,
  min = 0,
): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(fields);
  return fc
    .subarray(keys, { minLength: min })
    .chain((chosen) =>
      fc.record(Object.fromEntries(chosen.map((k) => [k, fields[k] as fc.Arbitrary<unknown>]))),
    );
}

const collection = <T>(entity: fc.Arbitrary<T>) =>
  fc.dictionary(id, entity, { maxKeys: 2, noNullPrototype: true });

const duration = someOf({ years: count, months: count, weeks: count, days: count }, 1);

const experience = fc
  .tuple(
    fc.constantFrom("years", "months", "hours"),
    fc.integer({ min: 0, max: 80 }),
    someOf({ role: id, setting: id, within: duration }),
  )
  .map(([unit, amount, rest]) => ({ [unit]: amount, ...rest }));

const { condition } = fc.letrec<{ condition: unknown }>((tie) => ({
  condition: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ credential: id }),
    fc.record({ role: id }),
    fc.record({ step: id }),
    fc.record({ setting: id }),
    fc.record({ jurisdiction }),
    fc.record({ experience }),
    fc.record({ all: fc.array(tie("condition"), { minLength: 1, maxLength: 2 }) }),
    fc.record({ any: fc.array(tie("condition"), { minLength: 1, maxLength: 2 }) }),
    fc.record({ not: tie("condition") }),
    fc.record({
      atLeast: fc.integer({ min: 1, max: 3 }),
      of: fc.array(tie("condition"), { minLength: 1, maxLength: 3 }),
    }),
  ),
}));

const source = fc
  .tuple(
    fc.record({ title: text, url, accessed: date }),
    someOf({ publisher: text, archived: fc.oneof(date, fc.constant("undated")), note: text }),
  )
  .map(([required, rest]) => ({ ...required, ...rest }));

const renewal = fc
  .tuple(
    fc.record({ every: duration }),
    someOf({
      ce: fc.record({ hours: count }, { requiredKeys: ["hours"] }),
      fee: money,
      opens: duration,
      grace: duration,
      fileBy: fc.constantFrom("expiry", "start-of-expiry-month"),
      lateFee: money,
    }),
  )
  .map(([required, rest]) => ({ ...required, ...rest }));

const credential = fc
  .tuple(
    fc.record({
      title: text,
      issuer: text,
      kind: fc.constantFrom("certification", "license", "training"),
    }),
    someOf({ jurisdiction, requires: condition, sources: fc.array(id, { maxLength: 2 }) }),
    fc.constantFrom({}, { renewal: true }, { validFor: true }),
  )
  .chain(([required, rest, lifetime]) =>
    fc.record({ renewal, validFor: duration }).map((l) => ({
      ...required,
      ...rest,
      ...("renewal" in lifetime ? { renewal: l.renewal } : {}),
      ...("validFor" in lifetime ? { validFor: l.validFor } : {}),
    })),
  );

const role = fc
  .tuple(
    fc.record({ title: text }),
    someOf({
      settings: fc.array(id, { maxLength: 2 }),
      requires: condition,
      conferred: fc.boolean(),
      codes: fc.constant({ onet: "29-2052.00" }),
    }),
  )
  .map(([required, rest]) => ({ ...required, ...rest }));

const grant = someOf(
  {
    credential: id,
    role: id,
    setting: id,
    ce: fc.record(
      { hours: count, categories: fc.array(id, { maxLength: 2 }) },
      { requiredKeys: ["hours"] },
    ),
  },
  1,
);

const step = fc
  .tuple(
    fc.record({ strategy: id, title: text }),
    someOf({
      requires: condition,
      grants: grant,
      renews: id,
      advances: id.map((i) => [`role:${i}`]),
      repeatable: fc.boolean(),
      effort: someOf({ hours: count, weeks: fc.integer({ min: 0, max: 520 }), cost: money }),
    }),
  )
  .map(([required, rest]) => ({ ...required, ...rest }));

/** A valid pathway document (format 1). */
export const validPathway = fc
  .tuple(
    fc.record({
      pathwise: fc.constant(1),
      id,
      title: text,
      reviewed: date,
      sources: collection(source),
      settings: collection(fc.record({ title: text })),
      strategies: collection(
        fc.record({ title: text, summary: text }, { requiredKeys: ["title"] }),
      ),
      credentials: collection(credential),
      roles: collection(role),
      steps: collection(step),
    }),
    someOf({
      summary: text,
      jurisdiction,
      ceCategories: collection(fc.record({ title: text })),
      renamed: fc.record({ roles: fc.dictionary(id, id, { maxKeys: 1, noNullPrototype: true }) }),
    }),
  )
  .map(([required, rest]) => ({ ...required, ...rest }));

const historyEntry = fc
  .tuple(
    fc.record({ role: id, from: date }),
    someOf({ setting: id, to: date, hoursPerWeek: fc.integer({ min: 0, max: 100 }) }),
  )
  .map(([required, rest]) => ({ ...required, ...rest }));

/** A valid profile document (format 1). */
export const validProfile = fc
  .tuple(
    fc.record({ pathwise: fc.constant(1), pathway: id }),
    someOf({
      name: text,
      date,
      role: id,
      setting: id,
      jurisdiction,
      history: fc.array(historyEntry, { maxLength: 2 }),
      credentials: fc.array(
        fc.record({ id, earned: date, renewed: date }, { requiredKeys: ["id", "earned"] }),
        { maxLength: 2 },
      ),
      completed: fc.array(fc.record({ step: id, date }), { maxLength: 2 }),
      ce: fc.array(fc.record({ date, hours: count, categories: fc.array(id, { maxLength: 2 }) }), {
        maxLength: 2,
      }),
      goals: fc.array(fc.oneof(fc.record({ role: id }), fc.record({ credential: id })), {
        maxLength: 2,
      }),
      preferences: someOf({ budget: money, hoursPerWeek: fc.integer({ min: 1, max: 100 }) }),
      expect: someOf({ next: fc.array(id, { maxLength: 2 }), reachable: fc.boolean() }),
    }),
  )
  .map(([required, rest]) => ({ ...required, ...rest }));
