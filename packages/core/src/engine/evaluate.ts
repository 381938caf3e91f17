import { addDuration, fromDayNumber } from "../internal/dates.js";
import type { Condition, ExperienceRequirement } from "../model/condition.js";
import type { Pathway } from "../model/pathway.js";
import { countedWork, holdsRole, inferredRoles } from "./credential-roles.js";
import { expiryOf, impliedBy } from "./credential-status.js";
import { experienceAmount, isEnough, measureExperience } from "./experience.js";
import { inJurisdiction, type PersonFacts } from "./facts.js";
import { type CodedMessage, coded, defined } from "./messages/coded.js";
import { countsAsRole } from "./role-kinds.js";

export { holds } from "./_compiled.js";

/**
 * The kinds of condition, as named in traces.
 *
 * @example
 * const trace = evaluateCondition(pathway, profile, { credential: "ptcb-cpht" }, { date: "2026-11-24" });
 * const kind: ConditionKind = trace.kind; // "credential"
 */
export type ConditionKind =
  | "all"
  | "any"
  | "not"
  | "atLeast"
  | "credential"
  | "role"
  | "step"
  | "setting"
  | "experience"
  | "jurisdiction";

/**
 * The codes of a missing fact's sentence (see `docs/engine.md`, "Message codes").
 *
 * @example
 * const trace = evaluateCondition(pathway, profile, { credential: "ptcb-cpht" }, { date: "2026-11-24" });
 * const codes: MissingFactCode[] = trace.missing.map((m) => m.code); // ["missing-credential"]
 */
export type MissingFactCode =
  | "missing-credential"
  | "missing-credential-renew"
  | "missing-credential-lapsed"
  | "missing-step"
  | "missing-role"
  | "missing-setting"
  | "missing-jurisdiction"
  | "missing-experience"
  | "missing-absence";

/** What every missing fact carries: a code, the data its sentence is rendered from, the sentence. */
interface MissingFactText {
  readonly code: MissingFactCode;
  readonly data: Readonly<Record<string, unknown>>;
  readonly message: string;
}

/**
 * One fact a person lacks for a condition to hold.
 *
 * @example
 * const trace = evaluateCondition(pathway, profile, { credential: "ptcb-cpht" }, { date: "2026-11-24" });
 * const missing: readonly MissingFact[] = trace.missing;
 * for (const m of missing) console.log(m.kind, m.code, m.message);
 */
export type MissingFact = MissingFactText &
  (
    | {
        readonly kind: "credential";
        readonly id: string;
        /** Set when the person held it and it expired on this date. */
        readonly expired?: string;
      }
    | {
        readonly kind: "step" | "role" | "setting" | "jurisdiction";
        readonly id: string;
      }
    | {
        readonly kind: "experience";
        readonly requirement: ExperienceRequirement;
        readonly unit: "years" | "months" | "hours";
        readonly have: number;
        readonly need: number;
      }
    | {
        /** A `not` whose condition holds: no progress can fix it. */
        readonly kind: "absence";
        readonly condition: Condition;
      }
  );

/**
 * How a condition evaluated, with its parts.
 *
 * @example
 * const trace: ConditionTrace = evaluateCondition(pathway, profile, { all: [{ credential: "ptcb-cpht" }] }, { date: "2026-11-24" });
 * console.log(trace.holds, trace.message, trace.children?.length);
 */
export interface ConditionTrace {
  readonly kind: ConditionKind;
  readonly condition: Condition;
  readonly holds: boolean;
  /** The code of the sentence, such as `trace-credential-held` (see `docs/engine.md`). */
  readonly code: string;
  /** The fields the sentence is rendered from. */
  readonly data: Readonly<Record<string, unknown>>;
  /** One sentence saying what holds or what is missing. */
  readonly message: string;
  readonly children?: readonly ConditionTrace[];
  /**
   * The smallest set of facts that would make the condition hold (empty when it holds). Among
   * alternatives (`any`, `atLeast`) the options needing the fewest facts are chosen, ties in
   * written order.
   */
  readonly missing: readonly MissingFact[];
  /** False when no progress can make it hold (a `not` over something already true, another jurisdiction). */
  readonly fixable: boolean;
}

