import type { DuckDBConnection } from "@duckdb/node-api";
import type {
  DatabaseIntrospector,
  Dialect,
  DialectAdapter,
  Driver,
  Kysely,
  QueryCompiler,
} from "kysely";
import { DuckDbAdapter } from "./duckdb-adapter.ts";
import { type DuckDbDialectConfig, DuckDbDriver } from "./duckdb-driver.ts";
import { DuckDbIntrospector } from "./duckdb-introspector.ts";
import { DuckDbQueryCompiler } from "./duckdb-query-compiler.ts";

/** Kysely on the embedded DuckDB file: the dialect only wires its parts together. */
export class DuckDbDialect implements Dialect {
  readonly #config: DuckDbDialectConfig;
  #driver: DuckDbDriver | undefined;

  constructor(config: DuckDbDialectConfig) {
    this.#config = config;
  }

  createDriver(): Driver {
    this.#driver = new DuckDbDriver(this.#config);
    return this.#driver;
  }

  /**
   * The one DuckDB connection under Kysely, for DuckDB's appender (bulk-load.ts). Only use
   * it while holding that connection through Kysely (inside a transaction), so nothing else
   * runs on it at the same time.
   */
  rawConnection(): DuckDBConnection {
    const connection = this.#driver?.rawConnection();
    if (!connection) throw new Error("the DuckDB connection is opened by the first query");
    return connection;
  }

  createQueryCompiler(): QueryCompiler {
    return new DuckDbQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new DuckDbAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new DuckDbIntrospector(db);
  }
}
