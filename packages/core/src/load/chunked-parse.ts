import { isMap, isScalar, type Node, Pair, parseAllDocuments, YAMLMap } from "yaml";
import type { PathSegment } from "../diagnostics/diagnostic.js";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { EntityMemo } from "../validate/parse-by-entity.js";
import { defaultLimits } from "./limits.js";
import { makeLocator } from "./locator.js";
import { countLines, type ParsedYaml, type ParseYamlOptions } from "./parse-yaml.js";
import { createConverter, LimitExceeded } from "./to-data.js";

/**
 * Parsed pieces of earlier versions of a document, reused when an editor sends the next version.
 * Keep one per open document; it holds only the pieces of the latest version. Reused pieces are
 * moved to their new offsets, so the syntax tree of an earlier analysis made with the same cache
 * must not be used after a later one.
 *
 * @example
 * const cache: ParseCache = createParseCache();
 * const analysis = analyzePathway(text, { cache });
 */
export interface ParseCache {
  /** @internal */
  readonly _chunks: Map<string, CachedChunk>;
  /** @internal */
  readonly _keyIndex: WeakMap<YAMLMap, Map<string, Pair>>;
  /** @internal */
  _generation: number;
  /** Schema results per entity data object (reused pieces keep their data objects). @internal */
  readonly _entities: EntityMemo;
}

interface CachedChunk {
  readonly pair: Pair<Node, Node | null>;
  /** The value node as parsed. */
  readonly value: Node | null;
  readonly data: unknown;
  /** Where the chunk's ranges currently point. */
  base: number;
  usedIn: number;
}

interface Chunk {
  readonly start: number;
  readonly end: number;
  /** The collection an entry chunk belongs to; undefined for a top-level chunk. */
  readonly collection?: string;
}

/**
 * A new, empty parse cache.
 *
 * @example
 * const cache = createParseCache();
 * const first = analyzePathway(text, { cache });
 * const again = analyzePathway(`${text}\n# edited`, { cache }); // reuses the unchanged entries
 */
export function createParseCache(): ParseCache {
  return { _chunks: new Map(), _keyIndex: new WeakMap(), _generation: 0, _entities: new WeakMap() };
}

