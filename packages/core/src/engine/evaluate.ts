import { addDuration, fromDayNumber } from "../internal/dates.js";
import { lowerFirst } from "../internal/text.js";
import type { Condition, ExperienceRequirement } from "../model/condition.js";
import type { Pathway } from "../model/pathway.js";
import { countedWork, holdsRole, inferredRoles } from "./credential-roles.js";
import { expiryOf, impliedBy } from "./credential-status.js";
import { formatAmount, isEnough, measureExperience } from "./experience.js";
import { inJurisdiction, type PersonFacts } from "./facts.js";
import { countsAsRole } from "./role-kinds.js";

export { holds } from "./_compiled.js";

/** The kinds of condition, as named in traces. */
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

/** One fact a person lacks for a condition to hold. */
export type MissingFact =
  | {
      readonly kind: "credential";
      readonly id: string;
      /** Set when the person held it and it expired on this date. */
      readonly expired?: string;
      readonly message: string;
    }
  | {
      readonly kind: "step" | "role" | "setting" | "jurisdiction";
      readonly id: string;
      readonly message: string;
    }
  | {
      readonly kind: "experience";
      readonly requirement: ExperienceRequirement;
      readonly unit: "years" | "months" | "hours";
      readonly have: number;
      readonly need: number;
      readonly message: string;
    }
  | {
      /** A `not` whose condition holds: no progress can fix it. */
      readonly kind: "absence";
      readonly condition: Condition;
      readonly message: string;
    };

