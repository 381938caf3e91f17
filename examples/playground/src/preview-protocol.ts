// Messages between the page and the preview worker.

/** Asks for the next steps of a profile against the pathway being edited. */
export interface PreviewRequest {
  readonly id: number;
  readonly pathway: string;
  readonly profile: string;
  /** The date to use when the profile names none. */
  readonly today: string;
}

/** The preview: the ranked steps, or why there are none. */
export type PreviewAnswer =
  | {
      readonly id: number;
      readonly ok: true;
      readonly date: string;
      readonly steps: readonly {
        readonly step: string;
        readonly title: string;
        readonly strategy: string;
        readonly reasons: readonly string[];
      }[];
    }
  | { readonly id: number; readonly ok: false; readonly message: string };
