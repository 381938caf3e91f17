// The browser-worker entry: the same server over postMessage.
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
} from "vscode-languageserver/browser";
import { startServer } from "./server.js";

declare const self: DedicatedWorkerGlobalScope;

startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)));

/**
 * Marks this worker script as an ES module for tools that inspect it.
 *
 * @example
 * // In the page: start the server as a module worker.
 * const worker = new Worker(new URL("@pathwise/language-server/browser", import.meta.url), { type: "module" });
 */
export const isPathwiseWorker = true;
