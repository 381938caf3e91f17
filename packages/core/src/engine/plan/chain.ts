/**
 * The entities that led the search to a requirement (`role:lead-technician`, then
 * `credential:ptcb-cpht`, ...), innermost first, as links: the search extends a chain at every
 * entity it reaches and drops most of what it builds, so a link shares the chain it extends
 * instead of copying it. `undefined` is the empty chain (the goal itself). @internal
 */
export type Chain = ChainLink | undefined;

/** One entity of a chain, and the chain it extends. @internal */
export interface ChainLink {
  readonly key: string;
  readonly up: Chain;
}

/** `chain` followed by `key`. @internal */
export const extend = (chain: Chain, key: string): ChainLink => ({ key, up: chain });

/** Whether `key` is on the chain. @internal */
export function onChain(chain: Chain, key: string): boolean {
  for (let link = chain; link; link = link.up) if (link.key === key) return true;
  return false;
}

/** The chain's keys, outermost first, as plans report them. @internal */
export function chainKeys(chain: Chain): string[] {
  const keys: string[] = [];
  for (let link = chain; link; link = link.up) keys.push(link.key);
  return keys.reverse();
}
