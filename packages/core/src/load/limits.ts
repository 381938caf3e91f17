/** Limits that keep loading safe on hostile or accidental input. */
export interface LoadLimits {
  /** Largest accepted source, in UTF-16 code units (about bytes for ASCII). Default 16 MiB. */
  readonly maxBytes?: number;
  /** Deepest accepted nesting of maps and lists. Default 64. */
  readonly maxDepth?: number;
  /** Most nodes that aliases may expand to, in total. Default 100,000. */
  readonly maxAliasNodes?: number;
}

/** The default limits, documented in `docs/format.md`. */
export const defaultLimits: Required<LoadLimits> = {
  maxBytes: 16 * 1024 * 1024,
  maxDepth: 64,
  maxAliasNodes: 100_000,
};
