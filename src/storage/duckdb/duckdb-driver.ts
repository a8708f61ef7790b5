import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
} from "kysely";
import { type Cell, toCell } from "./duckdb-values.ts";

export interface DuckDbDialectConfig {
  /** A file path, or `:memory:`. */
  path: string;
}

/**
 * One embedded DuckDB instance and one connection per process. DuckDB allows one writing
 * process per file, and a single connection keeps Kysely's transactions simple: the
 * adapter declares it, so Kysely serialises every query and transaction through it.
 */
export class DuckDbDriver implements Driver {
  readonly #config: DuckDbDialectConfig;
  #instance: DuckDBInstance | undefined;
  #connection: DuckDbConnection | undefined;

  constructor(config: DuckDbDialectConfig) {
    this.#config = config;
  }

  async init(): Promise<void> {
    this.#instance = await DuckDBInstance.create(this.#config.path, {
      // Nothing downloads at run time: only the built-in extensions are used.
      autoinstall_known_extensions: "false",
      autoload_known_extensions: "false",
    });
    const connection = await this.#instance.connect();
    // Timestamps with time zone render and truncate in UTC, as on our PostgreSQL sessions.
    await connection.run("set TimeZone = 'UTC'");
    this.#connection = new DuckDbConnection(connection);
  }

  rawConnection(): DuckDBConnection | undefined {
    return this.#connection?.raw;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    if (!this.#connection) throw new Error("DuckDB driver used before init()");
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin transaction"));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async savepoint(
    _connection: DatabaseConnection,
    _name: string,
    _compile: QueryCompiler["compileQuery"],
  ): Promise<void> {
    throw new Error("DuckDB does not support savepoints: use one transaction");
  }

  async releaseConnection(): Promise<void> {
    // The one connection lives as long as the driver.
  }

  async destroy(): Promise<void> {
    this.#connection?.close();
    this.#instance?.closeSync();
    this.#connection = undefined;
    this.#instance = undefined;
  }
}

class DuckDbConnection implements DatabaseConnection {
  readonly #connection: DuckDBConnection;

  constructor(connection: DuckDBConnection) {
    this.#connection = connection;
  }

  get raw(): DuckDBConnection {
    return this.#connection;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const reader = await this.#connection.runAndReadAll(
      compiledQuery.sql,
      compiledQuery.parameters.map(toParameter),
    );
    const rows = reader.convertRowObjects<Cell>(toCell) as R[];
    const kind = compiledQuery.query.kind;
    const changes =
      kind === "InsertQueryNode" || kind === "UpdateQueryNode" || kind === "DeleteQueryNode"
        ? BigInt(reader.rowsChanged)
        : undefined;
    return changes === undefined ? { rows } : { rows, numAffectedRows: changes };
  }

  async *streamQuery<R>(
    compiledQuery: CompiledQuery,
    chunkSize: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    const result = await this.#connection.stream(
      compiledQuery.sql,
      compiledQuery.parameters.map(toParameter),
    );
    let rows: R[] = [];
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const names = result.columnNames();
      const types = result.columnTypes();
      for (const row of chunk.getRows()) {
        const object: Record<string, Cell> = {};
        row.forEach((value, i) => {
          object[names[i]!] = toCell(value, types[i]!, toCell);
        });
        rows.push(object as R);
        if (rows.length >= chunkSize) {
          yield { rows };
          rows = [];
        }
      }
    }
    if (rows.length > 0) yield { rows };
  }

  close(): void {
    this.#connection.closeSync();
  }
}

/** Parameters reach DuckDB as the JS values Kysely passes; a Date becomes its ISO instant. */
function toParameter(value: unknown): string | number | boolean | bigint | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (typeof value === "bigint") return value;
  throw new TypeError(`cannot pass a ${typeof value} to DuckDB as a query parameter`);
}
