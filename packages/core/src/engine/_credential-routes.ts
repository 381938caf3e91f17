import type { Pathway } from "../model/pathway.js";
import { impliedBy } from "./credential-status.js";

// The steps that can bring each credential, worked out once per pathway: a plan asks for them
// every time it reaches a credential, and a scan of every step each time made plans grow with the
// pathway's size times the credentials on the route.

/** A step that grants a credential counting as the one asked for, or renews that one. @internal */
export interface _CredentialRoute {
  readonly step: string;
  /** It grants the credential or one that counts as it. */
  readonly grants: boolean;
  /** It renews the credential itself. */
  readonly renews: boolean;
}

const indexes = new WeakMap<Pathway, ReadonlyMap<string, readonly _CredentialRoute[]>>();

/**
 * The steps that grant credential `id` (or one counting as it) or renew it, in the pathway's
 * order of steps; built once per pathway and kept until it is garbage collected. @internal
 */
export function _credentialRoutes(pathway: Pathway, id: string): readonly _CredentialRoute[] {
  let index = indexes.get(pathway);
  if (!index) {
    index = buildIndex(pathway);
    indexes.set(pathway, index);
  }
  return index.get(id) ?? [];
}

function buildIndex(pathway: Pathway): Map<string, _CredentialRoute[]> {
  const out = new Map<string, _CredentialRoute[]>();
  // One pass over the steps; each adds itself to the credentials its grant counts as (a closure
  // no larger than the pathway's credentials) and to the one it renews.
  for (const [step, s] of Object.entries(pathway.steps)) {
    const granted =
      s.grants?.credential !== undefined ? impliedBy(pathway, s.grants.credential) : undefined;
    const reached = new Set<string>(granted ?? []);
    if (s.renews !== undefined) reached.add(s.renews);
    for (const id of reached) {
      const route = { step, grants: granted?.has(id) === true, renews: s.renews === id };
      const list = out.get(id);
      if (list) list.push(route);
      else out.set(id, [route]);
    }
  }
  return out;
}
