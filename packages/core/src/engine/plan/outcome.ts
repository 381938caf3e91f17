import { coded } from "../messages/coded.js";
import type { MessageKey } from "../messages/types.js";
import { type Chain, chainKeys, extend } from "./chain.js";
import type { RouteState } from "./state.js";
import type { Blocker } from "./types.js";

/** What reaching something gives: the day it holds from, or why it never does. @internal */
export type Outcome = { readonly day: number } | { readonly blocked: readonly SearchBlocker[] };

/**
 * A blocker as the search keeps it: its chain as links and its sentence empty, until
 * `wordedBlockers` writes both out for the blockers of a plan returned. @internal
 */
export interface SearchBlocker extends Omit<Blocker, "chain"> {
  readonly chain: Chain;
}

/** An alternative tried on its own copy of the route state. @internal */
export interface Attempt {
  readonly outcome: Outcome;
  readonly state: RouteState;
}

/**
 * A blocked outcome with one blocker, its sentence the catalog's `code` with `data`. The search
 * drops most blocked alternatives, so the sentence is left empty until `wordedBlockers` fills it
 * in for the blockers of a plan returned. @internal
 */
export function blockedBy(
  code: MessageKey,
  data: Readonly<Record<string, unknown>>,
  chain: Chain,
): Outcome {
  return { blocked: [{ code, data, message: "", chain }] };
}

/** Blockers with their English sentences (see `blockedBy`). @internal */
export function wordedBlockers(blockers: readonly SearchBlocker[]): Blocker[] {
  return blockers.map((b) => ({
    ...coded(b.code as MessageKey, b.data),
    chain: chainKeys(b.chain),
  }));
}

/** The blockers of every blocked attempt. @internal */
export function blockersOf(attempts: readonly Attempt[]): Outcome {
  const blocked: SearchBlocker[] = [];
  for (const a of attempts)
    if ("blocked" in a.outcome) for (const b of a.outcome.blocked) blocked.push(b);
  return { blocked };
}

/** A requirement that leads back to itself through `key`. @internal */
export function cycleAt(chain: Chain, key: string): Outcome {
  return blockedBy("blocker-cycle", { key }, extend(chain, key));
}

/**
 * Orders attempts: the one that finishes first, then the one with fewest credentials of unknown
 * cost, then the cheapest, then the one with fewest items. @internal
 */
export function byOutcome(a: Attempt, b: Attempt): number {
  const da = "day" in a.outcome ? a.outcome.day : Number.POSITIVE_INFINITY;
  const db = "day" in b.outcome ? b.outcome.day : Number.POSITIVE_INFINITY;
  return (
    da - db ||
    a.state.unknownCosts - b.state.unknownCosts ||
    a.state.cost - b.state.cost ||
    a.state.items.length - b.state.items.length
  );
}

/**
 * `best` or `tried`, whichever is better (see {@link byOutcome}; `best`, written first, wins
 * ties); a blocked `tried` joins `blocked` while there is no best yet, for `blockersOf`. So a loop
 * over the options keeps the best that is not blocked, and the blockers only while none works.
 * @internal
 */
export function keepBest(
  best: Attempt | undefined,
  tried: Attempt,
  blocked?: Attempt[],
): Attempt | undefined {
  if ("blocked" in tried.outcome) {
    if (!best) blocked?.push(tried);
    return best;
  }
  return !best || byOutcome(tried, best) < 0 ? tried : best;
}
