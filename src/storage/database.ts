import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { type Dialect, Kysely, PostgresDialect } from "kysely";
import { Migrator } from "kysely/migration";
import pg from "pg";
import { appenderLoader, type BulkLoader, insertLoader } from "./bulk-load.ts";
import { DuckDbDialect } from "./duckdb/duckdb-dialect.ts";
import { migrations } from "./migrations/index.ts";
import { postgresTypes } from "./postgres-types.ts";
import type { Database } from "./schema.ts";

export type Engine = "duckdb" | "postgres";

/** Where Fourfold keeps its data: the embedded DuckDB file, or a PostgreSQL server. */
export type StorageLocation =
  | { engine: "duckdb"; path: string }
  | { engine: "postgres"; url: string };

export interface Storage {
  engine: Engine;
  db: Kysely<Database>;
  /** How this engine appends many rows at once (imports). */
  bulkLoader: BulkLoader;
  close(): Promise<void>;
}

export const DEFAULT_DUCKDB_PATH = "data/fourfold.duckdb";

/**
 * Chooses the storage the CLI and the server use (cli.md, Invocation): `DATABASE_URL`
 * selects PostgreSQL; otherwise `--db PATH`, `FOURFOLD_DB`, or `data/fourfold.duckdb`.
 */
export function chooseStorage(options: {
  dbPath?: string | undefined;
  env: Record<string, string | undefined>;
}): StorageLocation {
  const url = options.env.DATABASE_URL;
  if (url && !options.dbPath) return { engine: "postgres", url };
  return {
    engine: "duckdb",
    path: options.dbPath ?? options.env.FOURFOLD_DB ?? DEFAULT_DUCKDB_PATH,
  };
}

/** Opens the database and brings its schema up to date before anything else touches it. */
export async function openStorage(location: StorageLocation): Promise<Storage> {
  const { dialect, bulkLoader } = dialectFor(location);
  const db = new Kysely<Database>({ dialect });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { engine: location.engine, db, bulkLoader, close: () => db.destroy() };
}

function dialectFor(location: StorageLocation): { dialect: Dialect; bulkLoader: BulkLoader } {
  if (location.engine === "postgres") {
    const pool = new pg.Pool({ connectionString: location.url, types: postgresTypes, max: 10 });
    // An idle connection the server ends (a restart, an administrator) is dropped by the
    // pool and replaced on the next query; without a listener it would crash the process.
    pool.on("error", () => {});
    return { dialect: new PostgresDialect({ pool }), bulkLoader: insertLoader };
  }
  if (location.path !== ":memory:") mkdirSync(dirname(location.path), { recursive: true });
  const dialect = new DuckDbDialect({ path: location.path });
  return { dialect, bulkLoader: appenderLoader(dialect) };
}

async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
