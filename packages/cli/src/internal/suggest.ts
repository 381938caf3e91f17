import leven from "leven";

/** The candidate closest to a mistyped word, if a typo could explain the difference. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const budget = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const candidate of candidates) {
    const distance = leven(word, candidate);
    if (distance < bestDistance || (distance === bestDistance && best && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** "; did you mean `x`?" or "." for the end of a message. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const best = suggest(word, candidates);
  return best === undefined ? "." : `; did you mean \`${best}\`?`;
}
