// How many inputs the fuzz suite runs, and with which seed. `pnpm test` runs 20,000 in all
// (fixed seed, so a failure repeats); a deeper run locally:
//   PATHWISE_FUZZ_RUNS=100000 npx vitest run packages/core/test/fuzz
//   PATHWISE_FUZZ_SEED=7 PATHWISE_FUZZ_RUNS=100000 npx vitest run packages/core/test/fuzz
// The total is split across the properties in the shares below.

const total = Number(process.env.PATHWISE_FUZZ_RUNS ?? 20_000);
/** The seed every property starts from. */
export const seed = Number(process.env.PATHWISE_FUZZ_SEED ?? 14);

if (!Number.isInteger(total) || total < 1)
  throw new Error("PATHWISE_FUZZ_RUNS must be a whole number");

/** The number of runs for a property with this share of the total (shares sum to 1). */
export function runsFor(share: number): number {
  return Math.max(1, Math.round(total * share));
}

/** The slowest input seen per property, in milliseconds: reported, not asserted (no flakes). */
export const slowest = new Map<string, number>();

/** Runs `f`, noting its time under `name`. */
export function timed<T>(name: string, f: () => T): T {
  const start = performance.now();
  try {
    return f();
  } finally {
    const ms = performance.now() - start;
    if (ms > (slowest.get(name) ?? 0)) slowest.set(name, ms);
  }
}

/** A test timeout for a property of this share: generous, so that deep local runs finish. */
export function timeoutFor(share: number): number {
  return Math.max(60_000, runsFor(share) * 50);
}
