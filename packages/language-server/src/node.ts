// The stdio entry: `pathwise-language-server --stdio` (the flag is accepted for clients that pass it).
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { nodeWorkspaceFiles } from "./node-workspace.js";
import { startServer } from "./server.js";
import { guardFraming } from "./stdio-framing.js";

// A malformed frame cannot be recovered from: say why on standard error (the client's log) and
// exit, so that the client starts a fresh server instead of waiting on a deaf one.
const input = guardFraming(process.stdin, (reason) => {
  process.stderr.write(
    `pathwise-language-server: malformed message on standard input: ${reason} Exiting.\n`,
  );
  process.exit(1);
});

startServer(createConnection(ProposedFeatures.all, input, process.stdout), {
  workspace: nodeWorkspaceFiles,
});
