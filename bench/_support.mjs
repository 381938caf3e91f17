// Shared by the benches: quick mode, medians, and interleaved rounds (A B A B), so that a busy
// moment on a shared machine slows every contender of a round rather than skewing one ratio.

/** `PATHWISE_BENCH_QUICK=1`: one round at the smallest size, same output format (for tests). */
export const quick = process.env.PATHWISE_BENCH_QUICK === "1";

/** The number of rounds: `full` normally, 1 in quick mode. */
export const roundsOf = (full) => (quick ? 1 : full);

/** Untimed rounds before the timed ones (see `interleave`): 2 normally, none in quick mode. */
export const warmUpRounds = quick ? 0 : 2;

/** The median of a list of numbers (the lower middle for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The 0..1 quantile of a list of numbers, nearest rank. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Runs every contender once per round, in turn, `rounds` times, after `warmUp` untimed rounds;
 * returns each one's median time in ms. A contender is an (async) function doing one round's
 * work.
 *
 * Warm-up rounds let the JIT settle, so that the median is the steady state of a long-running
 * process (a server, a batch), not a mix of cold and warm rounds. No collection is forced
 * between rounds: a process that answers requests never forces one, and on this bench's
 * machines a round right after a forced full collection ran slower than one without, by
 * different amounts for different contenders (about 15% for the flagship's recommendations, 40%
 * to 50% for json-rules-engine, none that showed for Pathwise's eligibility; docs/performance.md).
 */
export async function interleave(rounds, contenders, { warmUp = warmUpRounds } = {}) {
  for (let r = 0; r < warmUp; r++) for (const fn of Object.values(contenders)) await fn();
  const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const t = performance.now();
      await fn();
      times[name].push(performance.now() - t);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}
