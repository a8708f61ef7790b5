import type { DuckDBAppender } from "@duckdb/node-api";
import { type Kysely, sql } from "kysely";
import type { DuckDbDialect } from "./duckdb/duckdb-dialect.ts";
import type { Database } from "./schema.ts";
import type { ColumnType } from "./source-tables.ts";

export type BulkValue = string | number | boolean | null;

export interface BulkColumn {
  name: string;
  type: ColumnType;
}

/** Rows appended to one table until it is closed. */
export interface BulkAppend {
  append(rows: BulkValue[][]): Promise<void>;
  /** Makes every appended row visible to the next query. */
  close(): Promise<void>;
}

/**
 * Appends many rows to a table inside the caller's transaction: the one place where the two
 * engines load data differently. PostgreSQL takes multi-row INSERTs; DuckDB's parameterised
 * INSERTs are slow for millions of rows, so it uses DuckDB's appender on the same connection.
 */
export interface BulkLoader {
  open(
    tx: Kysely<Database>,
    target: { table: string; temporary: boolean },
    columns: BulkColumn[],
  ): Promise<BulkAppend>;
}

// PostgreSQL allows 65,535 parameters per statement; 500 rows of our widest table stay below.
const ROWS_PER_STATEMENT = 500;

export const insertLoader: BulkLoader = {
  async open(tx, { table }, columns) {
    const names = sql.join(columns.map((column) => sql.id(column.name)));
    return {
      async append(rows) {
        for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
          const values = rows
            .slice(start, start + ROWS_PER_STATEMENT)
            .map((row) => sql`(${sql.join(row)})`);
          await sql`insert into ${sql.id(table)} (${names}) values ${sql.join(values)}`.execute(tx);
        }
      },
      async close() {},
    };
  },
};

/**
 * DuckDB's appender, one per table for the whole load: it reads text into DATE, DECIMAL and
 * TIMESTAMPTZ columns exactly, and writes whole row groups rather than many small ones.
 */
export function appenderLoader(dialect: DuckDbDialect): BulkLoader {
  return {
    async open(_tx, { table, temporary }, columns) {
      // Temporary tables live in DuckDB's `temp` catalog; Fourfold's own tables in `main`.
      const appender = await dialect
        .rawConnection()
        .createAppender(table, "main", temporary ? "temp" : null);
      return {
        async append(rows) {
          for (const row of rows) appendRow(appender, columns, row);
        },
        async close() {
          appender.flushSync();
          appender.closeSync();
        },
      };
    },
  };
}

function appendRow(appender: DuckDBAppender, columns: BulkColumn[], row: BulkValue[]): void {
  for (let i = 0; i < columns.length; i++) {
    const value = row[i];
    const type = columns[i]!.type;
    if (value === null || value === undefined) appender.appendNull();
    else if (typeof value === "boolean") appender.appendBoolean(value);
    else if (typeof value === "number" && type === "integer") appender.appendInteger(value);
    else if (typeof value === "number" && type === "bigint") appender.appendBigInt(BigInt(value));
    else appender.appendVarchar(String(value));
  }
  appender.endRow();
}
