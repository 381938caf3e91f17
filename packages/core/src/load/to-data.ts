import {
  type Alias,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import type { PathSegment } from "../diagnostics/diagnostic.js";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { addKey } from "./add-key.js";

const coreTags = new Set([
  "tag:yaml.org,2002:str",
  "tag:yaml.org,2002:int",
  "tag:yaml.org,2002:float",
  "tag:yaml.org,2002:bool",
  "tag:yaml.org,2002:null",
  "tag:yaml.org,2002:map",
  "tag:yaml.org,2002:seq",
]);

/** Thrown inside conversion when a limit is exceeded; carries the diagnostic. */
export class LimitExceeded extends Error {
  constructor(readonly diagnostic: DraftDiagnostic) {
    super(diagnostic.message);
  }
}

/** What conversion needs from its surroundings. */
export interface ConverterContext {
  /** The text the nodes' ranges refer to. */
  readonly text: string;
  readonly resolveAlias: (alias: Alias) => Node | undefined;
  /** The 1-based line of an offset, for messages that name a line. */
  readonly lineOf: (offset: number) => number;
  readonly limits: { readonly maxDepth: number; readonly maxAliasNodes: number };
  /** Paths (with `*` for any key) of maps whose keys are ids. */
  readonly idCollections: readonly (readonly string[])[];
  /** Filled with each converted map's key index, for the locator. */
  readonly keyIndex: WeakMap<YAMLMap, Map<string, Pair>>;
  /** Receives the problems found while converting. */
  readonly diagnostics: DraftDiagnostic[];
}

/**
 * Converts YAML nodes to plain data in one pass: duplicate keys found with a map per YAML map
 * (the parser's own check is quadratic), objects built without touching prototypes
 * (`__proto__` is reported and dropped), aliases expanded against a budget, depth bounded.
 */
export function createConverter(ctx: ConverterContext) {
  const { text, resolveAlias, lineOf, limits, idCollections, keyIndex, diagnostics } = ctx;
  let aliasBudget = limits.maxAliasNodes;
  let sawAlias = false;

  const isIdCollection = (path: readonly PathSegment[]) =>
    idCollections.some(
      (pattern) =>
        pattern.length === path.length && pattern.every((p, i) => p === "*" || p === path[i]),
    );

  const toData = (
    node: unknown,
    path: PathSegment[],
    depth: number,
    viaAlias: boolean,
  ): unknown => {
    if (depth > limits.maxDepth) {
      // An empty value (`{b}`, `a:`) has no node: its path then locates the diagnostic.
      const start = (node as Node | null | undefined)?.range?.[0];
      const data = { limit: limits.maxDepth };
      throw new LimitExceeded(
        makeDiagnostic(
          "too-deep",
          `Expected nesting of at most ${limits.maxDepth} levels, found more.`,
          [...path],
          start === undefined ? { data } : { at: start, data },
        ),
      );
    }
    if (viaAlias) sawAlias = true;
    if (viaAlias && --aliasBudget < 0) {
      throw new LimitExceeded(
        makeDiagnostic(
          "alias-limit",
          `Expected aliases to expand to at most ${limits.maxAliasNodes} nodes, found more.`,
          [...path],
          {
            data: { limit: limits.maxAliasNodes },
          },
        ),
      );
    }
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = resolveAlias(node);
      if (!target) {
        diagnostics.push(
          makeDiagnostic("yaml-syntax", `Unknown alias *${node.source}.`, [...path], {
            at: node.range?.[0] ?? 0,
          }),
        );
        return null;
      }
      return toData(target, path, depth, true);
    }
    const tag = (node as Node).tag;
    if (tag && !coreTags.has(tag)) {
      const start = (node as Node).range?.[0] ?? 0;
      let bang = text.lastIndexOf("!", start);
      while (bang > 0 && text[bang - 1] === "!") bang--;
      const lineStart = text.lastIndexOf("\n", start - 1);
      diagnostics.push(
        makeDiagnostic(
          "unsupported-tag",
          `Expected plain data, found the tag ${tag.replace("tag:yaml.org,2002:", "!!")}.`,
          [...path],
          {
            at: bang > lineStart ? bang : start,
            data: { tag },
          },
        ),
      );
    }
    if (isScalar(node)) return node.value;
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const seen = new Map<string, Pair>();
      keyIndex.set(node, seen);
      const ids = isIdCollection(path);
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : keyNode === null ? "" : undefined;
        if (key === undefined) {
          diagnostics.push(
            makeDiagnostic(
              "wrong-type",
              "Expected a plain key, found a list or map used as a key.",
              [...path],
              {
                at: keyNode?.range?.[0] ?? 0,
              },
            ),
          );
          continue;
        }
        const value = () => descend(pair.value, path, key, depth, viaAlias);
        addKey(out, seen, key, pair, value, path, ids, lineOf, diagnostics);
      }
      return out;
    }
    if (isSeq(node)) {
      return (node as YAMLSeq).items.map((item, i) => descend(item, path, i, depth, viaAlias));
    }
    return null;
  };

  // One shared path stack: children push their segment and pop it after; diagnostics copy it.
  const descend = (
    child: unknown,
    path: PathSegment[],
    segment: PathSegment,
    depth: number,
    viaAlias: boolean,
  ) => {
    path.push(segment);
    try {
      return toData(child, path, depth + 1, viaAlias);
    } finally {
      path.pop();
    }
  };

  return {
    /** Converts a node at a data path and depth; throws {@link LimitExceeded}. */
    convert: (node: unknown, path: PathSegment[], depth: number): unknown =>
      toData(node, path, depth, false),
    /** Whether any alias was expanded. */
    sawAlias: () => sawAlias,
    /** How much of the alias budget the conversions so far used. */
    aliasNodes: () => limits.maxAliasNodes - aliasBudget,
  };
}
