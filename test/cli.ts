import { type CliIo, runCli } from "../src/cli/cli.ts";

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in this process, as `fourfold …` would, capturing what it prints. */
export async function fourfold(args: string[], env: Record<string, string>): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const status = await runCli(args, env, io);
  return { status, stdout, stderr };
}
