// Runs one Command object the way `runCli` does (options, positionals, errors to lines and
// exit codes), for the tests of commands before the lead lists them in cli.ts's table.
// Once they are listed, test/cli.ts's `fourfold` runs them through runCli itself.

import { parseArgs } from "node:util";
import type { CliRun } from "../../test/cli.ts";
import type { Command } from "./cli.ts";
import { describeError, exitCodeOf } from "./errors.ts";

export async function runCommand(
  command: Command,
  args: string[],
  env: Record<string, string>,
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { db: { type: "string" }, json: { type: "boolean" }, ...command.options },
      strict: true,
      allowPositionals: true,
    });
    const { min = 0, max = min } = command.positionals ?? {};
    if (positionals.length < min || positionals.length > max) {
      throw new Error(`wrong number of arguments: ${positionals.join(" ")}`);
    }
    await command.run(values as Record<string, string | boolean | undefined>, positionals, {
      dbPath: undefined,
      json: values.json === true,
      env,
      print: (line) => {
        stdout += `${line}\n`;
      },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    for (const line of describeError(error)) stderr += `${line}\n`;
    return { status: exitCodeOf(error), stdout, stderr };
  }
}
