/**
 * A pathway or profile file found on disk.
 *
 * @example
 * const profileFile: WorkspaceFile = { uri: "file:///content/profiles/ana.profile.yaml", text: profileText };
 */
export interface WorkspaceFile {
  /** Its `file:` URI. */
  readonly uri: string;
  readonly text: string;
}

/**
 * A pathway file found on disk.
 *
 * @example
 * const file: PathwayFile = { uri: "file:///content/pharmacy.pathway.yaml", text };
 */
export type PathwayFile = WorkspaceFile;

/**
 * The server's only I/O beyond the LSP connection: reading the workspace's pathway files, so that
 * profiles can be checked against a pathway that is not open, and its profile files, so that
 * references and rename reach the profiles that are not open. Without it, only open documents
 * are searched (as in a browser worker).
 *
 * @example
 * const files = new Map<string, string>([["file:///content/pharmacy.pathway.yaml", text]]);
 * const workspace: WorkspaceFiles = {
 *   findPathwayFiles: async () => [...files].map(([uri, text]) => ({ uri, text })),
 *   readFile: async (uri) => files.get(uri),
 * };
 * startServer(createConnection(ProposedFeatures.all), { workspace });
 */
export interface WorkspaceFiles {
  /** Every `*.pathway.yaml` file under the given folders (as `file:` URIs), with its text. */
  findPathwayFiles(folders: readonly string[]): Promise<readonly PathwayFile[]>;
  /**
   * Every `*.profile.yaml` file under the given folders (as `file:` URIs), with its text. Without
   * it, references and rename reach open profiles only.
   */
  findProfileFiles?(folders: readonly string[]): Promise<readonly WorkspaceFile[]>;
  /** The current text of one file, or `undefined` when it is gone or unreadable. */
  readFile(uri: string): Promise<string | undefined>;
}

/** Whether a URI names a profile file. */
export const isProfileUri = (uri: string): boolean => uri.endsWith(".profile.yaml");

/** Whether a URI names a pathway file. */
export const isPathwayUri = (uri: string): boolean => uri.endsWith(".pathway.yaml");
