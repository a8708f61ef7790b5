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

  constructor(config: DuckDbDialectConfig) {
    this.#config = config;
  }

  createDriver(): Driver {
    return new DuckDbDriver(this.#config);
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
