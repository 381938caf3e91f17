// The stdio entry: `pathwise-language-server --stdio` (the flag is accepted for clients that pass it).
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { nodeWorkspaceFiles } from "./node-workspace.js";
import { startServer } from "./server.js";

startServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout), {
  workspace: nodeWorkspaceFiles,
});
