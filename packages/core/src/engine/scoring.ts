/**
 * Points of the scoring rules; documented in docs/engine.md.
 *
 * @example
 * // A goal-route step outranks one that only unlocks others.
 * console.log(scoring.goalRoute > scoring.unlockMax); // true
 */
export const scoring = {
  available: 1,
  goalRoute: 40,
  goalAdvances: 15,
  unlockEach: 6,
  unlockMax: 24,
  renewalDue: 60,
  renewalPrerequisite: 0.8,
  ceBase: 15,
  ceUrgency: 35,
  overBudget: -40,
  costMax: -10,
  timeMax: -10,
  strategyRepeat: -12,
  strategyRepeatMax: -24,
  credentialLapsed: 20,
} as const;
