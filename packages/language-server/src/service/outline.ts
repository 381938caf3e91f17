import type { EntityKind } from "@pathwise/core/editor";
import { isMap, isScalar, type Node } from "yaml";
import type { ServiceDocument } from "./analysed-document.js";
import { collections, titleOf } from "./entities.js";
import type { Span } from "./span.js";

/**
 * An outline entry.
 *
 * @example
 * const service = createLanguageService();
 * const symbols: OutlineSymbol[] = service.outline(service.analyze(text));
 * for (const s of symbols) console.log(s.name, s.children.length);
 */
export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: "collection" | EntityKind | "field";
  readonly range: Span;
  readonly selection: Span;
  readonly children: readonly OutlineSymbol[];
}

/** The outline of a pathway: each top-level key, and each collection with its entries' titles. */
export function outline(doc: ServiceDocument): OutlineSymbol[] {
  const root = doc.analysis.root;
  if (!isMap(root)) return [];
  return root.items.flatMap((pair) => {
    if (!isScalar(pair.key) || !pair.key.range) return [];
    const name = String(pair.key.value);
    const keyRange = pair.key.range;
    const value = pair.value as Node | null;
    const end = value?.range ? value.range[1] : keyRange[1];
    const kind = collections[name];
    const children: OutlineSymbol[] =
      kind && isMap(value)
        ? value.items.flatMap((entry) => {
            if (!isScalar(entry.key) || !entry.key.range) return [];
            const id = String(entry.key.value);
            const entryEnd = (entry.value as Node | null)?.range?.[1] ?? entry.key.range[1];
            const title = titleOf(doc, kind, id);
            return [
              {
                name: id,
                ...(title ? { detail: title } : {}),
                kind,
                range: { start: entry.key.range[0], end: entryEnd },
                selection: { start: entry.key.range[0], end: entry.key.range[1] },
                children: [],
              },
            ];
          })
        : [];
    return [
      {
        name,
        kind: kind ? ("collection" as const) : ("field" as const),
        range: { start: keyRange[0], end },
        selection: { start: keyRange[0], end: keyRange[1] },
        children,
      },
    ];
  });
}
