import type { Pathway } from "../model/pathway.js";

// Lists of a pathway's steps that every recommendation walks, made once per pathway and kept
// until it is garbage collected.

interface StepLists {
  /** Every step id, in code-unit order. */
  readonly sorted: readonly string[];
  /** The ids of the steps that renew a credential, in the pathway's order. */
  readonly renewing: readonly string[];
  /** The ids of the steps that grant CE, in the pathway's order. */
  readonly ce: readonly string[];
}

const lists = new WeakMap<Pathway, StepLists>();

function listsOf(pathway: Pathway): StepLists {
  let hit = lists.get(pathway);
  if (!hit) {
    const ids = Object.keys(pathway.steps);
    hit = {
      sorted: [...ids].sort(),
      renewing: ids.filter((id) => pathway.steps[id]?.renews !== undefined),
      ce: ids.filter((id) => pathway.steps[id]?.grants?.ce !== undefined),
    };
    lists.set(pathway, hit);
  }
  return hit;
}

/** A pathway's step ids in code-unit order. @internal */
export function _sortedStepIds(pathway: Pathway): readonly string[] {
  return listsOf(pathway).sorted;
}

/** The ids of the steps that renew a credential, in the pathway's order. @internal */
export function _renewingStepIds(pathway: Pathway): readonly string[] {
  return listsOf(pathway).renewing;
}

/** The ids of the steps that grant CE, in the pathway's order. @internal */
export function _ceStepIds(pathway: Pathway): readonly string[] {
  return listsOf(pathway).ce;
}
