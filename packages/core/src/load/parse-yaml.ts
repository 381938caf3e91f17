import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseAllDocuments,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import type { PathSegment } from "../diagnostics/diagnostic.js";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { defaultLimits, type LoadLimits } from "./limits.js";
import { type Locator, makeLocator } from "./locator.js";
import { decodeSourceText } from "./source-text.js";

/** Options for {@link parseYamlSource}. */
export interface ParseYamlOptions extends LoadLimits {
  /**
   * Paths (with `*` for any key) of maps whose keys are ids, so that a repeated key there is
   * reported as `duplicate-id` rather than `duplicate-key`.
   */
  readonly idCollections?: readonly (readonly string[])[];
}

/** Plain data parsed from YAML, the problems found, and a way back from data paths to text. */
export interface ParsedYaml {
  /** The data, or `undefined` when the text could not be parsed at all. */
  readonly value: unknown;
  readonly diagnostics: readonly DraftDiagnostic[];
  readonly locator: Locator;
  /** The text that positions refer to (decoded, without a byte-order mark). */
  readonly text: string;
  /** The YAML syntax tree, also when the data is unusable (editors navigate it while typing). */
  readonly root?: Node;
}

const coreTags = new Set([
  "tag:yaml.org,2002:str",
  "tag:yaml.org,2002:int",
  "tag:yaml.org,2002:float",
  "tag:yaml.org,2002:bool",
  "tag:yaml.org,2002:null",
  "tag:yaml.org,2002:map",
  "tag:yaml.org,2002:seq",
]);

class LimitExceeded extends Error {
  constructor(readonly diagnostic: DraftDiagnostic) {
    super(diagnostic.message);
  }
}

/**
 * Parses one YAML document into plain data, never throwing on bad content. Duplicate keys are
 * found in one linear pass (the `yaml` package's own check is quadratic in the size of a map),
 * objects are built without prototypes being touched (`__proto__` is an ordinary key), aliases
 * are expanded with a budget, and nesting is bounded.
 */
