import fc from "fast-check";

// Mutations near the edges of the format: a key removed or added, a value of the wrong type, an
// emptied map or list, a date or URL that is almost right, a number or text at its bound, more
// than one experience unit. Each kind is applied where it matters (a date where a date is, an
// extra unit in an experience amount or a duration) when the document has such a place.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

const dates = fc.oneof(
  fc.constantFrom(
    "1900-01-01",
    "1899-12-31",
    "2999-12-31",
    "3000-01-01",
    "2024-02-29",
    "2023-02-29",
    "1900-02-29",
    "2000-02-29",
    "2100-02-29",
    "2400-02-29",
    "2026-02-30",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-1-01",
    "2026-01-01T00:00:00Z",
    " 2026-01-01",
    "20260101",
  ),
  fc
    .tuple(
      fc.integer({ min: 1890, max: 3010 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    ),
);

const urlPiece = fc.constantFrom(
  "",
  " ",
  "a",
  "/",
  "?",
  "#",
  "%",
  "%2",
  "%20",
  "%zz",
  ":",
  ":80",
  ":99999",
  "@",
  "[",
  "]",
  "|",
  "\\",
  "^",
  "{",
  "\u00e4",
  "..",
  "-",
  "~",
  "\t",
  "\n",
);
const urls = fc.oneof(
  fc.constantFrom(
    "https://example.com/a b",
    "https://exa mple.com/",
    "https://example.com/%zz",
    "https://example.com/\u00e4",
    "https://1.2.3.999/",
    "https://a:99999/",
    "https://[::1]/",
    "HTTPS://EXAMPLE.COM/",
    "https://example.com/#a#b",
    "https://user@example.com/",
    "https:example.com",
    "https:/example.com",
    "//example.com",
    "https://",
    "ftp://example.org/",
    "mailto:a@example.org",
    "https://-a.example/",
    "https://a..b/",
  ),
  fc
    .tuple(
      fc.constantFrom("https://", "http://", "https:", "ws://"),
      fc.array(urlPiece, { maxLength: 4 }),
    )
    .map(([scheme, pieces]) => `${scheme}example.org${pieces.join("")}`),
  fc.webUrl({
    validSchemes: ["http", "https", "ftp"],
    withQueryParameters: true,
    withFragments: true,
  }),
);

const numbers = fc.oneof(
  fc.constantFrom(-1, -0.5, 0, 0.25, 0.5, 1, 1.5, 2, 3, 80, 81, 100, 101, 520, 521, 960, 961),
  fc.constantFrom(1000, 1001, 10000, 10001, 100000, 100001, 200000, 200001, 1e21, -1e21),
  fc.integer({ min: -5, max: 5 }),
);

const texts = fc.oneof(
  fc.constantFrom("", "a", "USD", "usd", "US", "US-TX", "us", "role:a", "a:b", "1", "true"),
  fc.constantFrom("constructor", "prototype", "a--b", "-a", "A", "a".repeat(64), "a".repeat(65)),
  fc.constantFrom("x".repeat(200), "x".repeat(201), "x".repeat(1000), "x".repeat(1001)),
  fc.constantFrom("\u{1F600}".repeat(100), "\u{1F600}".repeat(101), "\u{1F600}".repeat(200)),
  fc.string({ maxLength: 6 }),
);

/** Values of every JSON type, with the edge cases above. */
const values: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, [], {}, [1], { a: 1 }, ["a"]),
  numbers,
  texts,
  dates,
  urls,
);

const keys = fc.constantFrom(
  "years",
  "months",
  "hours",
  "weeks",
  "days",
  "credential",
  "role",
  "setting",
  "ce",
  "renewal",
  "validFor",
  "requires",
  "eligibility",
  "title",
  "url",
  "titel",
  "__proto__",
  "x",
);

const mutation = fc.record({
  kind: fc.constantFrom("remove", "add", "replace", "empty", "date", "url", "unit", "text"),
  at: fc.nat(),
  key: keys,
  value: values,
  date: dates,
  url: urls,
  amount: numbers,
  text: texts,
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** The kinds of mutation, for a test to check that each one was made. */
export type MutationKind = Mutation["kind"];

/** A document and the mutations applied to it, in order. */
export interface Mutated {
  readonly document: unknown;
  readonly kinds: readonly MutationKind[];
}

/** `base` as it is or with up to three mutations. */
export function mutated(base: fc.Arbitrary<unknown>): fc.Arbitrary<Mutated> {
  return fc.tuple(base, fc.array(mutation, { maxLength: 3 })).map(([document, mutations]) => {
    let current = document as Json;
    for (const m of mutations) current = apply(current, m);
    return { document: current, kinds: mutations.map((m) => m.kind) };
  });
}

function apply(root: Json, m: Mutation): Json {
  const copy = structuredClone(root);
  const all = pathsOf(copy, []);
  // Each kind of mutation goes where it matters, when the document has such a place.
  const fitting = all.filter((p) => fits(m.kind, p, valueAt(copy, p)));
  const nodes = fitting.length > 0 ? fitting : all;
  const path = nodes[m.at % nodes.length] as Path;
  const parent = path.length === 0 ? undefined : (valueAt(copy, path.slice(0, -1)) as Json);
  const last = path[path.length - 1];
  const node = valueAt(copy, path);
  const set = (value: Json) => {
    if (parent === undefined) return value;
    (parent as Record<string | number, Json>)[last as string | number] = value;
    return copy;
  };
  switch (m.kind) {
    case "remove":
      if (isMap(parent)) delete parent[last as string];
      else if (Array.isArray(parent)) parent.splice(last as number, 1);
      return copy;
    case "add":
    case "unit":
      if (!isMap(node)) return set(m.value);
      Object.defineProperty(node, m.kind === "unit" ? unitKey(m.at) : m.key, {
        value: m.kind === "unit" ? m.amount : m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return copy;
    case "replace":
      return set(m.value);
    case "empty":
      return set(Array.isArray(node) ? [] : isMap(node) ? {} : "");
    case "date":
      return set(m.date);
    case "url":
      return set(m.url);
    case "text":
      return set(m.text);
  }
}

function fits(kind: MutationKind, path: Path, node: Json | undefined): boolean {
  switch (kind) {
    case "unit":
      return isMap(node) && ["years", "months", "hours"].some((k) => k in node);
    case "date":
      return typeof node === "string" && /^\d{4}-/.test(node);
    case "url":
      return path[path.length - 1] === "url";
    case "empty":
      return isMap(node) || Array.isArray(node);
    case "text":
      return typeof node === "string";
    default:
      return true;
  }
}

function unitKey(at: number): string {
  return (["years", "months", "hours"] as const)[at % 3] as string;
}

function pathsOf(node: Json, path: Path): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(node)) node.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (isMap(node))
    for (const [k, v] of Object.entries(node)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

function valueAt(node: Json, path: Path): Json | undefined {
  let current: Json | undefined = node;
  for (const segment of path) current = (current as Record<string | number, Json>)[segment];
  return current;
}

function isMap(value: unknown): value is Record<string, Json> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
