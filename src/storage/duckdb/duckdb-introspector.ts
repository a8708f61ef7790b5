import {
  type ColumnMetadata,
  type DatabaseIntrospector,
  type Kysely,
  type SchemaMetadata,
  sql,
  type TableMetadata,
} from "kysely";
import { DEFAULT_MIGRATION_LOCK_TABLE, DEFAULT_MIGRATION_TABLE } from "kysely/migration";

interface ColumnRow {
  schema: string;
  table: string;
  table_type: string;
  column: string;
  type: string;
  nullable: string;
  has_default: boolean;
}

/** Reads tables and columns from DuckDB's information_schema (Kysely's migrator needs it). */
export class DuckDbIntrospector implements DatabaseIntrospector {
  readonly #db: Kysely<unknown>;

  constructor(db: Kysely<unknown>) {
    this.#db = db;
  }

  async getSchemas(): Promise<SchemaMetadata[]> {
    const result = await sql<{ name: string }>`
      select distinct schema_name as name from information_schema.schemata
      where catalog_name = current_database()`.execute(this.#db);
    return result.rows;
  }

  async getTables(options: { withInternalKyselyTables?: boolean } = {}): Promise<TableMetadata[]> {
    const result = await sql<ColumnRow>`
      select c.table_schema as schema, c.table_name as "table", t.table_type,
             c.column_name as "column", c.data_type as type, c.is_nullable as nullable,
             c.column_default is not null as has_default
      from information_schema.columns c
      join information_schema.tables t
        on t.table_catalog = c.table_catalog and t.table_schema = c.table_schema
       and t.table_name = c.table_name
      where c.table_catalog = current_database()
      order by c.table_schema, c.table_name, c.ordinal_position`.execute(this.#db);
    const internal = new Set([DEFAULT_MIGRATION_TABLE, DEFAULT_MIGRATION_LOCK_TABLE]);
    const tables = new Map<string, TableMetadata & { columns: ColumnMetadata[] }>();
    for (const row of result.rows) {
      if (!options.withInternalKyselyTables && internal.has(row.table)) continue;
      const id = `${row.schema}.${row.table}`;
      let table = tables.get(id);
      if (!table) {
        table = {
          name: row.table,
          schema: row.schema,
          isView: row.table_type === "VIEW",
          isForeign: false,
          columns: [],
        };
        tables.set(id, table);
      }
      table.columns.push({
        name: row.column,
        dataType: row.type,
        isNullable: row.nullable === "YES",
        hasDefaultValue: row.has_default,
        isAutoIncrementing: false,
      });
    }
    return [...tables.values()];
  }
}