export function parseYamlSource(
  source: string | Uint8Array,
  options: ParseYamlOptions = {},
): ParsedYaml {
  const limits = { ...defaultLimits, ...stripUndefined(options) };
  const decoded = decodeSourceText(source);
  if (!decoded.ok) {
    const counter = new LineCounter();
    counter.addNewLine(0);
    for (let i = decoded.text.indexOf("\n"); i !== -1; i = decoded.text.indexOf("\n", i + 1))
      counter.addNewLine(i + 1);
    return {
      value: undefined,
      diagnostics: [decoded.diagnostic],
      locator: makeLocator(decoded.text, counter, undefined),
      text: decoded.text,
    };
  }
  const text = decoded.text;
  const lineCounter = new LineCounter();
  if (text.length > limits.maxBytes) {
    lineCounter.addNewLine(0);
    return {
      value: undefined,
      diagnostics: [
        makeDiagnostic(
          "too-large",
          `Expected at most ${limits.maxBytes} characters, found ${text.length}.`,
          [],
          {
            at: 0,
            data: { limit: limits.maxBytes, size: text.length },
          },
        ),
      ],
      locator: makeLocator(text, lineCounter, undefined),
      text,
    };
  }

  const diagnostics: DraftDiagnostic[] = [];
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, {
      lineCounter,
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
    });
  } catch (error) {
    // The parser recurses on nesting; a stack overflow here means the input is far too deep.
    if (error instanceof RangeError) {
      return {
        value: undefined,
        diagnostics: [
          makeDiagnostic(
            "too-deep",
            `Expected nesting of at most ${limits.maxDepth} levels, found more.`,
            [],
            { at: 0 },
          ),
        ],
        locator: makeLocator(text, lineCounter, undefined),
        text,
      };
    }
    throw error;
  }
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  for (const extra of list.slice(1)) {
    const start = extra.range?.[0] ?? 0;
    diagnostics.push(
      makeDiagnostic(
        "multiple-documents",
        "Expected one YAML document, found another one starting here.",
        [],
        { at: start },
      ),
    );
  }
  if (
    !doc ||
    doc.contents === null ||
    (isScalar(doc.contents) && doc.contents.value === null && doc.errors.length === 0)
  ) {
    if (doc) pushYamlErrors(doc.errors, diagnostics);
    if (diagnostics.length === 0 || diagnostics.every((d) => d.code === "multiple-documents")) {
      diagnostics.unshift(
        makeDiagnostic("empty-document", "Expected a pathway, found an empty document.", [], {
          at: 0,
        }),
      );
    }
    return {
      value: undefined,
      diagnostics,
      locator: makeLocator(text, lineCounter, undefined),
      text,
    };
  }
  pushYamlErrors(doc.errors, diagnostics);
  if (diagnostics.some((d) => d.code === "yaml-syntax" || d.code === "too-deep")) {
    return {
      value: undefined,
      diagnostics,
      locator: makeLocator(text, lineCounter, doc.contents as Node),
      text,
      root: doc.contents as Node,
    };
  }

  const idCollections = options.idCollections ?? [];
  let aliasBudget = limits.maxAliasNodes;
  const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

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
      throw new LimitExceeded(
        makeDiagnostic(
          "too-deep",
          `Expected nesting of at most ${limits.maxDepth} levels, found more.`,
          [...path],
          {
            at: (node as Node).range?.[0] ?? 0,
            data: { limit: limits.maxDepth },
          },
        ),
      );
    }
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
    if (isAlias(node)) {
      const target = node.resolve(doc);
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
        if (key === "__proto__") {
          // Never a valid id or field, and zod silently drops it: report it here, keep it out of the data.
          diagnostics.push(
            ids
              ? makeDiagnostic(
                  "invalid-id",
                  "Expected an id in lowercase kebab-case, found the reserved key `__proto__`.",
                  [...path, key],
                  {
                    at: keyNode?.range?.[0] ?? 0,
                  },
                )
              : makeDiagnostic(
                  "unknown-field",
                  "Expected one of the known fields, found the reserved key `__proto__`.",
                  [...path, key],
                  {
                    at: keyNode?.range?.[0] ?? 0,
                  },
                ),
          );
          continue;
        }
        const first = seen.get(key);
        if (first) {
          const firstLine = lineCounter.linePos((first.key as Node).range?.[0] ?? 0).line;
          diagnostics.push(
            makeDiagnostic(
              ids ? "duplicate-id" : "duplicate-key",
              ids
                ? `Expected unique ids, found \`${key}\` again (first defined on line ${firstLine}).`
                : `Expected unique keys, found \`${key}\` again (first on line ${firstLine}).`,
              [...path, key],
              { at: keyNode?.range?.[0] ?? 0, data: { key, firstLine } },
            ),
          );
          continue;
        }
        seen.set(key, pair);
        // defineProperty keeps `__proto__` an ordinary own key instead of replacing the prototype.
        Object.defineProperty(out, key, {
          value: descend(pair.value, path, key, depth, viaAlias),
          enumerable: true,
          writable: true,
          configurable: true,
        });
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

  let value: unknown;
  try {
    value = toData(doc.contents, [], 0, false);
  } catch (error) {
    if (error instanceof LimitExceeded) {
      diagnostics.push(error.diagnostic);
      return {
        value: undefined,
        diagnostics,
        locator: makeLocator(text, lineCounter, doc.contents as Node, keyIndex),
        text,
        root: doc.contents as Node,
      };
    }
    if (error instanceof RangeError) {
      diagnostics.push(
        makeDiagnostic(
          "too-deep",
          `Expected nesting of at most ${limits.maxDepth} levels, found more.`,
          [],
          { at: 0 },
        ),
      );
      return {
        value: undefined,
        diagnostics,
        locator: makeLocator(text, lineCounter, doc.contents as Node, keyIndex),
        text,
        root: doc.contents as Node,
      };
    }
    throw error;
  }
  return {
    value,
    diagnostics,
    locator: makeLocator(text, lineCounter, doc.contents as Node, keyIndex),
    text,
    root: doc.contents as Node,
  };
}

/**
 * Reports the first YAML error only: after one, the parser's later errors are mostly echoes of
 * it (a tab in an indent yields four), and one diagnostic per problem matters more than a count.
 */
function pushYamlErrors(
  errors: readonly { code: string; message: string; pos: [number, number] }[],
  out: DraftDiagnostic[],
) {
  for (const error of errors.filter((e) => e.code !== "MULTIPLE_DOCS").slice(0, 1)) {
    // The parser turns a stack overflow on absurd nesting into an error of its own.
    if (/call stack/i.test(error.message)) {
      out.push(
        makeDiagnostic(
          "too-deep",
          "Expected nesting the parser can follow, found far deeper nesting.",
          [],
          {
            at: error.pos[0],
          },
        ),
      );
      continue;
    }
    const first = (error.message.split("\n")[0] ?? error.message)
      .replace(/ at line \d+, column \d+:?$/, "")
      .trim();
    const sentence = first.endsWith(".") ? first : `${first}.`;
    out.push(
      makeDiagnostic("yaml-syntax", sentence.charAt(0).toUpperCase() + sentence.slice(1), [], {
        at: error.pos[0],
        end: error.pos[1],
        data: { yamlCode: error.code },
      }),
    );
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
