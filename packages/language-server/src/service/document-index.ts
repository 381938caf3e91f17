import type { PathSegment } from "@pathwise/core";
import { definitionKindAt, type EntityKind, referenceSlotAt } from "@pathwise/core/editor";
import { isMap, isScalar, isSeq, type Node } from "yaml";

/**
 * One place an id appears: where an entity is defined (a collection key) or referred to.
 *
 * @example
 * const index = createLanguageService().analyze(text).index;
 * const definition: Occurrence | undefined = index.definition("role", "lead-technician");
 */
export interface Occurrence {
  readonly kind: EntityKind;
  readonly id: string;
  /** Offsets of the id itself in the text (for a goal such as `role:lead`, of `lead` only). */
  readonly start: number;
  readonly end: number;
  readonly role: "definition" | "reference";
  /** Data path of the key or value holding the id. */
  readonly path: readonly PathSegment[];
}

/**
 * Every definition and reference of an id in a pathway's syntax tree, also when it is invalid.
 *
 * @example
 * const index: DocumentIndex = createLanguageService().analyze(text).index;
 * const uses = index.occurrencesOf("credential", "ptcb-cpht").length;
 */
export interface DocumentIndex {
  readonly occurrences: readonly Occurrence[];
  /** The definition of an id, if the document has one. */
  definition(kind: EntityKind, id: string): Occurrence | undefined;
  /** Every occurrence of an id, definition first. */
  occurrencesOf(kind: EntityKind, id: string): Occurrence[];
  /** The occurrence under an offset. */
  at(offset: number): Occurrence | undefined;
  /** Ids defined for a kind, in document order. */
  idsOf(kind: EntityKind): string[];
}

const goalKinds = new Set(["role", "credential", "setting"]);

/** The occurrences found in one entry of a collection, as of the offset its key was at. */
interface EntryOccurrences {
  readonly collection: string;
  readonly base: number;
  readonly occurrences: readonly Occurrence[];
}

// An editor's parse cache hands back the same entry pairs for unchanged entries (same text,
// moved to their new offsets in place), so their occurrences are found once and then shifted.
const byEntry = new WeakMap<object, EntryOccurrences>();

/**
 * Walks a syntax tree once and indexes every id occurrence by kind, id and position. The
 * occurrences of an entry whose pair was indexed before are reused, moved by as much as the
 * entry moved.
 */
export function indexDocument(root: Node | undefined, text: string): DocumentIndex {
  const occurrences: Occurrence[] = [];
  if (isMap(root)) {
    for (const pair of root.items) {
      const collection = isScalar(pair.key) ? String(pair.key.value) : "";
      if (
        isMap(pair.value) &&
        definitionKindAt([collection, ""]) !== undefined &&
        isScalar(pair.key) &&
        pair.key.range
      )
        for (const entry of pair.value.items) indexEntry(entry, collection, text, occurrences);
      else walkKey(pair, [], text, occurrences);
    }
  } else walkNode(root, [], text, occurrences);
  return indexOccurrences(occurrences);
}

type AnyPair = { key: unknown; value: unknown };

function indexEntry(entry: AnyPair, collection: string, text: string, out: Occurrence[]): void {
  const base = isScalar(entry.key) ? entry.key.range?.[0] : undefined;
  if (base === undefined) return;
  const known = byEntry.get(entry);
  if (known && known.collection === collection) {
    const delta = base - known.base;
    if (delta === 0) appendAll(out, known.occurrences);
    else {
      const moved = known.occurrences.map((o) => ({
        ...o,
        start: o.start + delta,
        end: o.end + delta,
      }));
      byEntry.set(entry, { collection, base, occurrences: moved });
      appendAll(out, moved);
    }
    return;
  }
  const found: Occurrence[] = [];
  walkKey(entry, [collection], text, found);
  byEntry.set(entry, { collection, base, occurrences: found });
  appendAll(out, found);
}

function appendAll(out: Occurrence[], items: readonly Occurrence[]): void {
  for (const item of items) out.push(item);
}

