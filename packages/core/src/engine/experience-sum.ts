import type { ExperienceRequirement } from "../model/condition.js";
import type { CountedSpan } from "./experience.js";

// The hours and full-time days of work that count toward an experience requirement inside a
// window of days. Jobs that overlap count once: on each day the busiest matching job counts.
// One job after another (the usual history) is summed directly; overlapping jobs are cut into
// elementary intervals, each at the highest rate covering it. Both give the same sums, added in
// the same order (ascending days), so the answer does not depend on which way is taken.

/**
 * The hours, or the full-time days, that count toward `requirement` from day `start` to day
 * `end`, both included. @internal
 */
export function sumExperience(
  spans: readonly CountedSpan[],
  requirement: ExperienceRequirement,
  start: number,
  end: number,
  fullTime: number,
  unit: Unit,
): number {
  const direction = successive(spans, requirement, start, end);
  return direction === 0
    ? sumOverlapping(spans, requirement, start, end, fullTime, unit)
    : sumSuccessive(spans, requirement, start, end, fullTime, direction, unit);
}

/** What a sum counts: hours worked, or days at full time. @internal */
export type Unit = "hours" | "fteDays";

/** Whether a span counts toward the requirement at all (its days may still fall outside). */
function matches(s: CountedSpan, requirement: ExperienceRequirement): boolean {
  if (requirement.role !== undefined && !s.counts.has(requirement.role)) return false;
  return requirement.setting === undefined || s.setting === requirement.setting;
}

/**
 * Whether the spans that count are one job after another, none overlapping the next: 1 when they
 * are listed oldest first, -1 when newest first, 0 otherwise. The elementary intervals of such
 * spans are the spans themselves, so they are summed without the sweep.
 */
function successive(
  spans: readonly CountedSpan[],
  requirement: ExperienceRequirement,
  start: number,
  end: number,
): 1 | -1 | 0 {
  let up = true;
  let down = true;
  let seen = false;
  let beforeFrom = 0;
  let beforeTo = 0;
  for (const s of spans) {
    if (!matches(s, requirement)) continue;
    const from = Math.max(s.from, start);
    const to = Math.min(s.to, end);
    if (!(from <= to)) continue;
    if (seen) {
      if (!(from > beforeTo)) up = false;
      if (!(beforeFrom > to)) down = false;
      if (!up && !down) return 0;
    }
    seen = true;
    beforeFrom = from;
    beforeTo = to;
  }
  return up ? 1 : -1;
}

/**
 * Hours and full-time days of successive spans, oldest first: the same sums, in the same order,
 * as `sumOverlapping` makes for them (the gaps between them add nothing).
 */
function sumSuccessive(
  spans: readonly CountedSpan[],
  requirement: ExperienceRequirement,
  start: number,
  end: number,
  fullTime: number,
  direction: 1 | -1,
  unit: Unit,
): number {
  let sum = 0;
  const n = spans.length;
  for (let i = 0; i < n; i++) {
    const s = spans[direction === 1 ? i : n - 1 - i] as CountedSpan;
    if (!matches(s, requirement)) continue;
    const from = Math.max(s.from, start);
    const to = Math.min(s.to, end);
    if (!(from <= to)) continue;
    const days = to + 1 - from;
    const rate = Math.max(0, s.hoursPerWeek);
    sum += unit === "hours" ? (days * rate) / 7 : (days * Math.min(rate, fullTime)) / fullTime;
  }
  return sum;
}

/**
 * Hours and full-time days of spans that may overlap: elementary intervals between every start
 * and end, each at the highest rate covering it.
 */
