/**
 * Every limit Pathwise applies to its input, in one place. `docs/limits.md` lists them for
 * users, and a test keeps that page in step with the values here.
 */

/**
 * Limits that keep loading safe on hostile or accidental input.
 *
 * @example
 * const limits: LoadLimits = { maxBytes: 1024 * 1024, maxDiagnostics: 100 };
 * const result = loadPathway(text, limits);
 */
export interface LoadLimits {
  /** Largest accepted source, in UTF-16 code units (about bytes for ASCII). Default 16 MiB. */
  readonly maxBytes?: number;
  /** Deepest accepted nesting of maps and lists. Default 64. */
  readonly maxDepth?: number;
  /** Most nodes that aliases may expand to, in total. Default 100,000. */
  readonly maxAliasNodes?: number;
  /**
   * Most diagnostics reported for one file; the rest are summed up in one final
   * `too-many-diagnostics` diagnostic. Default 1,000.
   */
  readonly maxDiagnostics?: number;
}

/**
 * The default limits, documented in `docs/limits.md`.
 *
 * @example
 * // Accept twice the default source size.
 * const result = loadPathway(text, { maxBytes: defaultLimits.maxBytes * 2 });
 */
export const defaultLimits: Required<LoadLimits> = {
  maxBytes: 16 * 1024 * 1024,
  maxDepth: 64,
  maxAliasNodes: 100_000,
  maxDiagnostics: 1_000,
};

/**
 * The earliest and latest dates a pathway, a profile or the engine accepts (inclusive). Within
 * the range every date the engine derives (renewal deadlines, plan dates) stays computable;
 * derived dates past 9999-12-31 are reported as 9999-12-31.
 *
 * @example
 * const inRange = (date: string) => date >= dateRange.min && date <= dateRange.max;
 * inRange("2026-11-24"); // true
 */
export const dateRange = { min: "1900-01-01", max: "2999-12-31" } as const;

/**
 * The most entries each list of a profile may hold, so that one profile bounds the work on it.
 *
 * @example
 * console.log(`A profile records at most ${profileLimits.history} jobs.`);
 */
export const profileLimits = {
  /** Jobs in `history`. */
  history: 500,
  /** Entries in `credentials`. */
  credentials: 200,
  /** Entries in `completed`. */
  completed: 1_000,
  /** Activities in `ce`. */
  ce: 2_000,
  /** CE categories one activity counts toward. */
  ceCategories: 20,
  /** Entries in `goals`. */
  goals: 20,
  /** Ids in each list of `expect`. */
  expect: 200,
} as const;

/**
 * The least weekly hours a profile may give for time available to steps (`preferences.hoursPerWeek`).
 *
 * @example
 * const hoursPerWeek = Math.max(minHoursPerWeek, 0.25); // 0.5: the smallest accepted
 */
export const minHoursPerWeek = 0.5;

/**
 * The most alternatives (options of `any` and `atLeast`) `planRoute` compares before it settles
 * for the first option that works at each further choice, saying so in the plan's assumptions.
 * Comparing every route grows exponentially with nested alternatives.
 *
 * @example
 * console.log(`The planner tries at most ${maxPlanAlternatives} alternatives per goal.`);
 */
export const maxPlanAlternatives = 2_000;
