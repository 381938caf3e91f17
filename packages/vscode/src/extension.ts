import * as path from "node:path";
import { commands, type ExtensionContext, Uri, window, workspace } from "vscode";
import {
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";
import { showNextSteps } from "./show-next-steps.js";

let client: LanguageClient | undefined;

/** Starts the bundled Pathwise language server for pathway and profile files. */
export async function activate(context: ExtensionContext): Promise<void> {
  const preview = window.createOutputChannel("Pathwise next steps");
  context.subscriptions.push(
    preview,
    commands.registerCommand("pathwise.showNextSteps", () =>
      showNextSteps({
        activeUri: window.activeTextEditor?.document.uri.toString(),
        executeCommand: client
          ? (command, args) =>
              (client as LanguageClient).sendRequest(ExecuteCommandRequest.type, {
                command,
                arguments: [...args],
              })
          : undefined,
        displayPath: (uri) => workspace.asRelativePath(Uri.parse(uri)),
        showPreview: (text) => {
          preview.replace(text);
          preview.show(true);
        },
        showError: (message) => void window.showErrorMessage(`Pathwise: ${message}`),
      }),
    ),
  );
  if (!workspace.getConfiguration("pathwise").get<boolean>("enable", true)) return;
  const module = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    // The files have language ids of their own, so the YAML extension, which serves `yaml`,
    // leaves them to this server: each problem and each completion is said once.
    documentSelector: [
      { scheme: "file", language: "pathwise-pathway" },
      { scheme: "file", language: "pathwise-profile" },
    ],
  };
  client = new LanguageClient("pathwise", "Pathwise", serverOptions, clientOptions);
  await client.start();
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
