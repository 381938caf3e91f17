// Starts the app on a real HTTP server; used by main.ts and by the tests alike.
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { type AppOptions, createApp } from "./app.js";

/** A running service: its base URL and how to stop it. */
export interface RunningServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** Starts the service on `host:port` (port 0 picks a free one) and resolves once it listens. */
export function startServer(
  options: AppOptions & { readonly port?: number; readonly host?: string },
): Promise<RunningServer> {
  const app = createApp(options);
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, (info) => {
      const { port } = info as AddressInfo;
      resolve({
        url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections would hold close() open until they time out.
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
    server.once("error", reject);
  });
}
