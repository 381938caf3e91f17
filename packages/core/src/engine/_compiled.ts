import type { Condition } from "../model/condition.js";
import { holdsRole } from "./credential-roles.js";
import { completedBy, type EvaluationScope, experienceFor, findHeld } from "./evaluate.js";
import { isEnough } from "./experience.js";
import { inJurisdiction } from "./facts.js";

// Conditions compiled to plain functions: which kind a condition is, and what its parts are, is
// read once per condition object rather than on every evaluation. A pathway's conditions are
// objects of the pathway, so each is compiled once and serves every profile evaluated against it.

/** Whether a condition holds for the facts of a scope. @internal */
export type _CompiledCondition = (scope: EvaluationScope) => boolean;

const compiled = new WeakMap<Condition, _CompiledCondition>();

/**
 * The compiled form of a condition, kept as long as the condition object lives. Compiling visits
 * each node once; the depth of conditions is bounded by validation. @internal
 */
export function _compileCondition(condition: Condition): _CompiledCondition {
  const hit = compiled.get(condition);
  if (hit) return hit;
  const test = build(condition);
  compiled.set(condition, test);
  return test;
}

/**
 * Whether a condition holds, without building a trace: the same verdict as `evaluate` (a
 * property test keeps the two in step), for hot loops. @internal
 */
export function holds(condition: Condition, scope: EvaluationScope): boolean {
  return _compileCondition(condition)(scope);
}

function build(c: Condition): _CompiledCondition {
  if ("all" in c) {
    const parts = c.all.map(_compileCondition);
    return (scope) => {
      for (const part of parts) if (!part(scope)) return false;
      return true;
    };
  }
  if ("any" in c) {
    const parts = c.any.map(_compileCondition);
    return (scope) => {
      for (const part of parts) if (part(scope)) return true;
      return false;
    };
  }
  if ("atLeast" in c) {
    const parts = c.of.map(_compileCondition);
    const needed = c.atLeast;
    return (scope) => {
      let n = 0;
      for (const part of parts) if (part(scope) && ++n >= needed) return true;
      return false;
    };
  }
  if ("not" in c) {
    const inner = _compileCondition(c.not);
    return (scope) => !inner(scope);
  }
  return buildLeaf(c);
}

function buildLeaf(c: Condition): _CompiledCondition {
  if ("credential" in c) {
    const id = c.credential;
    return (scope) => findHeld(scope, id).active !== undefined;
  }
  if ("step" in c) {
    const id = c.step;
    return (scope) => completedBy(scope, id) !== undefined;
  }
  if ("role" in c) {
    const id = c.role;
    return (scope) => holdsRole(scope, id);
  }
  if ("setting" in c) {
    const id = c.setting;
    return (scope) => scope.facts.settings.has(id);
  }
  if ("jurisdiction" in c) {
    const code = c.jurisdiction;
    return (scope) => inJurisdiction(scope.facts.jurisdiction, code);
  }
  // What is left is an experience requirement, as `evaluate` reads it.
  const requirement = (c as Extract<Condition, { experience: unknown }>).experience;
  return (scope) => isEnough(experienceFor(scope, requirement));
}
