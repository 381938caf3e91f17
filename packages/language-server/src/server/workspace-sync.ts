import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type InitializeParams,
} from "vscode-languageserver";
import type { Session } from "./session.js";
import { isPathwayUri, isProfileUri, type WorkspaceFile } from "./workspace-files.js";

/** How the server follows the workspace's files on disk; see {@link followWorkspace}. */
export interface WorkspaceSync {
  /** Starts listing the workspace's files for a client that has just initialised. */
  begin(params: InitializeParams): void;
  /** Resolves once the files listed and the file events reported so far are taken in. */
  settled(): Promise<void>;
  /**
   * Re-reads the closed files among `uris`, so that edits are never made against an old text
   * (when the client does not report file changes); true when one of them had changed.
   */
  reread(uris: Iterable<string>): Promise<boolean>;
}

/**
 * Follows the workspace's pathway files (and its profile files, when the host can list them):
 * one scan at start-up, then the client's file events, taken in one after another. `changed` is
 * called when a pathway changed, so that the profiles naming it are checked again.
 */
export function followWorkspace(session: Session, pathwaysChanged: () => void): WorkspaceSync {
  const { connection, workspace } = session;
  let folders: string[] = [];
  let watchFiles = false;
  let markScanned: () => void = () => undefined;
  const scanned = new Promise<void>((resolve) => {
    markScanned = resolve;
  });
  if (!workspace) {
    session.markReady();
    markScanned();
  }

  /** Whether the server follows a file on disk: pathways, and profiles when it can list them. */
  const followed = (uri: string) =>
    isPathwayUri(uri) || (isProfileUri(uri) && workspace?.findProfileFiles !== undefined);

  /** Takes in a file's text as read from disk now (`undefined` when it is gone). */
  const fileChanged = (uri: string, text: string | undefined) => {
    if (text === undefined) session.onDisk.delete(uri);
    else session.onDisk.set(uri, text);
    session.reindex(uri);
    if (isPathwayUri(uri)) pathwaysChanged();
  };

  const scan = async () => {
    if (!workspace) return;
    const list = async (
      kind: string,
      find: (folders: readonly string[]) => Promise<readonly WorkspaceFile[]>,
    ) => {
      try {
        for (const f of await find(folders.filter((f) => f.startsWith("file:")))) {
          session.onDisk.set(f.uri, f.text);
          session.reindex(f.uri);
        }
      } catch (error) {
        connection.console.warn(`Cannot list the workspace's ${kind} files: ${String(error)}`);
      }
    };
    await list("pathway", (f) => workspace.findPathwayFiles(f));
    pathwaysChanged();
    session.markReady();
    const findProfiles = workspace.findProfileFiles;
    if (findProfiles) await list("profile", (f) => findProfiles.call(workspace, f));
    markScanned();
  };

  connection.onInitialized(() => {
    if (!workspace || !watchFiles) return;
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: "**/*.pathway.yaml" },
          ...(workspace.findProfileFiles ? [{ globPattern: "**/*.profile.yaml" }] : []),
        ],
      })
      .catch(() => undefined);
  });

  // File events are taken in one after another, after the scan; references and rename wait for
  // those reported before them.
  let filesTaken = scanned;
  connection.onDidChangeWatchedFiles((params) => {
    if (!workspace) return;
    filesTaken = filesTaken
      .then(async () => {
        for (const change of params.changes) {
          if (!followed(change.uri)) continue;
          const text =
            change.type === FileChangeType.Deleted
              ? undefined
              : await workspace.readFile(change.uri);
          fileChanged(change.uri, text);
        }
      })
      .catch((error: unknown) =>
        connection.console.warn(`Cannot read a changed workspace file: ${String(error)}`),
      );
  });

  return {
    begin(params) {
      folders = (params.workspaceFolders ?? []).map((f) => f.uri);
      if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
      watchFiles =
        params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      void scan();
    },
    settled: () => filesTaken,
    async reread(uris) {
      if (!workspace) return false;
      let changed = false;
      for (const uri of new Set(uris)) {
        if (session.documents.get(uri) || !followed(uri)) continue;
        const text = await workspace.readFile(uri);
        if (text === session.onDisk.get(uri)) continue;
        fileChanged(uri, text);
        changed = true;
      }
      return changed;
    },
  };
}
