// The "Pathwise: Show next steps for profile" command, kept apart from `vscode` so that it can be
// tested without an editor: the extension hands in the active document, the request and the UI.

/** What the server's `pathwise.nextSteps` command answers. */
export interface NextStepsAnswer {
  readonly uri: string;
  readonly pathway: string;
  readonly date: string;
  readonly text: string;
}

/** What the command needs from the editor. */
export interface ShowNextStepsHost {
  /** The URI of the active editor's document, if any. */
  readonly activeUri: string | undefined;
  /** Sends `workspace/executeCommand` to the language server, or is undefined when it is off. */
  readonly executeCommand:
    | ((command: string, args: readonly unknown[]) => Promise<unknown>)
    | undefined;
  /** A path to show for a URI (relative to the workspace). */
  displayPath(uri: string): string;
  /** Replaces the preview's text and brings it into view. */
  showPreview(text: string): void;
  showError(message: string): void;
}

/** Asks the language server for the active profile's next steps and shows them. */
export async function showNextSteps(host: ShowNextStepsHost): Promise<void> {
  const uri = host.activeUri;
  if (!uri?.endsWith(".profile.yaml")) {
    host.showError("Open a `*.profile.yaml` file to see its next steps.");
    return;
  }
  if (!host.executeCommand) {
    host.showError("The Pathwise language server is off; turn on `pathwise.enable`.");
    return;
  }
  try {
    const answer = (await host.executeCommand("pathwise.nextSteps", [uri])) as NextStepsAnswer;
    host.showPreview(
      `${host.displayPath(uri)} against ${host.displayPath(answer.pathway)}\n\n${answer.text}`,
    );
  } catch (error) {
    host.showError(error instanceof Error ? error.message : String(error));
  }
}
