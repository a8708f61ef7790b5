import { type Kysely, type RawBuilder, sql } from "kysely";
import type { BulkAppend, BulkLoader } from "./bulk-load.ts";
import { recordCarriers } from "./import-carriers.ts";
import type { Database } from "./schema.ts";
import { columnsOf, type SourceTable, sqlTypeOf } from "./source-tables.ts";

/** A row as a source adapter hands it to storage: column name → value (decimals as strings). */
export type StoredRow = Record<string, string | number | boolean | null>;

/** What one file did to its source table. */
export interface MergeCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Two or more rows of one file with the same natural key: an export holds each key once. */
export interface DuplicateKey {
  key: Record<string, string | number | boolean | null>;
  lines: number[];
}

const id = (name: string) => sql.id(name);
const list = (names: string[], prefix?: string) =>
  sql.join(names.map((name) => (prefix ? sql.ref(`${prefix}.${name}`) : id(name))));

/**
 * Loads one file's rows into a staging table, then merges them into the source table by
 * natural key, inside the caller's transaction. Every staged row is recorded as carried by
 * the import (import-carriers.ts), so `imports undo` can restore exactly the other imports'
 * rows.
 */
export class StagedFile {
  readonly #db: Kysely<Database>;
  readonly #table: SourceTable;
  readonly #staging: string;
  readonly #loader: BulkLoader;
  #appending: BulkAppend | undefined;

  private constructor(
    db: Kysely<Database>,
    table: SourceTable,
    staging: string,
    loader: BulkLoader,
  ) {
    this.#db = db;
    this.#table = table;
    this.#staging = staging;
    this.#loader = loader;
  }

  /** Creates the staging table. `db` must be a transaction: the staging table lives in it. */
  static async create(
    db: Kysely<Database>,
    loader: BulkLoader,
    table: SourceTable,
    suffix: string,
  ): Promise<StagedFile> {
    const staging = `staging_${table.table}_${suffix}`;
    const columns = columnsOf(table).map(
      (column) => sql`${id(column.name)} ${sql.raw(sqlTypeOf(column.type))}`,
    );
    await sql`create temporary table ${id(staging)} (line bigint not null, ${sql.join(columns)})`.execute(
      db,
    );
    return new StagedFile(db, table, staging, loader);
  }

  get #columns(): string[] {
    return columnsOf(this.#table).map((column) => column.name);
  }

