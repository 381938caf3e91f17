import { fromDayNumber } from "../internal/dates.js";
import { titleOf } from "../internal/text.js";
import type { Condition, ExperienceRequirement } from "../model/condition.js";
import type { Pathway } from "../model/pathway.js";
import { holdsRole, inferredRoles } from "./credential-roles.js";
import {
  completedBy,
  type EvaluationScope,
  experienceFor,
  findHeld,
  lapsedOn,
  piecesFor,
  unsaid,
} from "./evaluation-scope.js";
import { experienceAmount, isEnough } from "./experience.js";
import { inJurisdiction } from "./facts.js";
import { type CodedMessage, coded as codedPiece, defined } from "./messages/coded.js";
import { cheapest, dedupe } from "./missing-facts.js";
import { countsAsRole } from "./role-kinds.js";
import type { ConditionKind, ConditionTrace, MissingFact } from "./trace-types.js";

export { holds } from "./_compiled.js";
export {
  completedBy,
  type EvaluationScope,
  experienceFor,
  findHeld,
  lapsedOn,
} from "./evaluation-scope.js";
export type {
  ConditionKind,
  ConditionTrace,
  MissingFact,
  MissingFactCode,
} from "./trace-types.js";

/** Evaluates a condition for a person on a date, with a trace of every part. @internal */
export function evaluate(condition: Condition, scope: EvaluationScope): ConditionTrace {
  const { pathway, facts } = scope;
  const coded = piecesFor(scope);
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
    // An absent fact is worded by the inner trace's sentence.
    const inner = evaluate(
      condition.not,
      scope.lean === "facts" ? { ...scope, lean: undefined } : scope,
    );
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
              ...codedPiece("missing-absence", { inner: textOf(inner) }),
            },
          ],
      fixable: holds,
    };
  }
  if ("credential" in condition) {
    const id = condition.credential;
    const name = titleOf(pathway.credentials, id);
    const held = findHeld(scope, id);
    if (held.active) {
      const heldTitle = titleOf(pathway.credentials, held.active);
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
      const fact = { kind: "credential", id, ...codedPiece("missing-credential", data) } as const;
      return leaf("credential", condition, false, coded("trace-credential-missing", data), [fact]);
    }
    const expired = { ...data, expired: held.expired };
    const lapsed = lapsedOn(scope, id) !== undefined;
    const fact: MissingFact = {
      kind: "credential",
      id,
      expired: held.expired,
      ...codedPiece(lapsed ? "missing-credential-lapsed" : "missing-credential-renew", expired),
    };
    return leaf("credential", condition, false, coded("trace-credential-expired", expired), [fact]);
  }
  if ("step" in condition) {
    const id = condition.step;
    const data = { step: id, title: titleOf(pathway.steps, id) };
    const done = completedBy(scope, id);
    return done !== undefined
      ? leaf("step", condition, true, coded("trace-step-done", { ...data, done }))
      : leaf("step", condition, false, coded("trace-step-missing", data), [
          { kind: "step", id, ...codedPiece("missing-step", data) },
        ]);
  }
  if ("role" in condition) return roleLeaf(condition, scope);
  if ("setting" in condition) {
    const id = condition.setting;
    const data = { setting: id, title: titleOf(pathway.settings, id) };
    return facts.settings.has(id)
      ? leaf("setting", condition, true, coded("trace-setting-held", data))
      : leaf("setting", condition, false, coded("trace-setting-missing", data), [
          { kind: "setting", id, ...codedPiece("missing-setting", data) },
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
      { kind: "jurisdiction", id, ...codedPiece("missing-jurisdiction", { jurisdiction: id }) },
    ]);
    // Unknown jurisdiction can be fixed by saying where you work; a different one cannot by progress.
    return where ? { ...trace, fixable: false } : trace;
  }
  return experienceLeaf(condition, scope);
}

/** A role condition: held (perhaps through work that counts as it while credentials are held), or not. */
function roleLeaf(condition: Condition & { role: string }, scope: EvaluationScope): ConditionTrace {
  const { pathway, facts } = scope;
  const coded = piecesFor(scope);
  const id = condition.role;
  const data = { role: id, title: titleOf(pathway.roles, id) };
  if (!holdsRole(scope, id)) {
    return leaf("role", condition, false, coded("trace-role-missing", data), [
      { kind: "role", id, ...codedPiece("missing-role", data) },
    ]);
  }
  const through = countsAsRole(pathway, facts.roles, id) ? undefined : inferredRoles(scope).get(id);
  const text = through
    ? coded("trace-role-through", {
        ...data,
        through: through.as,
        throughTitle: titleOf(pathway.roles, through.as),
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
  const holds = isEnough(amount);
  const { unit, have, need } = amount;
  const sentence = !scope.lean;
  const scopeText =
    sentence || !holds ? describeExperienceScope(scope.pathway, requirement) : unsaid();
  const text = sentence
    ? codedPiece("trace-experience", {
        have: experienceAmount(have, unit),
        need: experienceAmount(need, unit),
        scope: scopeText,
      })
    : unsaid();
  const gain = () =>
    codedPiece("missing-experience", {
      amount: experienceAmount(Math.max(0.1, need - have), unit),
      scope: scopeText,
    });
  const missing: MissingFact[] = holds
    ? []
    : [{ kind: "experience", requirement, unit, have, need, ...gain() }];
  return leaf("experience", condition, holds, text, missing);
}

/** A trace's sentence as a piece of another: its code, data and message, without its parts. */
function textOf(trace: ConditionTrace): CodedMessage<string> {
  return { code: trace.code, data: trace.data, message: trace.message };
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
  return codedPiece(
    "scope.experience",
    defined({
      role: r.role,
      roleTitle: r.role ? titleOf(pathway.roles, r.role) : undefined,
      setting: r.setting,
      settingTitle: r.setting ? titleOf(pathway.settings, r.setting) : undefined,
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
