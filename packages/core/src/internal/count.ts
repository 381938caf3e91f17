/** A number with its noun, singular for one: `count(1, "step")` is "1 step", `count(3, "step")` "3 steps". */
export function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
