import type { Pathway, Step } from "../model/pathway.js";
import { type Reason, reason, worded } from "./reasons.js";
import type { Recommendation } from "./recommend.js";
import { scoring } from "./scoring.js";

/** A scored step before the strategy mix. @internal */
export interface Candidate {
  step: string;
  base: Step;
  reasons: Reason[];
  deadline?: string;
}

interface Queue {
  /** The strategy whose penalty applies, or undefined for renewals that are due (exempt). */
  readonly strategy: string | undefined;
  /** Best raw score first, ties by step id. */
  readonly items: readonly { readonly c: Candidate; readonly raw: number }[];
  next: number;
}

/**
 * Orders candidates by score, taking one at a time; each step already taken from a strategy
 * lowers the others of that strategy (down to a floor), so that other strategies get a turn.
 * Renewals that are due, and the steps they wait on, are exempt and do not count against their
 * strategy: they are not put off, nor do they push others down, for variety. With `limit`, only
 * the first `limit` are worked out: the same as the first `limit` of the whole order. @internal
 */
export function mixStrategies(
  candidates: readonly Candidate[],
  pathway: Pathway,
  limit = Number.POSITIVE_INFINITY,
): Recommendation[] {
  const queues = queuesOf(candidates);
  const taken = new Map<string, number>();
  const out: Recommendation[] = [];
  // Each round takes one candidate, so the loop runs at most once per candidate.
  const rounds = Math.min(candidates.length, limit);
  for (let round = 0; round < rounds; round++) {
    const pick = bestHead(queues, taken);
    if (!pick) break;
    const { c, raw } = pick.queue.items[pick.queue.next] as Queue["items"][number];
    pick.queue.next++;
    const repeats = taken.get(c.base.strategy) ?? 0;
    out.push(recommendation(c, pathway, pick.score, pick.score - raw, repeats));
    if (pick.queue.strategy !== undefined) taken.set(c.base.strategy, repeats + 1);
  }
  return out;
}

/**
 * One queue per strategy, and one for due renewals: within a queue every candidate carries the
 * same penalty, so the best of it is its best raw score (ties by id), and the best overall is the
 * best of the queues' heads, exactly as comparing every remaining candidate would find.
 */
function queuesOf(candidates: readonly Candidate[]): Queue[] {
  const byKey = new Map<string, { c: Candidate; raw: number }[]>();
  for (const c of candidates) {
    const urgent = c.reasons.some((x) => x.code === "renewal-due");
    const key = urgent ? "" : `:${c.base.strategy}`;
    const raw = scoring.available + c.reasons.reduce((sum, r) => sum + r.points, 0);
    const list = byKey.get(key);
    if (list) list.push({ c, raw });
    else byKey.set(key, [{ c, raw }]);
  }
  return [...byKey].map(([key, items]) => ({
    strategy: key === "" ? undefined : key.slice(1),
    items: items.sort((a, b) => b.raw - a.raw || (a.c.step < b.c.step ? -1 : 1)),
    next: 0,
  }));
}

/** The queue whose head scores best now, ties by step id; undefined once all are empty. */
function bestHead(queues: readonly Queue[], taken: ReadonlyMap<string, number>) {
  let best: { queue: Queue; score: number; step: string } | undefined;
  for (const queue of queues) {
    const head = queue.items[queue.next];
    if (!head) continue;
    const repeats = queue.strategy === undefined ? 0 : (taken.get(queue.strategy) ?? 0);
    const score = head.raw + Math.max(scoring.strategyRepeatMax, scoring.strategyRepeat * repeats);
    if (!best || score > best.score || (score === best.score && head.c.step < best.step)) {
      best = { queue, score, step: head.c.step };
    }
  }
  return best;
}

function recommendation(
  c: Candidate,
  pathway: Pathway,
  score: number,
  penalty: number,
  repeats: number,
): Recommendation {
  const strategyTitle = pathway.strategies[c.base.strategy]?.title ?? c.base.strategy;
  const reasons = [...c.reasons];
  if (penalty !== 0) {
    const data = { strategy: c.base.strategy, strategyTitle, repeats };
    reasons.push(...worded([reason("strategy-mix", penalty, data)]));
  }
  const rec: { -readonly [K in keyof Recommendation]: Recommendation[K] } = {
    step: c.step,
    title: c.base.title,
    strategy: c.base.strategy,
    strategyTitle,
    score,
    reasons,
  };
  if (c.deadline) rec.deadline = c.deadline;
  if (c.base.effort) rec.effort = c.base.effort;
  if (c.base.summary) rec.summary = c.base.summary;
  return rec;
}
