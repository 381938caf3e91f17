import { type Alias, type Document, isAlias, isCollection, isScalar, type Node, visit } from "yaml";

/** The anchors and aliases of one piece of a document parsed in pieces. */
export interface PieceAnchors {
  /** The last node carrying each anchor in the piece. */
  readonly anchors: ReadonlyMap<string, Node>;
  /** Aliases with an anchor before them in the piece, and that anchor's node. */
  readonly local: ReadonlyMap<Alias, Node>;
  /** Aliases with no anchor of their name before them in the piece. */
  readonly free: readonly Alias[];
}

/**
 * Indexes a piece's anchors and aliases in one walk, in the order a whole parse resolves them:
 * an alias names the last node before it carrying the anchor (see `alias-index.ts`). A piece is
 * a subtree of the whole document, so its walk order is the whole walk's order restricted to it.
 */
export function indexPieceAnchors(doc: Document): PieceAnchors {
  const anchors = new Map<string, Node>();
  const local = new Map<Alias, Node>();
  const free: Alias[] = [];
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) local.set(node, target);
        else free.push(node);
      } else if ((isScalar(node) || isCollection(node)) && node.anchor) {
        anchors.set(node.anchor, node);
      }
    },
  });
  return { anchors, local, free };
}

/**
 * Resolves aliases across the pieces of one document, entered in document order: an alias with
 * no anchor before it in its own piece takes the last one of an earlier piece, as a whole parse
 * does. Aliases of every piece entered so far can be resolved, so an alias's target may itself
 * hold aliases of the piece it belongs to.
 */
export function createAliasScope() {
  const latest = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  return {
    /** Adds a piece; `false` when one of its aliases names no anchor before it. */
    enter(piece: PieceAnchors): boolean {
      for (const alias of piece.free) {
        const target = latest.get(alias.source);
        if (!target) return false;
        targets.set(alias, target);
      }
      for (const [alias, target] of piece.local) targets.set(alias, target);
      for (const [name, node] of piece.anchors) latest.set(name, node);
      return true;
    },
    resolve: (alias: Alias): Node | undefined => targets.get(alias),
  };
}

/** A scope for one document in pieces. */
export type AliasScope = ReturnType<typeof createAliasScope>;