/** The occurrence of a map key (a definition, or a CE rule's category), then its value's. */
function walkKey(pair: AnyPair, path: PathSegment[], text: string, out: Occurrence[]): void {
  if (!isScalar(pair.key) || !pair.key.range) return;
  const key = String(pair.key.value);
  const keyPath = [...path, key];
  const [start, end] = pair.key.range;
  const defined = definitionKindAt(keyPath);
  if (defined) out.push({ kind: defined, id: key, start, end, role: "definition", path: keyPath });
  // A CE rule's category is a key; an old id in the `renamed` map is not a reference.
  else if (keyPath[0] === "credentials" && referenceSlotAt(keyPath) === "ceCategory")
    out.push({ kind: "ceCategory", id: key, start, end, role: "reference", path: keyPath });
  walkNode(pair.value, keyPath, text, out);
}

function walkNode(node: unknown, path: PathSegment[], text: string, out: Occurrence[]): void {
  if (isMap(node)) {
    for (const pair of node.items) walkKey(pair, path, text, out);
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walkNode(item, [...path, i], text, out));
  } else if (isScalar(node) && typeof node.value === "string" && node.range) {
    const slot = referenceSlotAt(path);
    // Under a CE rule's minimum/maximum the category is the key (indexed above), not the value.
    if (!slot || (slot === "ceCategory" && (path[4] === "minimum" || path[4] === "maximum")))
      return;
    const [start, end] = node.range;
    if (slot === "goal") {
      const [kind, id] = node.value.split(":");
      if (!kind || !id || !goalKinds.has(kind)) return;
      const at = text.indexOf(`${kind}:${id}`, start);
      if (at < 0 || at > end) return;
      const idStart = at + kind.length + 1;
      const idEnd = idStart + id.length;
      out.push({
        kind: kind as EntityKind,
        id,
        start: idStart,
        end: idEnd,
        role: "reference",
        path,
      });
      return;
    }
    out.push(scalarReference(slot, node.value, start, end, text, path));
  }
}

/** A reference written as a plain or quoted scalar; in a quoted one the id sits inside the quotes. */
export function scalarReference(
  kind: EntityKind,
  id: string,
  start: number,
  end: number,
  text: string,
  path: PathSegment[],
): Occurrence {
  const quoted = text[start] === '"' || text[start] === "'";
  return {
    kind,
    id,
    start: quoted ? start + 1 : start,
    end: quoted ? end - 1 : end,
    role: "reference",
    path,
  };
}

/** Indexes occurrences by kind, id and position (sorts them in place). */
export function indexOccurrences(occurrences: Occurrence[]): DocumentIndex {
  occurrences.sort((a, b) => a.start - b.start);
  // By kind, then id: no key string to build per occurrence.
  const byKind = new Map<EntityKind, Map<string, Occurrence[]>>();
  for (const o of occurrences) {
    let byId = byKind.get(o.kind);
    if (!byId) {
      byId = new Map();
      byKind.set(o.kind, byId);
    }
    const list = byId.get(o.id);
    if (list) list.push(o);
    else byId.set(o.id, [o]);
  }
  const of = (kind: EntityKind, id: string) => byKind.get(kind)?.get(id) ?? [];
  return {
    occurrences,
    definition: (kind, id) => of(kind, id).find((o) => o.role === "definition"),
    occurrencesOf: (kind, id) => {
      const list = of(kind, id);
      return [
        ...list.filter((o) => o.role === "definition"),
        ...list.filter((o) => o.role === "reference"),
      ];
    },
    at: (offset) => {
      // Binary search over the sorted, non-overlapping occurrences.
      let lo = 0;
      let hi = occurrences.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const o = occurrences[mid] as Occurrence;
        if (offset < o.start) hi = mid - 1;
        else if (offset > o.end) lo = mid + 1;
        else return o;
      }
      return undefined;
    },
    idsOf: (kind) =>
      occurrences.filter((o) => o.kind === kind && o.role === "definition").map((o) => o.id),
  };
}