/** What evaluation needs besides the condition. @internal */
export interface EvaluationScope {
  readonly pathway: Pathway;
  readonly facts: PersonFacts;
  readonly date: string;
  readonly fullTime: number;
}

/**
 * The credential a person holds, active on the date, that is or counts as `id`; or, when none
 * is, the latest expiry among the ones that would have. @internal
 */
export function findHeld(
  scope: EvaluationScope,
  id: string,
): { active?: string; expired?: string } {
  const { pathway, facts, date } = scope;
  let expired: string | undefined;
  for (const [heldId, held] of facts.credentials) {
    if (!impliedBy(pathway, heldId).has(id) || held.earned > date) continue;
    const expires = expiryOf(pathway, held);
    if (expires === undefined || date < expires) return { active: heldId };
    if (expired === undefined || expires > expired) expired = expires;
  }
  return expired === undefined ? {} : { expired };
}

/**
 * When a credential the person held (it, or one that counts as it) has lapsed past reinstatement
 * on the scope's date: it is not active, it expired, and the pathway's grace period for it, if
 * any, is over. Then it can only be earned again, by its step, even one recorded as done.
 * Returns the expiry date, or undefined when it is active, never held, or still reinstatable.
 * @internal
 */
export function lapsedOn(scope: EvaluationScope, id: string): string | undefined {
  const held = findHeld(scope, id);
  if (held.active || held.expired === undefined) return undefined;
  const grace = Object.hasOwn(scope.pathway.credentials, id)
    ? scope.pathway.credentials[id]?.renewal?.grace
    : undefined;
  return grace && scope.date <= addDuration(held.expired, grace) ? undefined : held.expired;
}

/** When a step was completed, if it was by the scope's date. @internal */
export function completedBy(scope: EvaluationScope, id: string): string | undefined {
  const done = scope.facts.completed.get(id);
  return done !== undefined && done <= scope.date ? done : undefined;
}

/** The experience that counts toward a requirement on the scope's date. @internal */
export function experienceFor(scope: EvaluationScope, requirement: ExperienceRequirement) {
  return measureExperience(
    countedWork(scope.pathway, scope.facts),
    requirement,
    scope.date,
    scope.fullTime,
  );
}

