import fc from "fast-check";

/** Characters that matter to YAML, JSON and line counting, plus a few that should not. */
const alphabet = [
  ..."{}[]:,-?|>&*!#%@`'\"\\ \n\r\t",
  ..."abz09.",
  "\u00e9",
  "\u2028",
  "\ufeff",
  "\ud83d\ude00",
  "__proto__",
  "constructor",
  "&a ",
  "*a",
  "!!omap ",
  "<<: ",
  "---\n",
  "...\n",
  "9999-12-31",
  "0050-01-01",
  "2026-13-45",
  "1e-300",
  "-1",
  "null",
  "~",
  "{a: ".repeat(70),
];

const piece = fc.array(fc.constantFrom(...alphabet), { maxLength: 4 }).map((a) => a.join(""));

/** An edit: at a relative position, delete a few characters and insert a few pieces. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 6 }),
  insert: piece,
});

/** Text derived from `base` by one to five random edits. */
export function mutationsOf(base: string): fc.Arbitrary<string> {
  return fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) => {
    let text = base;
    for (const e of edits) {
      const at = Math.floor(e.at * text.length);
      text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
    }
    return text;
  });
}

/** Arbitrary text made of the alphabet, and raw bytes. */
export const noise: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((a) => a.join("")),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.uint8Array({ maxLength: 80 }),
);
