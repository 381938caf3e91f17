// A tiny message-template language, a small subset of ICU MessageFormat: `{name}`, `{name, date}`,
// `{name, money}`, `{name, lower}`, `{name, clause}`, `{name, plural, one {…} other {…}}` (with
// `#` for the number and `=N` for an exact one), `{name, select, a {…} none {…} other {…}}`,
// `{name, join, {sep}}` or `{name, join, {sep}, clause}`, and `{@key}` to include another entry
// of the catalog with the same data. Parsing is one pass over the template; there is no eval.

/** A parsed template. @internal */
export type TemplateNode =
  | { readonly t: "text"; readonly v: string }
  | { readonly t: "hash" }
  | { readonly t: "ref"; readonly key: string }
  | {
      readonly t: "arg";
      readonly name: string;
      readonly format: string;
      /** Branches of `plural` and `select`; the separator of `join` is under `sep`. */
      readonly options: ReadonlyMap<string, readonly TemplateNode[]>;
      /** For `join`: how each item is formatted. */
      readonly item: string;
    };

/** Templates nest braces at most this deep; deeper is a mistake in the catalog. */
const maxNesting = 12;

/** Parses a template; throws on unbalanced braces (a catalog is code, so that is a programmer error). @internal */
export function parseTemplate(source: string): TemplateNode[] {
  const at = { i: 0 };
  const nodes = parseNodes(source, at, 0);
  if (at.i < source.length) throw new Error(`Unbalanced "}" at ${at.i} in template: ${source}`);
  return nodes;
}

function parseNodes(src: string, at: { i: number }, depth: number): TemplateNode[] {
  if (depth > maxNesting) throw new Error(`Template nests too deep: ${src}`);
  const out: TemplateNode[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push({ t: "text", v: text });
    text = "";
  };
  while (at.i < src.length) {
    const c = src[at.i] as string;
    if (c === "}") break;
    if (c === "#") {
      flush();
      out.push({ t: "hash" });
      at.i++;
    } else if (c === "{") {
      flush();
      at.i++;
      out.push(parseArg(src, at, depth));
    } else {
      text += c;
      at.i++;
    }
  }
  flush();
  return out;
}

function parseArg(src: string, at: { i: number }, depth: number): TemplateNode {
  const head = readUntil(src, at, ",}").trim();
  if (head.startsWith("@")) {
    expect(src, at, "}");
    return { t: "ref", key: head.slice(1) };
  }
  const options = new Map<string, TemplateNode[]>();
  let format = "";
  let item = "";
  if (src[at.i] === ",") {
    at.i++;
    format = readUntil(src, at, ",}").trim();
    if (src[at.i] === ",") {
      at.i++;
      if (format === "join") {
        skipSpaces(src, at);
        options.set("sep", parseBlock(src, at, depth));
        skipSpaces(src, at);
        if (src[at.i] === ",") {
          at.i++;
          item = readUntil(src, at, "}").trim();
        }
      } else {
        // `key {branch}` pairs until the closing brace.
        for (skipSpaces(src, at); src[at.i] !== "}" && at.i < src.length; skipSpaces(src, at)) {
          const key = readUntil(src, at, "{}").trim();
          options.set(key, parseBlock(src, at, depth));
        }
      }
    }
  }
  expect(src, at, "}");
  return { t: "arg", name: head, format, options, item };
}

function parseBlock(src: string, at: { i: number }, depth: number): TemplateNode[] {
  expect(src, at, "{");
  const nodes = parseNodes(src, at, depth + 1);
  expect(src, at, "}");
  return nodes;
}

function readUntil(src: string, at: { i: number }, stops: string): string {
  const start = at.i;
  while (at.i < src.length && !stops.includes(src[at.i] as string)) at.i++;
  return src.slice(start, at.i);
}

function skipSpaces(src: string, at: { i: number }): void {
  while (src[at.i] === " ") at.i++;
}

function expect(src: string, at: { i: number }, c: string): void {
  if (src[at.i] !== c) throw new Error(`Expected "${c}" at ${at.i} in template: ${src}`);
  at.i++;
}

/** Every placeholder name and `@` reference a template uses, at any depth. @internal */
export function placeholdersOf(
  nodes: readonly TemplateNode[],
  out = new Set<string>(),
): Set<string> {
  for (const n of nodes) {
    if (n.t === "ref") out.add(`@${n.key}`);
    if (n.t !== "arg") continue;
    out.add(n.name);
    for (const branch of n.options.values()) placeholdersOf(branch, out);
  }
  return out;
}
