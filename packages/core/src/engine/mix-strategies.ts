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
  // Due renewals under `undefined`, the others under their strategy, in order of first use.
  const byStrategy = new Map<string | undefined, { c: Candidate; raw: number }[]>();
  for (const c of candidates) {
    let urgent = false;
    let raw = scoring.available;
    for (const r of c.reasons) {
      if (r.code === "renewal-due") urgent = true;
      raw += r.points;
    }
    const key = urgent ? undefined : c.base.strategy;
    const list = byStrategy.get(key);
    if (list) list.push({ c, raw });
    else byStrategy.set(key, [{ c, raw }]);
  }
  const queues: Queue[] = [];
  for (const [strategy, items] of byStrategy)
    queues.push({ strategy, items: ranked(items), next: 0 });
  return queues;
}

/**
 * Best raw score first, ties by step id (ids differ, so the order is total). A queue mostly
 * holds a strategy's few steps: up to 16 are sorted by insertion, since `Array#sort` copies the
 * list to sort it; longer lists by `Array#sort`, so the work stays n log n.
 */
function ranked(items: { c: Candidate; raw: number }[]): { c: Candidate; raw: number }[] {
  if (items.length > 16) return items.sort(byRawScore);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as { c: Candidate; raw: number };
    let j = i - 1;
    for (; j >= 0; j--) {
      const before = items[j] as { c: Candidate; raw: number };
      if (byRawScore(before, item) < 0) break;
      items[j + 1] = before;
    }
    items[j + 1] = item;
  }
  return items;
}

const byRawScore = (a: { c: Candidate; raw: number }, b: { c: Candidate; raw: number }) =>
  b.raw - a.raw || (a.c.step < b.c.step ? -1 : 1);

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
