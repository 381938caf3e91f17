import { isScalar, LineCounter, type Node, type Pair, parseAllDocuments, type YAMLMap } from "yaml";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { upperFirst } from "../internal/text.js";
import { createAliasResolver } from "./alias-index.js";
import { defaultLimits, type LoadLimits } from "./limits.js";
import { type Locator, makeLocator } from "./locator.js";
import { decodeSourceText } from "./source-text.js";
import { createConverter, LimitExceeded } from "./to-data.js";

/** Options for {@link parseYamlSource}. */
export interface ParseYamlOptions extends LoadLimits {
  /**
   * Paths (with `*` for any key) of maps whose keys are ids, so that a repeated key there is
   * reported as `duplicate-id` rather than `duplicate-key`.
   */
  readonly idCollections?: readonly (readonly string[])[];
  /** What the document should be, for messages: `pathway` (the default) or `profile`. */
  readonly expected?: "pathway" | "profile";
}

/** Problems after which the parsed data cannot be trusted enough to check further. */
export const fatalParseCodes: ReadonlySet<string> = new Set([
  "yaml-syntax",
  "invalid-encoding",
  "too-large",
  "too-deep",
  "alias-limit",
  "empty-document",
]);

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
    return {
      value: undefined,
      diagnostics: [decoded.diagnostic],
      locator: makeLocator(decoded.text, countLines(decoded.text), undefined),
      text: decoded.text,
    };
  }
  const text = decoded.text;
  // Lines are counted from the text itself: the parser's own counter misses line ends inside
  // some malformed tokens, which moved later positions (offset 6 of ": }|\n\n---" read as 2:2).
  const lineCounter = countLines(text);
  if (text.length > limits.maxBytes) {
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
        makeDiagnostic(
          "empty-document",
          `Expected a ${options.expected ?? "pathway"}, found an empty document.`,
          [],
          {
            at: 0,
          },
        ),
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

  const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
  const converter = createConverter({
    text,
    resolveAlias: createAliasResolver(doc),
    lineOf: (offset) => lineCounter.linePos(offset).line,
    limits,
    idCollections: options.idCollections ?? [],
    keyIndex,
    diagnostics,
  });

  let value: unknown;
  try {
    value = converter.convert(doc.contents, [], 0);
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
      makeDiagnostic("yaml-syntax", upperFirst(sentence), [], {
        at: error.pos[0],
        end: error.pos[1],
        data: { yamlCode: error.code },
      }),
    );
  }
}

/** A line counter over `text`, one entry per line start (after each LF). */
export function countLines(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
    counter.addNewLine(i + 1);
  return counter;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
