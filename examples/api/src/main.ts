// Entry point: reads the environment and the clock, loads the pathways, starts the server.
// PORT (default 3000), HOST (default 127.0.0.1), PATHWAYS (a folder; default the repository's
// pathways/), MAX_BODY_BYTES (default 262144), ENGINE_THREADS (default: one per core).

import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defaultMaxBodyBytes } from "./app.js";
import { createEnginePool } from "./engine-pool.js";
import { loadPathwayFolder } from "./load-pathways.js";
import { startServer } from "./server.js";

/** Today's local date as YYYY-MM-DD: the only place the service reads the clock. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const folder =
  process.env.PATHWAYS ?? fileURLToPath(new URL("../../../pathways/", import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const maxBodyBytes = Number(process.env.MAX_BODY_BYTES ?? defaultMaxBodyBytes);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, found ${process.env.PORT}.`);
  process.exit(2);
}
const engineThreads = Number(process.env.ENGINE_THREADS ?? availableParallelism());
if (!Number.isInteger(engineThreads) || engineThreads < 1) {
  console.error(
    `ENGINE_THREADS must be a whole number from 1, found ${process.env.ENGINE_THREADS}.`,
  );
  process.exit(2);
}
if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) {
  console.error(
    `MAX_BODY_BYTES must be a positive whole number, found ${process.env.MAX_BODY_BYTES}.`,
  );
  process.exit(2);
}

try {
  const pathways = await loadPathwayFolder(folder, today());
  const engine = createEnginePool(pathways, engineThreads);
  const server = await startServer({
    pathways,
    today,
    engine: engine.run,
    maxBodyBytes,
    port,
    host: process.env.HOST ?? "127.0.0.1",
  });
  console.log(`Pathwise API on ${server.url} serving ${pathways.map((p) => p.id).join(", ")}`);
  const stop = () =>
    void server
      .close()
      .then(engine.close)
      .then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