function sumOverlapping(
  spans: readonly CountedSpan[],
  requirement: ExperienceRequirement,
  start: number,
  end: number,
  fullTime: number,
  unit: Unit,
): number {
  const froms: number[] = [];
  const tos: number[] = [];
  const rates: number[] = [];
  for (const s of spans) {
    if (!matches(s, requirement)) continue;
    const from = Math.max(s.from, start);
    const to = Math.min(s.to, end);
    if (!(from <= to)) continue;
    froms.push(from);
    tos.push(to);
    rates.push(s.hoursPerWeek);
  }
  const few = froms.length <= fewSpans;
  const cuts = few
    ? fewCuts(froms, tos)
    : [...new Set([...froms, ...tos.map((t) => t + 1)])].sort((a, b) => a - b);
  const rateAt = few ? fewRates(froms, tos, rates, cuts) : coveringRates(froms, tos, rates, cuts);
  let sum = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    const rate = rateAt[i] as number;
    sum +=
      unit === "hours" ? ((b - a) * rate) / 7 : ((b - a) * Math.min(rate, fullTime)) / fullTime;
  }
  return sum;
}

/** Up to this many overlapping spans, cuts and rates are found by plain scans (see `fewCuts`). */
const fewSpans = 8;

/** The cuts of a few spans (every start and every end + 1), ascending, each once. */
function fewCuts(froms: readonly number[], tos: readonly number[]): number[] {
  const cuts: number[] = [];
  const add = (x: number) => {
    let i = cuts.length;
    while (i > 0 && (cuts[i - 1] as number) > x) i--;
    if (cuts[i - 1] !== x) cuts.splice(i, 0, x);
  };
  for (let k = 0; k < froms.length; k++) {
    add(froms[k] as number);
    add((tos[k] as number) + 1);
  }
  return cuts;
}

/**
 * `coveringRates` for a few spans: for each interval, the highest rate of the spans covering its
 * first day (0 when none does), by comparing each span with each interval.
 */
function fewRates(
  froms: readonly number[],
  tos: readonly number[],
  rates: readonly number[],
  cuts: readonly number[],
): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    let rate = 0;
    for (let k = 0; k < froms.length; k++) {
      if ((froms[k] as number) <= a && a <= (tos[k] as number))
        rate = Math.max(rate, rates[k] as number);
    }
    out.push(rate);
  }
  return out;
}

/**
 * For each cut but the last, the highest rate of the spans covering the days from it to the next
 * cut (0 when none does). The cuts hold every start and every end + 1, ascending, so a span covers
 * an interval exactly when it has started by its first day and not ended before it. One sweep
 * over the cuts with a max-heap of the spans started (ended ones are dropped when on top):
 * O(n log n) for n spans, where comparing every span with every interval was quadratic.
 */
function coveringRates(
  froms: readonly number[],
  tos: readonly number[],
  rates: readonly number[],
  cuts: readonly number[],
): number[] {
  const order = froms.map((_, k) => k).sort((x, y) => (froms[x] as number) - (froms[y] as number));
  const heap: number[] = [];
  const above = (x: number, y: number) => (rates[x] as number) > (rates[y] as number);
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    while (next < order.length && (froms[order[next] as number] as number) <= a) {
      heapPush(heap, order[next] as number, above);
      next++;
    }
    while (heap.length > 0 && (tos[heap[0] as number] as number) + 1 <= a) heapPop(heap, above);
    out.push(heap.length > 0 ? Math.max(0, rates[heap[0] as number] as number) : 0);
  }
  return out;
}

function heapPush(heap: number[], item: number, above: (x: number, y: number) => boolean): void {
  heap.push(item);
  for (let i = heap.length - 1; i > 0; ) {
    const parent = (i - 1) >> 1;
    if (!above(heap[i] as number, heap[parent] as number)) break;
    [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
    i = parent;
  }
}

function heapPop(heap: number[], above: (x: number, y: number) => boolean): void {
  const last = heap.pop() as number;
  if (heap.length === 0) return;
  heap[0] = last;
  for (let i = 0; ; ) {
    const l = 2 * i + 1;
    const r = l + 1;
    let top = i;
    if (l < heap.length && above(heap[l] as number, heap[top] as number)) top = l;
    if (r < heap.length && above(heap[r] as number, heap[top] as number)) top = r;
    if (top === i) return;
    [heap[i], heap[top]] = [heap[top] as number, heap[i] as number];
    i = top;
  }
}
