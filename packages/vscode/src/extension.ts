import * as path from "node:path";
import { type ExtensionContext, workspace } from "vscode";
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/** Starts the bundled Pathwise language server for pathway and profile files. */
export async function activate(context: ExtensionContext): Promise<void> {
  if (!workspace.getConfiguration("pathwise").get<boolean>("enable", true)) return;
  const module = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "yaml", pattern: "**/*.pathway.yaml" }],
  };
  client = new LanguageClient("pathwise", "Pathwise", serverOptions, clientOptions);
  await client.start();
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
