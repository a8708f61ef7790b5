// The `fourfold` command line (shared/spec/cli.md). Each command lives in its own file;
// this one parses the invocation and turns errors into messages and exit codes in one place.
import { type ParseArgsOptionsConfig, parseArgs } from "node:util";
import { applyCommand } from "./apply.ts";
import { campaignsCommand } from "./campaigns.ts";
import type { CommandContext } from "./context.ts";
import { describeError, exitCodeOf } from "./errors.ts";
import { exportCommand } from "./export.ts";
import { importCommand } from "./import.ts";
import { importsCommand } from "./imports.ts";
import { initCommand } from "./init.ts";
import { kpisCommand } from "./kpis.ts";
import { scorecardCommand } from "./scorecard.ts";
import { UsageError, usage } from "./usage.ts";
import { valuesCommand } from "./values.ts";

/** One command: its options (beside the common ones) and what it does. */
export interface Command {
  options: ParseArgsOptionsConfig;
  /** How many positional arguments it takes, e.g. `{ min: 1 }` for `import FILE…`. */
  positionals?: { min: number; max?: number; names: string };
  run(
    values: Record<string, string | boolean | undefined>,
    positionals: string[],
    context: CommandContext,
  ): Promise<void>;
}

const commonOptions = {
  db: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean" },
} as const satisfies ParseArgsOptionsConfig;

const commands: Record<string, Command> = {
  init: initCommand,
  import: importCommand,
  imports: importsCommand,
  kpis: kpisCommand,
  campaigns: campaignsCommand,
  apply: applyCommand,
  export: exportCommand,
  scorecard: scorecardCommand,
  values: valuesCommand,
};

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs one invocation and returns its exit status: 0 done, 1 rejected input, 2 wrong usage. */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIo = processIo,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "help") {
    io.stdout(`${usage}\n`);
    return 0;
  }
  try {
    if (name === undefined) throw new UsageError("no command given");
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) throw new UsageError(`unknown command \`${name}\``);
    const { values, positionals } = parseCommandLine(name, command, rest);
    if (values.help) {
      io.stdout(`${usage}\n`);
      return 0;
    }
    const context: CommandContext = {
      dbPath: typeof values.db === "string" ? values.db : undefined,
      json: values.json === true,
      env,
      print: (line) => io.stdout(`${line}\n`),
    };
    await command.run(values, positionals, context);
    return 0;
  } catch (error) {
    for (const line of describeError(error)) io.stderr(`${line}\n`);
    if (error instanceof UsageError) io.stderr(`\n${usage}\n`);
    return exitCodeOf(error);
  }
}

function parseCommandLine(name: string, command: Command, args: string[]) {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: { ...commonOptions, ...command.options },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(describeParseError(name, error));
  }
  const { min = 0, max = min, names = "" } = command.positionals ?? {};
  const count = parsed.positionals.length;
  if (count < min || count > max) {
    const problem =
      count > max ? `unexpected argument \`${parsed.positionals[max]}\`` : "missing argument";
    const expected = names ? `usage is \`${name} ${names}\`` : `\`${name}\` takes no arguments`;
    throw new UsageError(`${problem}: ${expected}`);
  }
  return {
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
  };
}

/** node:util's messages are written for programmers; say the same for a user of `name`. */
function describeParseError(name: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  const code = (error as { code?: string }).code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) {
    return `unknown option \`${option}\` for \`${name}\``;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    return message.includes("does not take an argument")
      ? `option \`${option}\` of \`${name}\` takes no value`
      : `option \`${option}\` of \`${name}\` needs a value`;
  }
  return message;
}
