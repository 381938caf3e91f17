/**
 * Where the diagnostic codes are documented; each code has an anchor of its own name. SARIF
 * viewers and code scanning link every rule to it.
 */
export const diagnosticsDocUrl =
  "https://github.com/pathwise/pathwise/blob/main/docs/diagnostics.md";

/** The documentation link of one diagnostic code. */
export function diagnosticHelpUrl(code: string): string {
  return `${diagnosticsDocUrl}#${code}`;
}
