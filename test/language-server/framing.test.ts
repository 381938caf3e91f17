// Issue 14, finding 9: the built server over stdio, fed malformed framing. It used to keep
// running and never answer again; now it names the problem on standard error and exits 1, so
// that the client restarts it. Well-framed input, however it is chunked, still works.
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { spawnBuiltServer } from "./built-server.js";

const frame = (message: unknown, extra = "") => {
  const body = Buffer.from(JSON.stringify(message), "utf8");
  return Buffer.concat([
    Buffer.from(`Content-Length: ${body.length}\r\n${extra}\r\n`, "ascii"),
    body,
  ]);
};
const initialize = (id: number) => ({
  jsonrpc: "2.0",
  id,
  method: "initialize",
  params: { processId: null, rootUri: null, capabilities: {} },
});

/** Starts the server, initializes it (the answer proves it listens), then sends `bad`. */
async function feed(bad: Buffer | string) {
  const child = spawnBuiltServer();
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (c) => {
    stderr += String(c);
  });
  const answered = new Promise<void>((resolve) => {
    child.stdout.on("data", (c) => {
      stdout += String(c);
      if (stdout.includes('"id":1')) resolve();
    });
  });
  child.stdin.write(frame(initialize(1)));
  await answered;
  child.stdin.write(bad);
  const [code] = await once(child, "exit");
  return { code, stderr };
}

const json = '{"jsonrpc":"2.0","id":2,"method":"shutdown"}';
const cases: [string, Buffer | string, RegExp][] = [
  ["a non-numeric Content-Length", `Content-Length: ten\r\n\r\n${json}`, /Content-Length/],
  ["a negative Content-Length", `Content-Length: -5\r\n\r\n${json}`, /Content-Length/],
  ["a Content-Length of 2^53", `Content-Length: 9007199254740992\r\n\r\n${json}`, /Content-Length/],
  ["a Content-Length too short", `Content-Length: 10\r\n\r\n${json}`, /header line/],
  [
    "a Content-Length too long, then the next message",
    `Content-Length: ${json.length + 10}\r\n\r\n${json}Content-Length: ${json.length}\r\n\r\n${json}`,
    /header/,
  ],
  ["LF-only separators", `Content-Length: ${json.length}\n\n${json}`, /bare LF/],
  [
    "a duplicate header",
    `Content-Length: ${json.length}\r\nContent-Length: ${json.length}\r\n\r\n${json}`,
    /one content-length/,
  ],
  ["no Content-Length", `Content-Type: application/json\r\n\r\n${json}`, /Content-Length header/],
  ["binary garbage", Buffer.from([0xff, 0x00, 0x13, 0x37, 0x0d, 0x0a, 0x0d, 0x0a]), /binary/],
];

describe("the language server on malformed framing", () => {
  for (const [name, bad, reason] of cases) {
    it(`exits 1 with a logged reason on ${name}`, async () => {
      const { code, stderr } = await feed(bad);
      expect(code).toBe(1);
      expect(stderr).toMatch(/^pathwise-language-server: malformed message on standard input: /);
      expect(stderr).toMatch(reason);
    });
  }

  it("answers well-framed messages sent one byte at a time, with a Content-Type", async () => {
    const child = spawnBuiltServer();
    let stdout = "";
    const answered = new Promise<void>((resolve) => {
      child.stdout.on("data", (c) => {
        stdout += String(c);
        if (stdout.includes('"id":7')) resolve();
      });
    });
    const bytes = frame(
      initialize(7),
      "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n",
    );
    for (const byte of bytes) child.stdin.write(Buffer.from([byte]));
    await answered;
    child.stdin.write(frame({ jsonrpc: "2.0", id: 8, method: "shutdown" }));
    child.stdin.write(frame({ jsonrpc: "2.0", method: "exit" }));
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
  });
});