const topKeyLine = /^([A-Za-z_][A-Za-z0-9_-]*)[ ]*:[ ]*(?:#.*)?\r?$/;

/**
 * Parses a pathway in pieces — one per top-level key and one per entry of a block collection —
 * reusing the pieces an earlier version shared, so an edit re-parses only the entry it touched.
 * Returns `undefined` whenever the document is not plainly of that shape (a syntax error, an
 * alias, a second document, tabs, a byte-order mark...), and the caller parses it whole: the
 * result is then always the same as a whole parse. Tests compare the two on every fixture.
 */
export function parseYamlChunked(
  text: string,
  options: ParseYamlOptions,
  cache: ParseCache,
): ParsedYaml | undefined {
  const limits = {
    ...defaultLimits,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  };
  if (
    text.length > limits.maxBytes ||
    text.charCodeAt(0) === 0xfeff ||
    text.includes("\t") ||
    text.includes("\u0000") ||
    /\r(?!\n)/.test(text) ||
    // Anchors, aliases and tags can tie pieces together; such documents are parsed whole.
    /(?:^|[\s[{,:])[&*!][^\s]/.test(text)
  ) {
    return undefined;
  }
  const collections = new Set(
    (options.idCollections ?? []).filter((p) => p.length === 1).map((p) => p[0] as string),
  );
  const chunks = splitChunks(text, collections);
  if (!chunks) return undefined;

  const lineCounter = countLines(text);
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;

  const generation = ++cache._generation;
  const diagnostics: DraftDiagnostic[] = [];
  const pieces: { chunk: Chunk; cached: CachedChunk }[] = [];
  for (const chunk of chunks) {
    const cached = loadChunk(text, chunk, cache, generation, limits, lineOf, diagnostics);
    if (!cached) return undefined;
    pieces.push({ chunk, cached });
  }
  // Drop pieces of older versions: the cache holds one version's worth.
  for (const [key, cached] of cache._chunks)
    if (cached.usedIn !== generation) cache._chunks.delete(key);

  const root = new YAMLMap();
  const rootIndex = new Map<string, Pair>();
  const data: Record<string, unknown> = {};
  let i = 0;
  while (i < pieces.length) {
    const { chunk, cached } = pieces[i] as { chunk: Chunk; cached: CachedChunk };
    i++;
    // A fresh top-level pair, so that assembling never changes a cached piece.
    const pair = new Pair(cached.pair.key, cached.value) as Pair<Node, Node | null>;
    const key = String((pair.key as { value: unknown }).value);
    const entries: { chunk: Chunk; cached: CachedChunk }[] = [];
    while (i < pieces.length && (pieces[i] as { chunk: Chunk }).chunk.collection !== undefined)
      entries.push(pieces[i++] as never);
    let value: unknown = cached.data;
    if (entries.length > 0) {
      // Entries split off a header that has content of its own would be mis-indented YAML.
      if (cached.value !== null && !(isScalar(cached.value) && cached.value.value === null))
        return undefined;
      const map = new YAMLMap();
      const index = new Map<string, Pair>();
      const out: Record<string, unknown> = {};
      for (const entry of entries) {
        const entryPair = entry.cached.pair;
        const id = String((entryPair.key as { value: unknown }).value);
        map.items.push(entryPair as Pair<unknown, unknown>);
        if (!addKey(out, index, id, entryPair, entry.cached.data, [key], true, lineOf, diagnostics))
          continue;
      }
      map.range = spanOf(
        entries.map((e) => e.cached.pair),
        chunk.end,
      );
      cache._keyIndex.set(map, index);
      pair.value = map;
      value = out;
    }
    root.items.push(pair as Pair<unknown, unknown>);
    addKey(data, rootIndex, key, pair, value, [], false, lineOf, diagnostics);
  }
  root.range = spanOf(root.items as Pair<Node, Node | null>[], 0);
  cache._keyIndex.set(root, rootIndex);
  return {
    value: data,
    diagnostics,
    locator: makeLocator(text, lineCounter, root, cache._keyIndex),
    text,
    root,
  };
}

/** The `[start, value-end, node-end]` range a map of these pairs has in a whole parse. */
function spanOf(
  pairs: readonly Pair<Node, Node | null>[],
  fallback: number,
): [number, number, number] {
  const first = pairs[0]?.key.range?.[0] ?? fallback;
  const last = pairs[pairs.length - 1];
  const end = last?.value?.range ?? last?.key.range;
  return [first, end?.[2] ?? first, end?.[2] ?? first];
}

/** Adds a key to a data object and its index, reporting duplicates and `__proto__` as a whole parse does. */
function addKey(
  out: Record<string, unknown>,
  index: Map<string, Pair>,
  key: string,
  pair: Pair,
  value: unknown,
  path: PathSegment[],
  ids: boolean,
  lineOf: (offset: number) => number,
  diagnostics: DraftDiagnostic[],
): boolean {
  const at = (pair.key as Node).range?.[0] ?? 0;
  if (key === "__proto__") {
    diagnostics.push(
      ids
        ? makeDiagnostic(
            "invalid-id",
            "Expected an id in lowercase kebab-case, found the reserved key `__proto__`.",
            [...path, key],
            { at },
          )
        : makeDiagnostic(
            "unknown-field",
            "Expected one of the known fields, found the reserved key `__proto__`.",
            [...path, key],
            { at },
          ),
    );
    return false;
  }
  const first = index.get(key);
  if (first) {
    const firstLine = lineOf((first.key as Node).range?.[0] ?? 0);
    diagnostics.push(
      makeDiagnostic(
        ids ? "duplicate-id" : "duplicate-key",
        ids
          ? `Expected unique ids, found \`${key}\` again (first defined on line ${firstLine}).`
          : `Expected unique keys, found \`${key}\` again (first on line ${firstLine}).`,
        [...path, key],
        { at, data: { key, firstLine } },
      ),
    );
    return false;
  }
  index.set(key, pair);
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return true;
}

/** Splits at top-level keys and at the entries of block id collections; `undefined` if unsure. */
function splitChunks(text: string, collections: ReadonlySet<string>): Chunk[] | undefined {
  const chunks: Chunk[] = [];
  let open: { start: number; collection?: string } | undefined;
  let inCollection: string | undefined;
  let sawTop = false;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl + 1;
    const first = text[start] as string;
    if (first !== " " && first !== "#" && first !== "\n" && first !== "\r") {
      // A top-level line: only plain `key:` lines are understood here.
      if (!/[A-Za-z_]/.test(first)) return undefined;
      const line = text.slice(start, end);
      const colon = line.indexOf(":");
      if (colon < 1) return undefined;
      if (open) chunks.push({ ...open, end: start });
      open = { start: sawTop ? start : 0 };
      sawTop = true;
      const header = topKeyLine.exec(line.replace(/\n$/, ""));
      inCollection = header && collections.has(header[1] as string) ? header[1] : undefined;
    } else if (
      inCollection &&
      first === " " &&
      text[start + 1] === " " &&
      /[A-Za-z0-9_]/.test(text[start + 2] ?? " ")
    ) {
      if (open) chunks.push({ ...open, end: start });
      open = { start, collection: inCollection };
    }
    start = end;
  }
  if (!open || !sawTop) return undefined;
  chunks.push({ ...open, end: text.length });
  return chunks;
}

function loadChunk(
  text: string,
  chunk: Chunk,
  cache: ParseCache,
  generation: number,
  limits: { maxDepth: number; maxAliasNodes: number },
  lineOf: (offset: number) => number,
  diagnostics: DraftDiagnostic[],
): CachedChunk | undefined {
  const source = text.slice(chunk.start, chunk.end);
  const key = `${chunk.collection ?? ""}\u0000${source}`;
  const hit = cache._chunks.get(key);
  if (hit && hit.usedIn !== generation) {
    if (hit.base !== chunk.start) {
      shiftRanges(hit.pair.key, chunk.start - hit.base);
      shiftRanges(hit.value, chunk.start - hit.base);
      hit.base = chunk.start;
    }
    hit.usedIn = generation;
    return hit;
  }
  const docs = parseAllDocuments(source, { uniqueKeys: false, prettyErrors: false, strict: true });
  if (!Array.isArray(docs) || docs.length !== 1) return undefined;
  const doc = docs[0];
  if (
    !doc ||
    doc.errors.length > 0 ||
    !isMap(doc.contents) ||
    doc.contents.items.length !== 1 ||
    doc.contents.flow
  )
    return undefined;
  const pair = doc.contents.items[0] as Pair<Node, Node | null>;
  if (!isScalar(pair.key) || pair.key.tag) return undefined;
  const drafts: DraftDiagnostic[] = [];
  const id = String(pair.key.value);
  const path: PathSegment[] = chunk.collection ? [chunk.collection, id] : [id];
  const converter = createConverter({
    text: source,
    resolveAlias: () => undefined,
    lineOf: (offset) => lineOf(offset + chunk.start),
    limits,
    idCollections: [],
    keyIndex: cache._keyIndex,
    diagnostics: drafts,
  });
  let data: unknown;
  try {
    // Depth as in a whole parse: the root map is 0, a collection 1, an entry's value 2.
    data = converter.convert(pair.value, path, chunk.collection ? 2 : 1);
  } catch (error) {
    if (error instanceof LimitExceeded) return undefined;
    throw error;
  }
  if (converter.sawAlias() || drafts.some((d) => d.code === "yaml-syntax")) return undefined;
  shiftRanges(pair.key, chunk.start);
  shiftRanges(pair.value, chunk.start);
  for (const d of drafts)
    diagnostics.push(d.at === undefined ? d : { ...d, at: d.at + chunk.start });
  const cached: CachedChunk = {
    pair,
    value: pair.value,
    data,
    base: chunk.start,
    usedIn: generation,
  };
  // Pieces with diagnostics name lines in their messages; they are parsed afresh each time.
  if (drafts.length === 0) cache._chunks.set(key, cached);
  return cached;
}

function shiftRanges(node: unknown, delta: number): void {
  if (delta === 0 || !node || typeof node !== "object") return;
  const n = node as {
    range?: [number, number, number] | null;
    items?: unknown[];
    key?: unknown;
    value?: unknown;
  };
  if (n.range) n.range = [n.range[0] + delta, n.range[1] + delta, n.range[2] + delta];
  if (Array.isArray(n.items)) {
    for (const item of n.items) {
      const pairLike = item as { key?: unknown; value?: unknown; range?: unknown };
      if (
        pairLike &&
        typeof pairLike === "object" &&
        "key" in pairLike &&
        !("range" in pairLike && pairLike.range)
      ) {
        shiftRanges(pairLike.key, delta);
        shiftRanges(pairLike.value, delta);
      } else shiftRanges(item, delta);
    }
  }
}
