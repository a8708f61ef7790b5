// `npm start`: opens the storage the environment chooses (migrating it) and serves Fourfold.

import { loadDemoIfEmpty } from "../demo/demo.ts";
import { InvalidInput } from "../domain/errors.ts";
import { chooseStorage, openStorage, type Storage } from "../storage/database.ts";
import { buildApp } from "./app.ts";
import { type ServerLogger, serverLoggerOf } from "./logging.ts";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const location = chooseStorage({ env: process.env });
const where =
  location.engine === "duckdb" ? `DuckDB file ${location.path}` : "PostgreSQL (DATABASE_URL)";

/** Says in one line why Fourfold cannot start (a locked file, a port in use), and exits. */
function cannotStart(what: string, error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`fourfold: cannot ${what}: ${reason}`);
  process.exit(1);
}

const logger = loggerOfEnvironment();

/** The logger LOG_LEVEL asks for; an unknown level is one line saying which ones exist. */
function loggerOfEnvironment(): ServerLogger {
  try {
    return serverLoggerOf(process.env);
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    const [issue] = error.issues;
    return cannotStart("start", new Error(`${issue?.path} ${issue?.message}`));
  }
}

const storage: Storage = await openStorage(location).catch((error) =>
  cannotStart(
    `open the ${where} (is another Fourfold using it? FOURFOLD_DB chooses another file)`,
    error,
  ),
);
if (await loadDemoIfEmpty(storage, process.env)) {
  console.log(
    "Loaded the demo: Fjordline Cycling ApS with its exports and scorecards (FOURFOLD_DEMO=off starts empty)",
  );
}
const app = await buildApp(storage, { logger });

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await app.close();
    await storage.close();
    process.exit(0);
  });
}

await app
  .listen({ port, host })
  .catch((error) => cannotStart(`listen on port ${port} (PORT chooses another)`, error));
console.log(`Fourfold is running at http://localhost:${port} (data: ${where})`);

// Monday's page first: evaluate the latest month of every scorecard, as the web app asks
// for it, while the first visitor's browser is still loading the app.
void warmUp();
async function warmUp(): Promise<void> {
  const range = await app.inject({ url: "/api/data-range" });
  const month =
    range.statusCode === 200
      ? range.json<{ latest: { month: string | null } }>().latest.month
      : null;
  const list = await app.inject({ url: "/api/scorecards" });
  if (!month || list.statusCode !== 200) return;
  for (const { key } of list.json<{ scorecards: { key: string }[] }>().scorecards) {
    const query = new URLSearchParams({ period: month, toDate: "false", trend: "12" });
    await app.inject({ url: `/api/scorecards/${encodeURIComponent(key)}/evaluation?${query}` });
  }
}
