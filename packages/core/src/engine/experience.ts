import { addDurationToDay, clampDay, toDayNumber } from "../internal/dates.js";
import type { ExperienceRequirement } from "../model/condition.js";
import { type CodedMessage, coded } from "./messages/coded.js";

/** A stretch of work: a job from the history, or one a plan assumes. Days are inclusive. @internal */
export interface WorkSpan {
  readonly role: string;
  readonly setting?: string | undefined;
  readonly from: number;
  readonly to: number;
  readonly hoursPerWeek: number;
}

/** A stretch of work with every role it counts as (see `countWork`). @internal */
export interface CountedSpan extends WorkSpan {
  readonly counts: ReadonlySet<string>;
}

/**
 * How much experience a requirement asks for, in its own unit.
 *
 * @example
 * const shortfall = (amount: ExperienceAmount) => Math.max(0, amount.need - amount.have);
 * shortfall({ unit: "years", need: 2, have: 1.5 }); // 0.5
 */
export interface ExperienceAmount {
  readonly unit: "years" | "months" | "hours";
  readonly need: number;
  readonly have: number;
}

const daysPerYear = 365.25;
const daysPerMonth = daysPerYear / 12;

/**
 * Measures the experience that counts toward a requirement on a date. Jobs that overlap count
 * once: on each day the busiest matching job counts. Years and months are full-time
 * equivalents (a year at half of full-time hours counts as half a year); hours are hours. Work
 * counts for every role it counts as on its days (`counts`: the roles its role is a kind of, and
 * those the credentials held then make it).
 * @internal
 */
export function measureExperience(
  spans: readonly CountedSpan[],
  requirement: ExperienceRequirement,
  date: string,
  fullTime: number,
): ExperienceAmount {
  // The engine's dates are inside the years 0001–9999, where the day number is exact.
  return measureExperienceOnDay(spans, requirement, toDayNumber(date), fullTime);
}

/**
 * `measureExperience` on the date of a day number (clamped as `fromDayNumber` clamps), without
 * writing the date out and reading it back: for searches that probe many days. @internal
 */
export function measureExperienceOnDay(
  spans: readonly CountedSpan[],
  requirement: ExperienceRequirement,
  day: number,
  fullTime: number,
): ExperienceAmount {
  const end = clampDay(day);
  const start = requirement.within
    ? addDurationToDay(end, requirement.within, -1) + 1
    : Number.NEGATIVE_INFINITY;
  return measureBetween(spans, requirement, start, end, fullTime);
}

/** The experience inside the days `start` to `end`, both included. */
function measureBetween(
  spans: readonly CountedSpan[],
  requirement: ExperienceRequirement,
  start: number,
  end: number,
  fullTime: number,
): ExperienceAmount {
  const window = { requirement, start, end };
  const direction = successive(spans, window);
  const { hours, fteDays } =
    direction === 0
      ? sumOverlapping(spans, window, fullTime)
      : sumSuccessive(spans, window, fullTime, direction);
  if (requirement.hours !== undefined)
    return { unit: "hours", need: requirement.hours, have: hours };
  if (requirement.months !== undefined) {
    return { unit: "months", need: requirement.months, have: fteDays / daysPerMonth };
  }
  return { unit: "years", need: requirement.years ?? 0, have: fteDays / daysPerYear };
}

/** What counts: work matching the requirement's role and setting, inside `start` to `end`. */
interface Window {
  readonly requirement: ExperienceRequirement;
  readonly start: number;
  readonly end: number;
}

/** Whether a span counts toward the requirement at all (its days may still fall outside). */
function matches(s: CountedSpan, { requirement }: Window): boolean {
  if (requirement.role !== undefined && !s.counts.has(requirement.role)) return false;
  return requirement.setting === undefined || s.setting === requirement.setting;
}

/**
 * Whether the spans that count are one job after another, none overlapping the next: 1 when they
 * are listed oldest first, -1 when newest first, 0 otherwise. The elementary intervals of such
 * spans are the spans themselves, so they are summed without the sweep.
 */
function successive(spans: readonly CountedSpan[], w: Window): 1 | -1 | 0 {
  let up = true;
  let down = true;
  let before: { from: number; to: number } | undefined;
  for (const s of spans) {
    if (!matches(s, w)) continue;
    const from = Math.max(s.from, w.start);
    const to = Math.min(s.to, w.end);
    if (!(from <= to)) continue;
    if (before) {
      if (!(from > before.to)) up = false;
      if (!(before.from > to)) down = false;
      if (!up && !down) return 0;
      before.from = from;
      before.to = to;
    } else before = { from, to };
  }
  return up ? 1 : -1;
}

/**
 * Hours and full-time days of successive spans, oldest first: the same sums, in the same order,
 * as `sumOverlapping` makes for them (the gaps between them add nothing).
 */
function sumSuccessive(
  spans: readonly CountedSpan[],
  w: Window,
  fullTime: number,
  direction: 1 | -1,
): { hours: number; fteDays: number } {
  let hours = 0;
  let fteDays = 0;
  const n = spans.length;
  for (let i = 0; i < n; i++) {
    const s = spans[direction === 1 ? i : n - 1 - i] as CountedSpan;
    if (!matches(s, w)) continue;
    const from = Math.max(s.from, w.start);
    const to = Math.min(s.to, w.end);
    if (!(from <= to)) continue;
    const days = to + 1 - from;
    const rate = Math.max(0, s.hoursPerWeek);
    hours += (days * rate) / 7;
    fteDays += (days * Math.min(rate, fullTime)) / fullTime;
  }
  return { hours, fteDays };
}

/**
 * Hours and full-time days of spans that may overlap: elementary intervals between every start
 * and end, each at the highest rate covering it.
 */
function sumOverlapping(
  spans: readonly CountedSpan[],
  w: Window,
  fullTime: number,
): { hours: number; fteDays: number } {
  const froms: number[] = [];
  const tos: number[] = [];
  const rates: number[] = [];
  for (const s of spans) {
    if (!matches(s, w)) continue;
    const from = Math.max(s.from, w.start);
    const to = Math.min(s.to, w.end);
    if (!(from <= to)) continue;
    froms.push(from);
    tos.push(to);
    rates.push(s.hoursPerWeek);
  }
  const cuts = [...new Set([...froms, ...tos.map((t) => t + 1)])].sort((a, b) => a - b);
  const rateAt = coveringRates(froms, tos, rates, cuts);
  let hours = 0;
  let fteDays = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    const rate = rateAt[i] as number;
    hours += ((b - a) * rate) / 7;
    fteDays += ((b - a) * Math.min(rate, fullTime)) / fullTime;
  }
  return { hours, fteDays };
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

/** Whether a measured amount meets its need, allowing for rounding in day arithmetic. @internal */
export function isEnough(amount: ExperienceAmount): boolean {
  return amount.have + 1e-9 >= amount.need;
}

/**
 * An amount such as `1.5 years` as an `amount.experience` piece, rounded down to one decimal so it
 * never overstates. @internal
 */
export function experienceAmount(
  value: number,
  unit: ExperienceAmount["unit"],
): CodedMessage<"amount.experience"> {
  return coded("amount.experience", { amount: Math.floor(value * 10 + 1e-9) / 10, unit });
}
