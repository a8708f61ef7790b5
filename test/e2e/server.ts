// A real Fourfold server for the browser tests: `node src/server/start.ts` on a fresh
// DuckDB file in a temporary folder and a free port, as `npm start` runs it. An empty
// database gets the demo organisation at start, so the tests see Fjordline's data.

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const startedMessage = "Fourfold is running at";

export interface RunningServer {
  url: string;
  /** Server output so far, for a failing test to show. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Builds the web app when web/ has changed since the last build (CI builds it in
 * `npm ci`'s prepare step; a developer may have edited it since).
 */
export function buildWebAppIfStale(): void {
  const index = join(root, "dist/web/index.html");
  if (existsSync(index) && newestChange(join(root, "web")) <= statSync(index).mtimeMs) return;
  const vite = join(root, "node_modules/vite/bin/vite.js");
  const built = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: root,
    encoding: "utf8",
    // Vitest runs with NODE_ENV=test, which would build React's development bundle.
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (built.status !== 0) throw new Error(`vite build failed:\n${built.stdout}\n${built.stderr}`);
}

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/** `env` adds to the server's environment: `{ FOURFOLD_DEMO: "off" }` starts it empty. */
export async function startServer(
  options: { env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const folder = mkdtempSync(join(tmpdir(), "fourfold-e2e-"));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    FOURFOLD_DB: join(folder, "fourfold.duckdb"),
    // Quiet unless asked: a line per request is noise here, errors are kept for the output.
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    ...options.env,
  };
  // The browser tests run on DuckDB: a DATABASE_URL would point the server elsewhere.
  delete env.DATABASE_URL;
  // FOURFOLD_E2E_SERVER names another entry script, to try the tests against a server in
  // the making; by default it is exactly what `npm start` runs.
  const entry = process.env.FOURFOLD_E2E_SERVER ?? join(root, "src/server/start.ts");
  const child = spawn(process.execPath, [entry], { cwd: root, env, stdio: "pipe" });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  await started(child, () => output);
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      await stopped(child);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

function started(child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server did not start within 90 s:\n${output()}`));
    }, 90_000);
    const check = () => {
      if (!output().includes(startedMessage)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it started:\n${output()}`));
    });
  });
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}