  get #keyColumns(): string[] {
    return this.#table.key.map((column) => column.name);
  }

  get #valueColumns(): string[] {
    return this.#table.values.map((column) => column.name);
  }

  /** Adds rows, each with the file line it came from (for messages about duplicates). */
  async add(rows: { line: number; row: StoredRow }[]): Promise<void> {
    const columns = columnsOf(this.#table);
    this.#appending ??= await this.#loader.open(
      this.#db,
      { table: this.#staging, temporary: true },
      [{ name: "line", type: "bigint" }, ...columns],
    );
    await this.#appending.append(
      rows.map(({ line, row }) => [line, ...columns.map((column) => row[column.name] ?? null)]),
    );
  }

  /** Ends adding rows: every query after this sees all of them. */
  async #finishAdding(): Promise<void> {
    await this.#appending?.close();
    this.#appending = undefined;
  }

  /** Keys that occur on more than one line of the file, at most `limit` of them. */
  async duplicateKeys(limit: number): Promise<DuplicateKey[]> {
    await this.#finishAdding();
    const keys = this.#keyColumns;
    // Cheap aggregates find the repeated keys; only their lines are then listed.
    const repeated = await sql<Record<string, string | number | boolean | null>>`
      select ${list(keys)}, min(line) as first_line
      from ${id(this.#staging)}
      group by ${list(keys)}
      having count(*) > 1
      order by first_line
      limit ${limit}`.execute(this.#db);
    const duplicates: DuplicateKey[] = [];
    for (const { first_line: _first, ...key } of repeated.rows) {
      const lines = await sql<{ line: number }>`
        select line from ${id(this.#staging)}
        where ${sql.join(
          keys.map((name) => sql`${id(name)} = ${key[name]}`),
          sql` and `,
        )}
        order by line`.execute(this.#db);
      duplicates.push({ key, lines: lines.rows.map((row) => Number(row.line)) });
    }
    return duplicates;
  }

  /** Merges the staged rows into the source table for `organisationId`, tagged `importId`. */
  async merge(organisationId: string, importId: string): Promise<MergeCounts> {
    await this.#finishAdding();
    const counts = await this.#count(organisationId);
    if (counts.updated > 0) await this.#updateChangedRows(organisationId, importId);
    if (counts.inserted > 0) await this.#insertNewRows(organisationId, importId);
    await recordCarriers(this.#db, {
      organisationId,
      importId,
      table: this.#table,
      staging: this.#staging,
    });
    return counts;
  }

  /** Exact sums of the staged rows' `columns` (a checksum against an export's own totals). */
  async totals(columns: string[]): Promise<Record<string, string | number | null>> {
    await this.#finishAdding();
    const sums = columns.map((name) => sql`sum(${id(name)}) as ${id(name)}`);
    const result = await sql<Record<string, string | number | null>>`
      select ${sql.join(sums)} from ${id(this.#staging)}`.execute(this.#db);
    return result.rows[0] ?? {};
  }

  async drop(): Promise<void> {
    await this.#finishAdding();
    await sql`drop table ${id(this.#staging)}`.execute(this.#db);
  }

  #keysMatch(): RawBuilder<unknown> {
    return sql.join(
      this.#keyColumns.map((name) => sql`t.${id(name)} = s.${id(name)}`),
      sql` and `,
    );
  }

  #valuesDiffer(): RawBuilder<unknown> {
    return sql.join(
      this.#valueColumns.map((name) => sql`t.${id(name)} is distinct from s.${id(name)}`),
      sql` or `,
    );
  }

  async #count(organisationId: string): Promise<MergeCounts> {
    const target = id(this.#table.table);
    const result = await sql<{
      inserted: number | null;
      updated: number | null;
      unchanged: number | null;
    }>`
      select
        sum(case when t.organisation_id is null then 1 else 0 end) as inserted,
        sum(case when t.organisation_id is not null and (${this.#valuesDiffer()}) then 1 else 0 end) as updated,
        sum(case when t.organisation_id is not null and not (${this.#valuesDiffer()}) then 1 else 0 end) as unchanged
      from ${id(this.#staging)} s
      left join ${target} t on t.organisation_id = ${organisationId} and ${this.#keysMatch()}`.execute(
      this.#db,
    );
    const row = result.rows[0];
    return {
      inserted: Number(row?.inserted ?? 0),
      updated: Number(row?.updated ?? 0),
      unchanged: Number(row?.unchanged ?? 0),
    };
  }

  async #updateChangedRows(organisationId: string, importId: string): Promise<void> {
    const assignments = this.#valueColumns.map((name) => sql`${id(name)} = s.${id(name)}`);
    await sql`
      update ${id(this.#table.table)} as t
      set ${sql.join(assignments)}, import_id = ${importId}
      from ${id(this.#staging)} s
      where t.organisation_id = ${organisationId} and ${this.#keysMatch()} and (${this.#valuesDiffer()})`.execute(
      this.#db,
    );
  }

  async #insertNewRows(organisationId: string, importId: string): Promise<void> {
    const columns = this.#columns;
    await sql`
      insert into ${id(this.#table.table)} (organisation_id, import_id, ${list(columns)})
      select ${organisationId}, ${importId}, ${list(columns, "s")}
      from ${id(this.#staging)} s
      where not exists (
        select 1 from ${id(this.#table.table)} t
        where t.organisation_id = ${organisationId} and ${this.#keysMatch()})`.execute(this.#db);
  }
}
