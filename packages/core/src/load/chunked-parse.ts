import { type Alias, isMap, isScalar, type Node, Pair, parseAllDocuments, YAMLMap } from "yaml";
import type { PathSegment } from "../diagnostics/diagnostic.js";
import type { DraftDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { DerivedMemo } from "../internal/derived-memo.js";
import type { EntityMemo } from "../validate/parse-by-entity.js";
import { addKey } from "./add-key.js";
import {
  type AliasScope,
  createAliasScope,
  indexPieceAnchors,
  type PieceAnchors,
} from "./chunk-aliases.js";
import { defaultLimits } from "./limits.js";
import { makeLocator } from "./locator.js";
import { countLines, type ParsedYaml, type ParseYamlOptions } from "./parse-yaml.js";
import { shiftRanges, spanOf } from "./piece-ranges.js";
import { type Chunk, splitChunks } from "./split-chunks.js";
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
  /** Per-entity check results, on the same data objects. @internal */
  readonly _derived: DerivedMemo;
}

interface CachedChunk {
  readonly pair: Pair<Node, Node | null>;
  /** The value node as parsed. */
  readonly value: Node | null;
  readonly data: unknown;
  /** Where the chunk's ranges currently point. */
  base: number;
  usedIn: number;
  readonly anchors: PieceAnchors;
  /** Aliases outside the piece's own anchors that converting it resolved, and their targets. */
  readonly deps: readonly (readonly [Alias, Node | undefined])[];
  /** The part of the alias budget converting the piece used. */
  readonly aliasNodes: number;
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
  return {
    _chunks: new Map(),
    _keyIndex: new WeakMap(),
    _generation: 0,
    _entities: new WeakMap(),
    _derived: new Map(),
  };
}

/**
 * Parses a pathway in pieces — one per top-level key and one per entry of a block collection —
 * reusing the pieces an earlier version shared, so an edit re-parses only the entry it touched.
 * Aliases resolve across pieces as in a whole parse; a reused piece whose aliases now resolve to
 * other nodes (its anchor's entry was edited, or a new anchor of that name comes between) is
 * parsed again. Returns `undefined` whenever the document is not plainly of that shape (a syntax
 * error, an alias with no anchor before it, a tag, a second document, tabs, a byte-order
 * mark...), and the caller parses it whole: the result is then always the same as a whole
 * parse. Tests compare the two on every fixture and through random edits.
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
    // Tags can make a piece mean something else; such documents are parsed whole.
    /(?:^|[\s[{,:])![^\s]/.test(text)
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
  const scope = createAliasScope();
  let aliasNodes = 0;
  for (const chunk of chunks) {
    const context = { text, cache, generation, limits, lineOf, diagnostics, scope };
    const cached = loadChunk(chunk, context);
    if (!cached) return undefined;
    aliasNodes += cached.aliasNodes;
    // Over the budget of the whole document: a whole parse reports where.
    if (aliasNodes > limits.maxAliasNodes) return undefined;
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
        if (
          !addKey(
            out,
            index,
            id,
            entryPair,
            () => entry.cached.data,
            [key],
            true,
            lineOf,
            diagnostics,
          )
        )
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
    addKey(data, rootIndex, key, pair, () => value, [], false, lineOf, diagnostics);
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

interface ChunkContext {
  readonly text: string;
  readonly cache: ParseCache;
  readonly generation: number;
  readonly limits: { maxDepth: number; maxAliasNodes: number };
  readonly lineOf: (offset: number) => number;
  readonly diagnostics: DraftDiagnostic[];
  readonly scope: AliasScope;
}

/** The piece for a chunk: reused if its text and its aliases' targets are unchanged, else parsed. */
function loadChunk(chunk: Chunk, context: ChunkContext): CachedChunk | undefined {
  const { text, cache, generation, scope } = context;
  const source = text.slice(chunk.start, chunk.end);
  const key = `${chunk.collection ?? ""}\u0000${source}`;
  const hit = cache._chunks.get(key);
  if (hit && hit.usedIn !== generation) {
    if (hit.base !== chunk.start) {
      shiftRanges(hit.pair.key, chunk.start - hit.base);
      shiftRanges(hit.value, chunk.start - hit.base);
      hit.base = chunk.start;
    }
    if (!scope.enter(hit.anchors)) return undefined;
    if (hit.deps.every(([alias, target]) => scope.resolve(alias) === target)) {
      hit.usedIn = generation;
      return hit;
    }
  }
  return parseChunk(source, chunk, key, context);
}

function parseChunk(
  source: string,
  chunk: Chunk,
  key: string,
  context: ChunkContext,
): CachedChunk | undefined {
  const { text, cache, generation, limits, lineOf, diagnostics, scope } = context;
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
  // Ranges as in the whole text from the start, so that diagnostics and alias targets agree.
  shiftRanges(pair.key, chunk.start);
  shiftRanges(pair.value, chunk.start);
  const anchors = indexPieceAnchors(doc);
  if (!scope.enter(anchors)) return undefined;
  const deps: [Alias, Node | undefined][] = [];
  const drafts: DraftDiagnostic[] = [];
  const id = String(pair.key.value);
  const path: PathSegment[] = chunk.collection ? [chunk.collection, id] : [id];
  const converter = createConverter({
    text,
    resolveAlias: (alias) => {
      const target = scope.resolve(alias);
      if (!anchors.local.has(alias)) deps.push([alias, target]);
      return target;
    },
    lineOf,
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
  if (drafts.some((d) => d.code === "yaml-syntax")) return undefined;
  diagnostics.push(...drafts);
  const cached: CachedChunk = {
    pair,
    value: pair.value,
    data,
    base: chunk.start,
    usedIn: generation,
    anchors,
    deps,
    aliasNodes: converter.aliasNodes(),
  };
  // Pieces with diagnostics name lines in their messages; they are parsed afresh each time.
  if (drafts.length === 0) cache._chunks.set(key, cached);
  return cached;
}
