// The `pathwise` executable: real I/O wired to the in-process CLI.
import { removePendingTemporaryFiles } from "./internal/write-file-atomic.js";
import { createNodeIo } from "./node-io.js";
import { runCli } from "./run.js";

const io = createNodeIo();
// A closed pipe (`pathwise validate | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
// Interrupted mid-write: the target keeps its old content, and no temporary file is left.
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.once(signal, () => {
    removePendingTemporaryFiles();
    process.exit(code);
  });
}
process.exitCode = await runCli(process.argv.slice(2), io);
