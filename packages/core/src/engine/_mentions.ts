import type { Condition } from "../model/condition.js";
import { parts } from "../model/conferred.js";
import type { Pathway } from "../model/pathway.js";
import { stepRequirements } from "./availability.js";

// Which steps and roles each fact can change. A step's or role's openness (see `unlocks.ts`) is
// worked out from its requirements only, so doing a step can only change the verdict of those
// whose requirements mention something the step changes: that is what lets "what does this step
// unlock" look at a handful of entities instead of the whole pathway.

/** A step or a role whose openness the unlock check works out. @internal */
export interface _MentionEntity {
  /** `step:earn-cpht` or `role:lead-technician`. */
  readonly key: string;
  readonly kind: "step" | "role";
  readonly id: string;
  /** A step's full requirements (`stepRequirements`), or a role's own. */
  readonly requires: Condition | undefined;
}

/** The entities of a pathway and, for each fact, the entities whose requirements mention it. @internal */
export interface _MentionIndex {
  /** Steps in the pathway's order, then roles in the pathway's order. */
  readonly entities: readonly _MentionEntity[];
  /** By `credential:`, `step:`, `role:` or `setting:` key: positions in `entities`, ascending. */
  readonly byFact: ReadonlyMap<string, readonly number[]>;
  /** By role id: the position of its entity. */
  readonly roleAt: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<Pathway, _MentionIndex>();

/**
 * The mention index of a pathway, built once and kept until the pathway is garbage collected.
 * An experience requirement narrowed to a role or setting mentions that role or setting too:
 * which roles work counts as follows from the credentials held. @internal
 */
export function _mentionIndex(pathway: Pathway): _MentionIndex {
  const hit = indexes.get(pathway);
  if (hit) return hit;
  const entities: _MentionEntity[] = [];
  for (const id of Object.keys(pathway.steps)) {
    entities.push({ key: `step:${id}`, kind: "step", id, requires: stepRequirements(pathway, id) });
  }
  const roleAt = new Map<string, number>();
  for (const [id, role] of Object.entries(pathway.roles)) {
    roleAt.set(id, entities.length);
    entities.push({ key: `role:${id}`, kind: "role", id, requires: role.requires });
  }
  const byFact = new Map<string, number[]>();
  entities.forEach((entity, position) => {
    if (!entity.requires) return;
    for (const fact of mentionedFacts(entity.requires)) {
      const list = byFact.get(fact);
      if (list) list.push(position);
      else byFact.set(fact, [position]);
    }
  });
  const index = { entities, byFact, roleAt };
  indexes.set(pathway, index);
  return index;
}

/** The fact keys a condition mentions, each once. */
function mentionedFacts(condition: Condition): Set<string> {
  const out = new Set<string>();
  const pending: Condition[] = [condition];
  // Each condition node is visited once: the tree is finite and has no shared cycles.
  while (pending.length > 0) {
    const c = pending.pop() as Condition;
    const list = "not" in c ? [c.not] : parts(c);
    if (list) {
      for (const child of list) pending.push(child);
      continue;
    }
    if ("credential" in c) out.add(`credential:${c.credential}`);
    else if ("step" in c) out.add(`step:${c.step}`);
    else if ("role" in c) out.add(`role:${c.role}`);
    else if ("setting" in c) out.add(`setting:${c.setting}`);
    else if ("experience" in c) {
      if (c.experience.role) out.add(`role:${c.experience.role}`);
      if (c.experience.setting) out.add(`setting:${c.experience.setting}`);
    }
  }
  return out;
}
