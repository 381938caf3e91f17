import { type Alias, type Document, isAlias, isCollection, isScalar, type Node, visit } from "yaml";

/**
 * Resolves aliases in linear time overall. The `yaml` package's own `Alias.resolve` walks the
 * whole document for every alias, which makes a file with thousands of aliases quadratic; here
 * one walk records, for each alias, the last node before it carrying the same anchor (the same
 * rule the package follows). The walk runs on the first alias only.
 */
export function createAliasResolver(doc: Document): (alias: Alias) => Node | undefined {
  let targets: Map<Alias, Node> | undefined;
  const index = () => {
    const found = new Map<Alias, Node>();
    const latest = new Map<string, Node>();
    visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) {
          const target = latest.get(node.source);
          if (target) found.set(node, target);
        } else if ((isScalar(node) || isCollection(node)) && node.anchor) {
          latest.set(node.anchor, node);
        }
      },
    });
    return found;
  };
  return (alias) => {
    targets ??= index();
    return targets.get(alias);
  };
}
