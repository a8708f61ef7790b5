#!/usr/bin/env node
import { runCli } from "./cli.ts";

// `fourfold imports | head`: a reader that stops early is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), process.env);
