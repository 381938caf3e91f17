// docs/cli.md shows each command's real help, so the reference cannot drift from the binary.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pathwise } from "./pathwise.js";

const doc = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");

describe("docs/cli.md", () => {
  const main = pathwise(["--help"]).stdout;
  const commandList = /Commands:\n([\s\S]*?)\n\n/.exec(main)?.[1] ?? "";
  const names = [...commandList.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1] as string);

  it("documents every command with its exact help output", () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      expect(doc, name).toContain(`## \`pathwise ${name}\``);
      expect(doc, name).toContain(`\`\`\`text\n${pathwise([name, "--help"]).stdout}\`\`\``);
    }
  });

  it("documents every output format and exit code", () => {
    for (const format of ["stylish", "json", "github", "sarif", "junit"]) {
      expect(doc).toContain(`| \`${format}\``);
    }
    for (const code of [0, 1, 2]) expect(doc).toMatch(new RegExp(`^\\| ${code} \\|`, "m"));
  });
});