/** How a condition evaluated, with its parts. */
export interface ConditionTrace {
  readonly kind: ConditionKind;
  readonly condition: Condition;
  readonly holds: boolean;
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
      message: holds
        ? `All ${children.length} conditions hold.`
        : `${holding} of ${children.length} conditions hold; all are needed.`,
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
      message: holds
        ? `${children.filter((c) => c.holds).length} of ${children.length} options hold; one is enough.`
        : `None of the ${children.length} options holds; one is enough.`,
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
      message: `${holding} of the ${condition.atLeast} needed hold (out of ${children.length}).`,
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
      message: holds
        ? `This holds because the opposite does not: ${lowerFirst(inner.message)}`
        : `This cannot hold while the opposite does: ${lowerFirst(inner.message)}`,
      missing: holds
        ? []
        : [
            {
              kind: "absence",
              condition: condition.not,
              message: `Needs the opposite of: ${lowerFirst(inner.message)}`,
            },
          ],
      fixable: holds,
    };
  }
  if ("credential" in condition) {
    const id = condition.credential;
    const name = title(pathway.credentials, id);
    const held = findHeld(scope, id);
    if (held.active) {
      const via = held.active === id ? "" : `, which counts as ${name}`;
      const message = `You hold ${title(pathway.credentials, held.active)}${via}.`;
      return leaf("credential", condition, true, message);
    }
    const message = held.expired
      ? `Your ${name} expired on ${held.expired}.`
      : `You do not hold ${name}.`;
    const lapsed = held.expired !== undefined && lapsedOn(scope, id) !== undefined;
    const fact: MissingFact = held.expired
      ? {
          kind: "credential",
          id,
          expired: held.expired,
          message: lapsed
            ? `Earn ${name} again: it expired on ${held.expired} and can no longer be reinstated.`
            : `Renew ${name}, which expired on ${held.expired}.`,
        }
      : { kind: "credential", id, message: `Earn ${name}.` };
    return leaf("credential", condition, false, message, [fact]);
  }
  if ("step" in condition) {
    const id = condition.step;
    const name = title(pathway.steps, id);
    const done = completedBy(scope, id);
    return done !== undefined
      ? leaf("step", condition, true, `You completed “${name}” on ${done}.`)
      : leaf("step", condition, false, `You have not completed “${name}”.`, [
          { kind: "step", id, message: `Complete “${name}”.` },
        ]);
  }
  if ("role" in condition) {
    const id = condition.role;
    const name = title(pathway.roles, id);
    if (!holdsRole(pathway, facts, scope.date, id)) {
      return leaf("role", condition, false, `You have not worked as ${lowerFirst(name)}.`, [
        { kind: "role", id, message: `Work as ${lowerFirst(name)}.` },
      ]);
    }
    const through = countsAsRole(pathway, facts.roles, id)
      ? undefined
      : inferredRoles(pathway, facts, scope.date).get(id);
    const message = through
      ? `Your work as ${lowerFirst(title(pathway.roles, through.as))} counts as ${lowerFirst(name)} while you hold what it requires (first on ${fromDayNumber(through.from)}).`
      : `You have worked as ${lowerFirst(name)}.`;
    return leaf("role", condition, true, message);
  }
  if ("setting" in condition) {
    const id = condition.setting;
    const name = title(pathway.settings, id);
    return facts.settings.has(id)
      ? leaf("setting", condition, true, `You have worked in ${lowerFirst(name)}.`)
      : leaf("setting", condition, false, `You have not worked in ${lowerFirst(name)}.`, [
          { kind: "setting", id, message: `Work in ${lowerFirst(name)}.` },
        ]);
  }
  if ("jurisdiction" in condition) {
    const id = condition.jurisdiction;
    if (inJurisdiction(facts.jurisdiction, id)) {
      return leaf(
        "jurisdiction",
        condition,
        true,
        `You work in ${facts.jurisdiction}, which is in ${id}.`,
      );
    }
    const message = facts.jurisdiction
      ? `This applies in ${id}; your profile says you work in ${facts.jurisdiction}.`
      : `This applies in ${id}; your profile gives no jurisdiction.`;
    const trace = leaf("jurisdiction", condition, false, message, [
      { kind: "jurisdiction", id, message: `Work in ${id}.` },
    ]);
    // Unknown jurisdiction can be fixed by saying where you work; a different one cannot by progress.
    return facts.jurisdiction ? { ...trace, fixable: false } : trace;
  }
  const requirement = condition.experience;
  const amount = experienceFor(scope, requirement);
  const scopeText = describeExperienceScope(pathway, requirement);
  const holds = isEnough(amount);
  const message = `You have ${formatAmount(amount.have, amount.unit)} of the ${formatAmount(amount.need, amount.unit)} of experience needed${scopeText}.`;
  return leaf(
    "experience",
    condition,
    holds,
    message,
    holds
      ? []
      : [
          {
            kind: "experience",
            requirement,
            unit: amount.unit,
            have: amount.have,
            need: amount.need,
            message: `Gain another ${formatAmount(Math.max(0.1, amount.need - amount.have), amount.unit)} of experience${scopeText}.`,
          },
        ],
  );
}

/** Words for an experience requirement's scope, such as ` as lead technician within 8 years`. @internal */
export function describeExperienceScope(pathway: Pathway, r: ExperienceRequirement): string {
  const parts: string[] = [];
  if (r.role) {
    const role = Object.hasOwn(pathway.roles, r.role) ? pathway.roles[r.role]?.title : undefined;
    parts.push(` as ${lowerFirst(role ?? r.role)}`);
  }
  if (r.setting) {
    const setting = Object.hasOwn(pathway.settings, r.setting)
      ? pathway.settings[r.setting]?.title
      : undefined;
    parts.push(` in ${lowerFirst(setting ?? r.setting)}`);
  }
  if (r.within) {
    const w = r.within;
    const unit = w.years
      ? `${w.years} years`
      : w.months
        ? `${w.months} months`
        : w.weeks
          ? `${w.weeks} weeks`
          : `${w.days ?? 0} days`;
    parts.push(` within the last ${unit}`);
  }
  return parts.join("");
}

function leaf(
  kind: ConditionKind,
  condition: Condition,
  holds: boolean,
  message: string,
  missing: MissingFact[] = [],
): ConditionTrace {
  return { kind, condition, holds, message, missing, fixable: true };
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

/** The title of an entity of a collection, or its id when there is none by that id. */
function title(collection: Record<string, { title: string }>, id: string): string {
  return Object.hasOwn(collection, id) ? (collection[id]?.title ?? id) : id;
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
