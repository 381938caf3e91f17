/**
 * A sentence with its first letter lowered, to continue another sentence; an acronym or a name
 * in capitals (`PTCB`, `CPhT`) keeps its case. @internal
 */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
