// Every export of every published entry shows its use: the doc comment of each exported
// declaration has an `@example`, which the API reference (`pnpm run api-docs`) renders, and every
// example type-checks against the built declaration files, as users' editors see them. An example
// may use `pathway`, `profile`, a `date`, the YAML texts `text` and `profileText`, `profileJson`, and
// a web `request`; it runs as the body of an async function.
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { entryDeclarations } from "./entry-declarations.js";

const root = join(import.meta.dirname, "../..");

const options: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: ["node"],
  strict: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true,
};

const files = entryDeclarations();
const program = ts.createProgram([...files.values()], options);
const checker = program.getTypeChecker();

/** The exports of one entry, each with the code of its `@example` tags. */
function examplesOf(entry: string): { name: string; examples: string[] }[] {
  const file = program.getSourceFile(files.get(entry) as string);
  const module = file && checker.getSymbolAtLocation(file);
  if (!module) throw new Error(`No declarations for ${entry}`);
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const examples = symbol
      .getJsDocTags(checker)
      .filter((tag) => tag.name === "example")
      .map((tag) => ts.displayPartsToString(tag.text).replace(/^```\w*\n|\n```$/g, ""));
    return { name: exported.getName(), examples };
  });
}

/**
 * One module per example: its own imports first, then every name of every entry it does not
 * import itself, the shared inputs, and the example as the body of a function.
 */
function exampleModule(code: string): string {
  const lines = code.split("\n");
  const own = lines.filter((line) => line.startsWith("import "));
  const ownNames = new Set(own.flatMap((line) => /\{([^}]*)\}/.exec(line)?.[1]?.split(",") ?? []));
  const taken = new Set([...ownNames].map((n) => n.trim()));
  const imports = [...files.keys()].map((entry) => {
    const names = examplesOf(entry)
      .map((e) => e.name)
      .filter((n) => !taken.has(n));
    names.forEach((n) => taken.add(n));
    return `import { ${names.join(", ")} } from "${entry}";`;
  });
  const vscode = ["createConnection", "ProposedFeatures"].filter((n) => !taken.has(n));
  return [
    ...own,
    ...imports,
    vscode.length ? `import { ${vscode.join(", ")} } from "vscode-languageserver/node";` : "",
    "declare const pathway: Pathway;",
    "declare const profile: Profile;",
    "declare const text: string;",
    "declare const profileText: string;",
    "declare const profileJson: string;",
    "declare const date: string;",
    "declare const request: Request;",
    "export async function example() {",
    ...lines.filter((line) => !line.startsWith("import ")),
    "}",
    "export {};",
  ].join("\n");
}

/** The type errors of each example, by export name. */
function typeErrors(examples: { name: string; code: string }[]): Record<string, string[]> {
  const sources = new Map(
    examples.map((e, i) => [
      join(root, "packages/language-server", `__example${i}.ts`),
      { ...e, text: exampleModule(e.code) },
    ]),
  );
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (
    (exists) => (f: string) =>
      sources.has(f) || exists(f)
  )(host.fileExists);
  host.readFile = (f) => sources.get(f)?.text ?? readFile(f);
  host.getSourceFile = (f, version) => {
    const source = sources.get(f);
    return source ? ts.createSourceFile(f, source.text, version) : getSourceFile(f, version);
  };
  const checked = ts.createProgram([...sources.keys()], options, host, program);
  const out: Record<string, string[]> = {};
  for (const [file, { name }] of sources) {
    const errors = ts
      .getPreEmitDiagnostics(checked, checked.getSourceFile(file))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    if (errors.length > 0) out[name] = errors;
  }
  return out;
}

describe("API reference", () => {
  it.each([...files.keys()])("every export of %s has an @example", (entry) => {
    const missing = examplesOf(entry).filter((e) => e.examples.length === 0);
    expect(missing.map((e) => e.name)).toEqual([]);
  });

  it("has examples that type-check against the built entries", () => {
    const seen = new Set<string>();
    const examples = [...files.keys()]
      .flatMap((entry) => examplesOf(entry))
      .flatMap(({ name, examples }) => examples.map((code) => ({ name, code })))
      .filter(({ code }) => !seen.has(code) && seen.add(code) !== undefined);
    expect(examples.length).toBeGreaterThan(150);
    expect(typeErrors(examples)).toEqual({});
  });
});
