// The `pathwise` executable: real I/O wired to the in-process CLI.
import { createNodeIo } from "./node-io.js";
import { runCli } from "./run.js";

const io = createNodeIo();
// A closed pipe (`pathwise validate | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), io);