/** Evaluates a condition for a person on a date, with a trace of every part. @internal */
export function evaluate(condition: Condition, scope: EvaluationScope): ConditionTrace {
  const { pathway, facts } = scope;

  if ("all" in condition) {
    const children = condition.all.map((c) => evaluate(c, scope));
    const holding = children.filter((c) => c.holds).length;
    const holds = holding === children.length;
    return {
      kind: "all",
      condition,
      holds,
      children,
      ...coded(holds ? "trace-all-hold" : "trace-all-short", { holding, total: children.length }),
      missing: dedupe(children.flatMap((c) => c.missing)),
      fixable: children.every((c) => c.fixable),
    };
  }
  if ("any" in condition) {
    const children = condition.any.map((c) => evaluate(c, scope));
    const holds = children.some((c) => c.holds);
    const best = cheapest(children, 1);
    return {
      kind: "any",
      condition,
      holds,
      children,
      ...coded(holds ? "trace-any-hold" : "trace-any-none", {
        holding: children.filter((c) => c.holds).length,
        total: children.length,
      }),
      missing: holds ? [] : dedupe(best.flatMap((c) => c.missing)),
      fixable: holds || best.length === 1,
    };
  }
  if ("atLeast" in condition) {
    const children = condition.of.map((c) => evaluate(c, scope));
    const holding = children.filter((c) => c.holds).length;
    const holds = holding >= condition.atLeast;
    const best = holds ? [] : cheapest(children, condition.atLeast - holding);
    return {
      kind: "atLeast",
      condition,
      holds,
      children,
      ...coded("trace-at-least", { holding, needed: condition.atLeast, total: children.length }),
      missing: dedupe(best.flatMap((c) => c.missing)),
      fixable: holds || best.length === condition.atLeast - holding,
    };
  }
  if ("not" in condition) {
    const inner = evaluate(condition.not, scope);
    const holds = !inner.holds;
    return {
      kind: "not",
      condition,
      holds,
      children: [inner],
      ...coded(holds ? "trace-not-holds" : "trace-not-fails", { inner: textOf(inner) }),
      missing: holds
        ? []
        : [
            {
              kind: "absence",
              condition: condition.not,
              ...coded("missing-absence", { inner: textOf(inner) }),
            },
          ],
      fixable: holds,
    };
  }
  if ("credential" in condition) {
    const id = condition.credential;
    const name = titleIn(pathway.credentials, id);
    const held = findHeld(scope, id);
    if (held.active) {
      const heldTitle = titleIn(pathway.credentials, held.active);
      const text =
        held.active === id
          ? coded("trace-credential-held", { credential: id, title: name })
          : coded("trace-credential-held-as", {
              credential: id,
              title: name,
              held: held.active,
              heldTitle,
            });
      return leaf("credential", condition, true, text);
    }
    const data = { credential: id, title: name };
    if (!held.expired) {
      const fact = { kind: "credential", id, ...coded("missing-credential", data) } as const;
      return leaf("credential", condition, false, coded("trace-credential-missing", data), [fact]);
    }
    const expired = { ...data, expired: held.expired };
    const lapsed = lapsedOn(scope, id) !== undefined;
    const fact: MissingFact = {
      kind: "credential",
      id,
      expired: held.expired,
      ...coded(lapsed ? "missing-credential-lapsed" : "missing-credential-renew", expired),
    };
    return leaf("credential", condition, false, coded("trace-credential-expired", expired), [fact]);
  }
  if ("step" in condition) {
    const id = condition.step;
    const data = { step: id, title: titleIn(pathway.steps, id) };
    const done = completedBy(scope, id);
    return done !== undefined
      ? leaf("step", condition, true, coded("trace-step-done", { ...data, done }))
      : leaf("step", condition, false, coded("trace-step-missing", data), [
          { kind: "step", id, ...coded("missing-step", data) },
        ]);
  }
  if ("role" in condition) return roleLeaf(condition, scope);
  if ("setting" in condition) {
    const id = condition.setting;
    const data = { setting: id, title: titleIn(pathway.settings, id) };
    return facts.settings.has(id)
      ? leaf("setting", condition, true, coded("trace-setting-held", data))
      : leaf("setting", condition, false, coded("trace-setting-missing", data), [
          { kind: "setting", id, ...coded("missing-setting", data) },
        ]);
  }
  if ("jurisdiction" in condition) {
    const id = condition.jurisdiction;
    const where = facts.jurisdiction;
    if (inJurisdiction(where, id)) {
      const text = coded("trace-jurisdiction-in", { jurisdiction: id, where });
      return leaf("jurisdiction", condition, true, text);
    }
    const text = coded("trace-jurisdiction-other", defined({ jurisdiction: id, where }));
    const trace = leaf("jurisdiction", condition, false, text, [
      { kind: "jurisdiction", id, ...coded("missing-jurisdiction", { jurisdiction: id }) },
    ]);
    // Unknown jurisdiction can be fixed by saying where you work; a different one cannot by progress.
    return where ? { ...trace, fixable: false } : trace;
  }
  return experienceLeaf(condition, scope);
}

