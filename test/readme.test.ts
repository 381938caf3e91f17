// The README's two set-up commands must stay true. The install and test parts run in CI itself;
// here the part that does the main job (after `pnpm build`) runs as written.
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const block = /## Set up on a fresh machine[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
const [mainJob, testJob] = block.trim().split("\n");

describe("README", () => {
  it("shows exactly two set-up commands: the main job and the tests", () => {
    expect(block.trim().split("\n")).toHaveLength(2);
    expect(mainJob).toMatch(/^npm i -g pnpm@12\.21\.0 && pnpm install && pnpm build && /);
    expect(testJob).toBe("pnpm install && pnpm test");
  });

  it("runs the main job on the bundled flagship pathway", () => {
    const command = (mainJob ?? "").split(" && ").slice(3).join(" && ");
    const out = execSync(command, { cwd: root, encoding: "utf8" });
    expect(out).toMatch(/^Next steps on 2026-11-24:\n {2}1\. Earn the PTCB CPhT/m);
    expect(out).toContain("It is on the quickest route to Lead pharmacy technician");
  });
});
