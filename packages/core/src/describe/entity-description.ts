/**
 * One credential, role or step of a pathway, described in plain sentences.
 *
 * @example
 * const [first]: readonly EntityDescription[] = describePathway(pathway).credentials;
 * if (first) console.log(first.title, first.sentences.join(" "));
 */
export interface EntityDescription {
  readonly kind: "credential" | "role" | "step";
  readonly id: string;
  readonly title: string;
  /** What the pathway's editors wrote about it (`summary`), when they did. */
  readonly summary?: string;
  /**
   * Sentences built from the data the engine uses (eligibility, renewal, CE, fees, what a step
   * grants), in a fixed order, so that a reviewer can hold each one against the sources.
   */
  readonly sentences: readonly string[];
  /** Ids of the sources it cites, in the pathway's order. */
  readonly sources: readonly string[];
}

/**
 * A source a pathway cites, with what was checked and when.
 *
 * @example
 * const sources: readonly SourceDescription[] = describePathway(pathway).sources;
 * for (const s of sources) console.log(`${s.title} <${s.url}>, accessed ${s.accessed}`);
 */
export interface SourceDescription {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly publisher?: string;
  readonly accessed: string;
  /** The date of the archived copy read, `undated`, or absent when the live page was read. */
  readonly archived?: string;
  readonly note?: string;
  /** How it was read, in one sentence. */
  readonly checked: string;
  /** The entities that cite it, as `kind:id`. */
  readonly citedBy: readonly string[];
}

/**
 * A whole pathway described for reviewers: what {@link describePathway} returns.
 *
 * @example
 * const description: PathwayDescription = describePathway(pathway);
 * console.log(description.title, description.roles.length, "roles");
 */
export interface PathwayDescription {
  readonly id: string;
  readonly title: string;
  readonly summary?: string;
  readonly jurisdiction?: string;
  /** When the content was last reviewed against its sources. */
  readonly reviewed: string;
  readonly credentials: readonly EntityDescription[];
  readonly roles: readonly EntityDescription[];
  readonly steps: readonly EntityDescription[];
  readonly sources: readonly SourceDescription[];
}
