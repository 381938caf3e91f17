import packageJson from "../package.json" with { type: "json" };
import { parseCommandArgs } from "./args.js";
import { CliError } from "./cli-error.js";
import type { Command } from "./command.js";
import { describeCommand } from "./commands/describe.js";
import { explainCommand } from "./commands/explain.js";
import { graphCommand } from "./commands/graph.js";
import { initCommand } from "./commands/init.js";
import { migrateCommand } from "./commands/migrate.js";
import { nextCommand } from "./commands/next.js";
import { planCommand } from "./commands/plan.js";
import { schemaCommand } from "./commands/schema.js";
import { testCommand } from "./commands/test.js";
import { validateCommand } from "./commands/validate.js";
import { renderCommandHelp, renderMainHelp } from "./help.js";
import { suggest } from "./internal/suggest.js";
import type { CliIo } from "./io.js";

/** The CLI's version, from its package.json. */
export const version: string = packageJson.version;

/** Every command, in the order help lists them. */
export const commands: readonly Command[] = [
  validateCommand,
  nextCommand,
  planCommand,
  explainCommand,
  testCommand,
  migrateCommand,
  graphCommand,
  describeCommand,
  schemaCommand,
  initCommand,
];

/**
 * Runs `pathwise` with its arguments (without `node` and the script) and resolves to the exit
 * code. Never throws: usage and I/O problems are one line on standard error and exit code 2.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`pathwise: ${error.message}\n`);
      if (error.helpFor) io.stderr.write(`Run \`pathwise ${error.helpFor} --help\` for usage.\n`);
      return 2;
    }
    // A bug, not a usage problem: say so in one line; the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`pathwise: internal error: ${message}\n`);
    if (io.env.PATHWISE_DEBUG && error instanceof Error && error.stack) {
      io.stderr.write(`${error.stack}\n`);
    } else {
      io.stderr.write("Set PATHWISE_DEBUG=1 to see the stack trace, and please report it.\n");
    }
    return 2;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(
      renderMainHelp(
        commands.map((c) => c.spec),
        version,
      ),
    );
    return 2;
  }
  if (first === "--help" || first === "-h") {
    io.stdout.write(
      renderMainHelp(
        commands.map((c) => c.spec),
        version,
      ),
    );
    return 0;
  }
  if (first === "--version" || first === "-v") {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined) {
      io.stdout.write(
        renderMainHelp(
          commands.map((c) => c.spec),
          version,
        ),
      );
      return 0;
    }
    io.stdout.write(renderCommandHelp(findCommand(topic).spec));
    return 0;
  }
  const command = findCommand(first);
  const args = parseCommandArgs(command.spec, rest);
  if (args.values.help === true) {
    io.stdout.write(renderCommandHelp(command.spec));
    return 0;
  }
  return command.run(args, { io, version });
}

function findCommand(name: string): Command {
  const command = commands.find((c) => c.spec.name === name);
  if (command) return command;
  const names = commands.map((c) => c.spec.name);
  const close = suggest(name, names);
  const what = name.startsWith("-") ? "option" : "command";
  throw new CliError(
    close
      ? `Unknown ${what} \`${name}\`; did you mean \`${close}\`?`
      : `Unknown ${what} \`${name}\`; the commands are ${names.join(", ")}.`,
  );
}
