// Browser-test support for the examples: serve a built app on a loopback port and drive
// Debian's Chromium with playwright-core. Playwright's own browser download cannot work on this
// project's machines; .ci/run installs Debian's `chromium` package when it is missing.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { promisify } from "node:util";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export type { Page };

/** Where Debian's `chromium` package installs the browser. */
export const chromiumPath = process.env.PATHWISE_CHROMIUM ?? "/usr/bin/chromium";

// Without the background-networking flags Chromium keeps dialling Google's hosts, which this
// project's machines cannot reach.
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Builds an example app with its own Vite, as `vite build` in its folder does, into `dist/`.
 * It runs in a child process because vitest sets NODE_ENV=test, which Vite would bake into
 * the bundle (React's development build, for one).
 */
export async function buildApp(root: string): Promise<string> {
  await promisify(execFile)(
    process.execPath,
    [join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
  return join(root, "dist");
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/** Serves a folder of built files on 127.0.0.1 at a free port; `/` is `index.html`. */
export async function serveDirectory(
  root: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": contentTypes[extname(file)] ?? "application/octet-stream",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Starts headless Chromium with a fresh profile folder. Pages from `newPage` collect their
 * uncaught errors and console errors in `errors`, so a test can assert the page ran cleanly.
 */
export async function launchChromium(): Promise<{
  context: BrowserContext;
  newPage: () => Promise<Page>;
  errors: string[];
  close: () => Promise<void>;
}> {
  const userDataDir = mkdtempSync(join(tmpdir(), "pathwise-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
  });
  const errors: string[] = [];
  const newPage = async () => {
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    return page;
  };
  return {
    context,
    newPage,
    errors,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Builds an example app, serves the build on a free loopback port and opens a page in a fresh
 * headless Chromium: what every browser test of an example starts with.
 */
export async function openBuiltApp(root: string): Promise<{
  page: Page;
  url: string;
  errors: string[];
  close: () => Promise<void>;
}> {
  const [dist, browser] = await Promise.all([buildApp(root), launchChromium()]);
  const server = await serveDirectory(dist);
  const page = await browser.newPage();
  return {
    page,
    url: server.url,
    errors: browser.errors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
