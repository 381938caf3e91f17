import type { Condition, ExperienceRequirement } from "../model/condition.js";
import { _compileCondition } from "./_compiled.js";
import { holdsRole } from "./credential-roles.js";
import { evaluate } from "./evaluate.js";
import { completedBy, type EvaluationScope, experienceFor, findHeld } from "./evaluation-scope.js";
import { isEnough } from "./experience.js";
import { inJurisdiction } from "./facts.js";
import { cheapest, dedupe } from "./missing-facts.js";
import type { MissingFact } from "./trace-types.js";

// What a condition lacks, as `evaluate` lists it in a trace, without the trace or any words: for
// callers that read whether it holds, whether progress can fix it, and the kinds and ids of the
// facts missing (which steps a blocked step waits on, whether it is one fact away). Each kind of
// condition reads the facts as `evaluate` does; a property test keeps the two in step.

/**
 * A missing fact as its kind and what it is about, without its sentence; `source` is the leaf
 * (or `not`) it comes from, whose trace words it (see `_worded`). @internal
 */
export type _Lack = { readonly source: Condition } & (
  | {
      readonly kind: "credential" | "step" | "role" | "setting" | "jurisdiction";
      readonly id: string;
    }
  | { readonly kind: "experience"; readonly requirement: ExperienceRequirement }
  | { readonly kind: "absence"; readonly condition: Condition }
);

/** Whether a condition holds, what it lacks, and whether progress can supply it. @internal */
export interface _Shortfall {
  readonly holds: boolean;
  readonly missing: readonly _Lack[];
  readonly fixable: boolean;
}

type Check = (scope: EvaluationScope) => _Shortfall;

const met: _Shortfall = { holds: true, missing: [], fixable: true };
const compiled = new WeakMap<Condition, Check>();

/**
 * `evaluate(condition, scope)`'s `holds`, `fixable` and the kinds and ids of its `missing`, in
 * the same order. Each node is visited once, as `evaluate` visits it; the walk is compiled once
 * per condition object, as `holds` is (see `_compileCondition`). @internal
 */
export function _shortfall(condition: Condition, scope: EvaluationScope): _Shortfall {
  let check = compiled.get(condition);
  if (!check) {
    check = build(condition);
    compiled.set(condition, check);
  }
  return check(scope);
}

/**
 * A lack with its words: the missing fact its source's trace lists, as a trace of the whole
 * condition lists it (the same scope gives the same fact). @internal
 */
export function _worded(lack: _Lack, scope: EvaluationScope): MissingFact {
  return evaluate(lack.source, { ...scope, lean: "facts" }).missing[0] as MissingFact;
}

function build(c: Condition): Check {
  if ("all" in c) {
    const parts = c.all.map(build);
    return (scope) => {
      const out = failing(parts, scope);
      if (out.length === 0) return met;
      // One failing part: its shortfall is the whole one (its facts are listed once already).
      if (out.length === 1) return out[0] as _Shortfall;
      return failed(
        out.flatMap((p) => p.missing),
        out.every((p) => p.fixable),
      );
    };
  }
  if ("any" in c) return someOf(c.any.map(build), 1);
  if ("atLeast" in c) return someOf(c.of.map(build), c.atLeast);
  if ("not" in c) {
    const inner = _compileCondition(c.not);
    const lack = [{ kind: "absence" as const, condition: c.not, source: c }];
    return (scope) => (inner(scope) ? { holds: false, missing: lack, fixable: false } : met);
  }
  return leaf(c);
}

/** `any` (one needed) and `atLeast`: the facts of the cheapest parts that would make up the rest. */
function someOf(parts: readonly Check[], needed: number): Check {
  return (scope) => {
    const out = failing(parts, scope);
    const short = needed - (parts.length - out.length);
    if (short <= 0) return met;
    const best = cheapest(out, short);
    // One part, fixable, makes up the one missing: its shortfall is the whole one.
    if (short === 1 && best.length === 1) return best[0] as _Shortfall;
    return failed(
      best.flatMap((p) => p.missing),
      best.length === short,
    );
  };
}

/**
 * The parts that fail, in order. Parts that hold lack nothing and are always fixable, so `all`
 * and `cheapest` give the same from these alone as from every part.
 */
function failing(parts: readonly Check[], scope: EvaluationScope): _Shortfall[] {
  let out: _Shortfall[] | undefined;
  for (const part of parts) {
    const r = part(scope);
    if (r.holds) continue;
    out ??= [];
    out.push(r);
  }
  return out ?? noParts;
}

const noParts: _Shortfall[] = [];

function failed(missing: readonly _Lack[], fixable: boolean): _Shortfall {
  return { holds: false, missing: dedupe(missing), fixable };
}

function leaf(c: Condition): Check {
  if ("experience" in c) {
    const requirement = c.experience;
    const lack = [{ kind: "experience" as const, requirement, source: c }];
    return (scope) =>
      isEnough(experienceFor(scope, requirement))
        ? met
        : { holds: false, missing: lack, fixable: true };
  }
  if ("jurisdiction" in c) {
    const id = c.jurisdiction;
    const lack = [{ kind: "jurisdiction" as const, id, source: c }];
    // Unknown jurisdiction can be fixed by saying where you work; a different one cannot by progress.
    return (scope) =>
      inJurisdiction(scope.facts.jurisdiction, id)
        ? met
        : { holds: false, missing: lack, fixable: !scope.facts.jurisdiction };
  }
  const [kind, id, test] = simpleLeaf(c as SimpleLeaf);
  const lack = [{ kind, id, source: c }];
  return (scope) => (test(scope) ? met : { holds: false, missing: lack, fixable: true });
}

type SimpleLeaf = Extract<
  Condition,
  { credential: string } | { step: string } | { role: string } | { setting: string }
>;

/** A leaf that holds or not, with nothing to measure: its kind, its id, and its test. */
function simpleLeaf(
  c: SimpleLeaf,
): readonly ["credential" | "step" | "role" | "setting", string, (s: EvaluationScope) => boolean] {
  if ("credential" in c) {
    const id = c.credential;
    return ["credential", id, (s) => findHeld(s, id).active !== undefined];
  }
  if ("step" in c) {
    const id = c.step;
    return ["step", id, (s) => completedBy(s, id) !== undefined];
  }
  if ("role" in c) {
    const id = c.role;
    return ["role", id, (s) => holdsRole(s, id)];
  }
  const id = c.setting;
  return ["setting", id, (s) => s.facts.settings.has(id)];
}
