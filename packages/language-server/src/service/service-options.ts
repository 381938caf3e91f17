/**
 * Options of the language service.
 *
 * @example
 * const options: LanguageServiceOptions = { today: "2026-11-24", pathwaySearch: "in the workspace" };
 * const service = createLanguageService(options);
 */
export interface LanguageServiceOptions {
  /**
   * The evaluation date for staleness and future-date checks, `YYYY-MM-DD`; without it they do
   * not run. Also the default date of the service's `nextSteps`.
   */
  readonly today?: string;
  /**
   * Where the host looked for the pathway a profile names, for the notice when it found none,
   * such as "in the open documents" (the default).
   */
  readonly pathwaySearch?: string;
}
