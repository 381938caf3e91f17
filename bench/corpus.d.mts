/** Generates valid pathway text with about `roles` roles (see corpus.mjs). */
export function generatePathway(options?: { roles?: number; seed?: number }): string;
