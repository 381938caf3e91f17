import { memoPerOwner } from "../internal/owner-memo.js";
import type { Pathway } from "../model/pathway.js";
import { type _MentionEntity, _mentionIndex } from "./_mentions.js";
import { holdsRole, isConferredRole, sharePersonIndex } from "./credential-roles.js";
import { impliedBy } from "./credential-status.js";
import { type EvaluationScope, holds } from "./evaluate.js";
import type { PersonFacts } from "./facts.js";
import { rolesCountedAs } from "./role-kinds.js";
import type { Session } from "./session.js";

// "What does doing this step unlock": the steps and roles open once it is done that were not
// open before. Doing a step changes a few facts only (see `changedFacts`), so only the entities
// whose requirements mention one of them, or the roles themselves held through them, are worked
// out again; the rest keep the verdict they had before, so none of them is newly open.

/**
 * Entities open to a person with these facts: steps not completed whose requirements hold, and
 * roles with requirements that they hold or whose requirements hold (`step:` and `role:` keys,
 * steps first, each in the pathway's order). @internal
 */
export function openedEntities(session: Session, facts: PersonFacts): Set<string> {
  const scope = { ...session.scope, facts };
  const out = new Set<string>();
  for (const entity of _mentionIndex(session.pathway).entities) {
    if (isOpen(entity, scope)) out.add(entity.key);
  }
  return out;
}

/**
 * The entities that doing step `id` today opens, given those open before (`openedEntities` of
 * the session's facts): steps first, each in the pathway's order, as a full scan would list
 * them. @internal
 */
export function stepUnlocks(session: Session, id: string, before: ReadonlySet<string>): string[] {
  const { entities } = _mentionIndex(session.pathway);
  const opened: string[] = [];
  let scope: EvaluationScope | undefined;
  for (const p of unlockPositions(session.pathway, id)) {
    const entity = entities[p] as _MentionEntity;
    if (before.has(entity.key)) continue;
    // Most steps change nothing that was closed: then no facts need to be made for them.
    scope ??= { ...session.scope, facts: withStepDone(session, id) };
    if (isOpen(entity, scope)) opened.push(entity.key);
  }
  return opened;
}

/**
 * The positions in the mention index of the entities doing step `id` can open, ascending: those
 * whose requirements mention a fact it changes, and the roles it makes held. They follow from the
 * pathway alone, so they are worked out once per step (at most one entry per step: the steps
 * asked about are the pathway's own).
 */
const unlockPositions = memoPerOwner((pathway: Pathway, id: string): readonly number[] => {
  const index = _mentionIndex(pathway);
  const positions = new Set<number>();
  for (const fact of changedFacts(pathway, id)) {
    for (const p of index.byFact.get(fact) ?? []) positions.add(p);
    const role = fact.startsWith("role:") ? index.roleAt.get(fact.slice(5)) : undefined;
    if (role !== undefined) positions.add(role);
  }
  return [...positions].sort((a, b) => a - b);
});

/** Facts as they would be after completing a step today, with what it grants. @internal */
export function withStepDone(session: Session, id: string): PersonFacts {
  const { facts, options, pathway } = session;
  const step = pathway.steps[id];
  const completed = new Map(facts.completed);
  completed.set(id, options.date);
  // The same credentials unless the step grants one, so that what follows from them (the roles
  // work counts as) is worked out once.
  const granted = step?.grants?.credential;
  const credentials = granted
    ? new Map(facts.credentials).set(granted, { id: granted, earned: options.date })
    : facts.credentials;
  if (granted) sharePersonIndex(session.scope, facts.credentials, credentials, granted);
  // Copies only of what the step changes: most steps grant no role and no setting.
  const role = step?.grants?.role;
  const roles = role ? new Set(facts.roles).add(role) : facts.roles;
  const setting = step?.grants?.setting;
  const settings = setting ? new Set(facts.settings).add(setting) : facts.settings;
  return { ...facts, completed, credentials, roles, settings };
}

function isOpen(entity: _MentionEntity, scope: EvaluationScope): boolean {
  const { requires } = entity;
  if (!requires) return false;
  if (entity.kind === "step")
    return !scope.facts.completed.has(entity.id) && holds(requires, scope);
  return holdsRole(scope, entity.id) || holds(requires, scope);
}

/**
 * The facts that doing a step can change, as mention keys: the step itself; the credential it
 * grants and every credential that one counts as; the conferred roles whose requirements come to
 * mention those, transitively (work counts as them while the credentials are held); the role it
 * grants and every role that one is a kind of; the setting it grants.
 */
function changedFacts(pathway: Pathway, id: string): Set<string> {
  const grants = pathway.steps[id]?.grants;
  const out = new Set<string>([`step:${id}`]);
  const credential = grants?.credential;
  if (credential) for (const c of impliedBy(pathway, credential)) out.add(`credential:${c}`);
  if (grants?.role) for (const r of rolesCountedAs(pathway, grants.role)) out.add(`role:${r}`);
  if (grants?.setting) out.add(`setting:${grants.setting}`);
  if (credential) addConferred(pathway, out);
  return out;
}

/** Adds the conferred roles that mention a fact of `facts`, to a fixed point. */
function addConferred(pathway: Pathway, facts: Set<string>): void {
  const index = _mentionIndex(pathway);
  const pending = [...facts];
  // Each role is added, and so queued, at most once: the loop ends within the pathway's size.
  while (pending.length > 0) {
    for (const p of index.byFact.get(pending.pop() as string) ?? []) {
      const entity = index.entities[p] as _MentionEntity;
      if (entity.kind !== "role" || facts.has(entity.key)) continue;
      if (!isConferredRole(pathway, entity.id)) continue;
      facts.add(entity.key);
      pending.push(entity.key);
    }
  }
}
