import type { CommandSpec, ParsedArgs } from "./args.js";
import type { CliIo } from "./io.js";

/** What every command runs with. */
export interface CommandContext {
  readonly io: CliIo;
  /** The CLI's own version. */
  readonly version: string;
}

/** A command: its interface and what it does. `run` resolves to the exit code. */
export interface Command {
  readonly spec: CommandSpec;
  run(args: ParsedArgs, context: CommandContext): Promise<number>;
}