/** A role condition: held (perhaps through work that counts as it while credentials are held), or not. */
function roleLeaf(condition: Condition & { role: string }, scope: EvaluationScope): ConditionTrace {
  const { pathway, facts } = scope;
  const id = condition.role;
  const data = { role: id, title: titleIn(pathway.roles, id) };
  if (!holdsRole(pathway, facts, scope.date, id)) {
    return leaf("role", condition, false, coded("trace-role-missing", data), [
      { kind: "role", id, ...coded("missing-role", data) },
    ]);
  }
  const through = countsAsRole(pathway, facts.roles, id)
    ? undefined
    : inferredRoles(pathway, facts, scope.date).get(id);
  const text = through
    ? coded("trace-role-through", {
        ...data,
        through: through.as,
        throughTitle: titleIn(pathway.roles, through.as),
        from: fromDayNumber(through.from),
      })
    : coded("trace-role-held", data);
  return leaf("role", condition, true, text);
}

/** An experience condition: how much counts, of how much needed. */
function experienceLeaf(
  condition: Condition & { experience: ExperienceRequirement },
  scope: EvaluationScope,
): ConditionTrace {
  const requirement = condition.experience;
  const amount = experienceFor(scope, requirement);
  const scopeText = describeExperienceScope(scope.pathway, requirement);
  const holds = isEnough(amount);
  const text = coded("trace-experience", {
    have: experienceAmount(amount.have, amount.unit),
    need: experienceAmount(amount.need, amount.unit),
    scope: scopeText,
  });
  const gain = {
    amount: experienceAmount(Math.max(0.1, amount.need - amount.have), amount.unit),
    scope: scopeText,
  };
  const missing: MissingFact[] = holds
    ? []
    : [
        {
          kind: "experience",
          requirement,
          unit: amount.unit,
          have: amount.have,
          need: amount.need,
          ...coded("missing-experience", gain),
        },
      ];
  return leaf("experience", condition, holds, text, missing);
}

/** A trace's sentence as a piece of another: its code, data and message, without its parts. */
function textOf(trace: ConditionTrace): CodedMessage<string> {
  return { code: trace.code, data: trace.data, message: trace.message };
}

function titleIn(collection: Record<string, { title: string }>, id: string): string {
  return Object.hasOwn(collection, id) ? (collection[id]?.title ?? id) : id;
}

/**
 * An experience requirement's scope as a `scope.experience` piece, such as ` as lead technician
 * within the last 8 years`. @internal
 */
export function describeExperienceScope(
  pathway: Pathway,
  r: ExperienceRequirement,
): CodedMessage<"scope.experience"> {
  const w = r.within;
  const [withinAmount, withinUnit] = !w
    ? [undefined, undefined]
    : w.years
      ? [w.years, "years"]
      : w.months
        ? [w.months, "months"]
        : w.weeks
          ? [w.weeks, "weeks"]
          : [w.days ?? 0, "days"];
  return coded(
    "scope.experience",
    defined({
      role: r.role,
      roleTitle: r.role ? titleIn(pathway.roles, r.role) : undefined,
      setting: r.setting,
      settingTitle: r.setting ? titleIn(pathway.settings, r.setting) : undefined,
      withinAmount,
      withinUnit,
    }),
  );
}

function leaf(
  kind: ConditionKind,
  condition: Condition,
  holds: boolean,
  text: CodedMessage<string>,
  missing: MissingFact[] = [],
): ConditionTrace {
  return { kind, condition, holds, ...text, missing, fixable: true };
}

/** The `n` non-holding children needing the fewest facts; fewer when not enough are fixable. */
function cheapest(children: readonly ConditionTrace[], n: number): ConditionTrace[] {
  return children
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !c.holds && c.fixable)
    .sort((a, b) => a.c.missing.length - b.c.missing.length || a.i - b.i)
    .slice(0, n)
    .map(({ c }) => c);
}

/** Key that identifies a missing fact, to list each once. @internal */
export function factKey(f: MissingFact): string {
  if (f.kind === "experience") return `experience:${JSON.stringify(f.requirement)}`;
  if (f.kind === "absence") return `absence:${JSON.stringify(f.condition)}`;
  return `${f.kind}:${f.id}`;
}


function dedupe(facts: readonly MissingFact[]): MissingFact[] {
  // One fact or none is listed once already.
  if (facts.length < 2) return [...facts];
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = factKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
