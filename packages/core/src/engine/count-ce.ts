import type { CeRule, Pathway } from "../model/pathway.js";
import type { CeActivity } from "../model/profile.js";

/**
 * Hours in one continuing-education category in the current cycle.
 *
 * @example
 * const ce = credentialStatuses(pathway, profile, { date: "2026-11-24" })[0]?.ce;
 * const categories: readonly CeCategoryProgress[] = ce?.categories ?? [];
 * for (const c of categories) console.log(c.title, c.counted);
 */
export interface CeCategoryProgress {
  readonly category: string;
  readonly title: string;
  /** Hours of accepted activities in the category inside the cycle. */
  readonly earned: number;
  /** Of those, the hours that count after caps. */
  readonly counted: number;
  readonly minimum?: number;
  readonly maximum?: number;
  /** Hours still needed to reach the minimum. */
  readonly needed: number;
}

/**
 * Continuing education in the current renewal cycle, against the credential's rule.
 *
 * @example
 * const ce: CeProgress | undefined = credentialStatuses(pathway, profile, { date: "2026-11-24" })[0]?.ce;
 * if (ce) console.log(`${ce.earned} of ${ce.required} hours`);
 */
export interface CeProgress {
  /** Total hours the cycle needs. */
  readonly required: number;
  /** Hours of all activities inside the cycle, accepted or not. */
  readonly earned: number;
  /**
   * Of those, the hours of activities the rule does not accept: in a category it `excludes`, or
   * in none of the categories it accepts `only`. They count toward no category.
   */
  readonly notAccepted: number;
  /** Hours that count, after per-category caps. */
  readonly counted: number;
  /**
   * Hours still needed: the larger of the total shortfall and the largest category shortfall
   * (an activity can count toward several categories at once).
   */
  readonly needed: number;
  readonly met: boolean;
  /** The cycle's first day and its deadline (the expiry date); hours outside it do not count. */
  readonly from: string;
  readonly deadline: string;
  /** Every category the rule names, in the rule's order: minimums first, then caps. */
  readonly categories: readonly CeCategoryProgress[];
}

/**
 * Counts CE hours inside one cycle: activities from the cycle's first day to the day before the
 * deadline and not after the evaluation date (no carry-over from earlier cycles). Activities the
 * rule does not accept (`excludes`, `only`) count for nothing. Activities are taken in date order;
 * hours in a capped category count only while the cap has room. @internal
 */
export function countCe(
  pathway: Pathway,
  rule: CeRule,
  activities: readonly CeActivity[],
  from: string,
  deadline: string,
  date: string,
): CeProgress {
  const minimum = rule.minimum ?? {};
  const maximum = rule.maximum ?? {};
  const capLeft = new Map(Object.entries(maximum));
  const earnedBy = new Map<string, number>();
  const countedBy = new Map<string, number>();
  let earned = 0;
  let notAccepted = 0;
  let counted = 0;
  const inCycle = activities
    .filter((a) => a.date >= from && a.date < deadline && a.date <= date)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.hours - a.hours));
  for (const a of inCycle) {
    earned += a.hours;
    if (!isAccepted(rule, a.categories)) {
      notAccepted += a.hours;
      continue;
    }
    let countable = a.hours;
    for (const c of a.categories) {
      const left = capLeft.get(c);
      if (left !== undefined) countable = Math.min(countable, left);
    }
    for (const c of a.categories) {
      const left = capLeft.get(c);
      if (left !== undefined) capLeft.set(c, left - countable);
      earnedBy.set(c, (earnedBy.get(c) ?? 0) + a.hours);
      countedBy.set(c, (countedBy.get(c) ?? 0) + countable);
    }
    counted += countable;
  }
  const names = [...new Set([...Object.keys(minimum), ...Object.keys(maximum)])];
  const categories = names.map((category): CeCategoryProgress => {
    const min = Object.hasOwn(minimum, category) ? minimum[category] : undefined;
    const max = Object.hasOwn(maximum, category) ? maximum[category] : undefined;
    const got = countedBy.get(category) ?? 0;
    const out: { -readonly [K in keyof CeCategoryProgress]: CeCategoryProgress[K] } = {
      category,
      title: pathway.ceCategories?.[category]?.title ?? category,
      earned: round(earnedBy.get(category) ?? 0),
      counted: round(got),
      needed: round(Math.max(0, (min ?? 0) - got)),
    };
    if (min !== undefined) out.minimum = min;
    if (max !== undefined) out.maximum = max;
    return out;
  });
  const needed = round(Math.max(rule.hours - counted, ...categories.map((c) => c.needed), 0));
  return {
    required: rule.hours,
    earned: round(earned),
    notAccepted: round(notAccepted),
    counted: round(counted),
    needed,
    met: needed === 0,
    from,
    deadline,
    categories,
  };
}

/**
 * Whether a CE rule accepts an activity in these categories: none of them excluded, and, when the
 * rule accepts `only` some categories, at least one of those. @internal
 */
export function isAccepted(rule: CeRule, categories: readonly string[]): boolean {
  if (rule.excludes?.some((c) => categories.includes(c))) return false;
  return !rule.only || rule.only.some((c) => categories.includes(c));
}

/** Rounds hours to two decimals. @internal */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
