// The browser-worker entry: the same server over postMessage.
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
} from "vscode-languageserver/browser";
import { startServer } from "./server.js";

declare const self: DedicatedWorkerGlobalScope;

startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)));

/** Marks this worker script as an ES module for tools that inspect it. */
export const isPathwiseWorker = true;
