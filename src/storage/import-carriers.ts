// Which imports carry each stored row (issue 10, point 2: undo means "as if it never
// happened"). Every import records, for every row of its file, the row's natural key and
// values in one table shared by all sources, `import_carrier`. A source table then always
// holds, per key, the values of the latest import that carries the key; undoing an import
// drops its carriers and gives each key it was the latest carrier of the values of the
// latest remaining one, or removes the row when none is left. That is the state importing
// only the other imports, in their order, would have left.
//
// Keys and values are kept as JSON text built from each column cast to text, so one table
// serves every source table, including ones a later migration adds: nothing here is
// specific to a source. The JSON is built with `to_json` and `||`, which DuckDB and
// PostgreSQL read alike, and read back with `->>`.

import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "./schema.ts";
import { type SourceColumn, type SourceTable, sourceTables, sqlTypeOf } from "./source-tables.ts";

const id = (name: string) => sql.id(name);

/** A column's value as a JSON string, or JSON `null`. */
function jsonText(column: SourceColumn, alias: string): RawBuilder<unknown> {
  return sql`coalesce(cast(to_json(cast(${sql.ref(`${alias}.${column.name}`)} as text)) as text), 'null')`;
}

function concatenated(parts: RawBuilder<unknown>[]): RawBuilder<string> {
  return sql<string>`(${sql.join(parts, sql` || `)})`;
}

/** The row's natural key as a JSON array of texts, e.g. `["2025-09-01","Brand | Search"]`. */
export function rowKeyOf(table: SourceTable, alias: string): RawBuilder<string> {
  const parts: RawBuilder<unknown>[] = [sql`'['`];
  table.key.forEach((column, i) => {
    if (i > 0) parts.push(sql`','`);
    parts.push(jsonText(column, alias));
  });
  parts.push(sql`']'`);
  return concatenated(parts);
}

/** The row's value columns as a JSON object of texts, e.g. `{"cost":"158.9100",…}`. */
function rowValuesOf(table: SourceTable, alias: string): RawBuilder<string> {
  const parts: RawBuilder<unknown>[] = [sql`'{'`];
  table.values.forEach((column, i) => {
    parts.push(sql.lit(`${i > 0 ? "," : ""}${JSON.stringify(column.name)}:`));
    parts.push(jsonText(column, alias));
  });
  parts.push(sql`'}'`);
  return concatenated(parts);
}

/**
 * Records that import `importId` carries every row of `staging` (a table with the source
 * table's columns). Called once per import, inside its transaction: the import's place in
 * the order of imports is taken from a sequence here.
 */
export async function recordCarriers(
  db: Kysely<Database>,
  target: { organisationId: string; importId: string; table: SourceTable; staging: string },
): Promise<void> {
  const { organisationId, importId, table, staging } = target;
  await sql`
    insert into import_carrier
      (organisation_id, source_table, row_key, import_id, import_order, row_values)
    select ${organisationId}, ${table.table}, ${rowKeyOf(table, "s")}, ${importId},
           (select nextval('import_carrier_order')), ${rowValuesOf(table, "s")}
    from ${id(staging)} s`.execute(db);
}

/**
 * Takes import `importId`'s rows back out: every key whose latest carrier it is gets the
 * values of the latest remaining carrier, or is removed when no import carries it any more.
 */
export async function undoCarriedRows(
  db: Kysely<Database>,
  organisationId: string,
  importId: string,
): Promise<void> {
  const carried = await sql<{ source_table: string; import_order: number | string }>`
    select distinct source_table, import_order from import_carrier
    where organisation_id = ${organisationId} and import_id = ${importId}`.execute(db);
  for (const { source_table, import_order } of carried.rows) {
    const target = {
      organisationId,
      importOrder: Number(import_order),
      table: sourceTableNamed(source_table),
    };
    await removeRowsLastCarriedBy(db, target);
    await restoreFromRemainingCarriers(db, target);
  }
  await sql`
    delete from import_carrier
    where organisation_id = ${organisationId} and import_id = ${importId}`.execute(db);
}

interface UndoTarget {
  organisationId: string;
  importOrder: number;
  table: SourceTable;
}

function sourceTableNamed(name: string): SourceTable {
  const table = (Object.values(sourceTables) as SourceTable[]).find((t) => t.table === name);
  if (!table) throw new Error(`import_carrier names ${name}, which is no source table`);
  return table;
}

/**
 * The keys of `table` whose latest carrier is the import being undone: an import's order is
 * its own, so a key whose highest carrier order is the import's is one it carries last.
 */
function keysLastCarriedBy({
  organisationId,
  table,
  importOrder,
}: UndoTarget): RawBuilder<unknown> {
  return sql`
    select row_key from import_carrier
    where organisation_id = ${organisationId} and source_table = ${table.table}
    group by row_key
    having max(import_order) = ${importOrder}`;
}

async function removeRowsLastCarriedBy(db: Kysely<Database>, target: UndoTarget): Promise<void> {
  await sql`
    delete from ${id(target.table.table)} as t
    where t.organisation_id = ${target.organisationId}
      and ${rowKeyOf(target.table, "t")} in (${keysLastCarriedBy(target)})`.execute(db);
}

async function restoreFromRemainingCarriers(
  db: Kysely<Database>,
  target: UndoTarget,
): Promise<void> {
  const { organisationId, importOrder, table } = target;
  const typed = (text: RawBuilder<unknown>, column: SourceColumn) =>
    sql`cast(${text} as ${sql.raw(sqlTypeOf(column.type))})`;
  const keys = table.key.map((column, i) =>
    typed(sql`cast(f.row_key as json) ->> ${sql.lit(i)}`, column),
  );
  const values = table.values.map((column) =>
    typed(sql`cast(f.row_values as json) ->> ${sql.lit(column.name)}`, column),
  );
  const columns = [...table.key, ...table.values].map((column) => id(column.name));
  // One pass over the table's carriers finds, per key the import carries last, the latest
  // other carrier; keys no other import carries have none and stay removed. (Windows rather
  // than a join of the carriers with their own aggregate: without statistics on the fresh
  // rows, PostgreSQL planned that join as a nested loop, seconds for a few thousand rows.)
  await sql`
    insert into ${id(table.table)} (organisation_id, import_id, ${sql.join(columns)})
    select ${organisationId}, f.import_id, ${sql.join([...keys, ...values])}
    from (
      select row_key, row_values, import_id, import_order,
             max(import_order) over (partition by row_key) as latest,
             max(case when import_order <> ${importOrder} then import_order end)
               over (partition by row_key) as fallback
      from import_carrier
      where organisation_id = ${organisationId} and source_table = ${table.table}
    ) f
    where f.latest = ${importOrder} and f.import_order = f.fallback`.execute(db);
}
