// Migrations are frozen snapshots (each writes its tables out), and the code reads the
// tables through descriptions that may change. This test migrates an empty database on
// each engine and compares what the migrations made with what the code expects: the
// source tables with their descriptions in source-tables.ts (so a new or changed source
// without its migration fails here), every other table with the list below (so a new
// migration's table is added to it, checked by hand once).
import { type Kysely, sql } from "kysely";
import { afterEach, expect, it } from "vitest";
import {
  createTestLocation,
  describeOn,
  engines,
  type TestLocation,
} from "../../../test/engines.ts";
import { openStorage, type Storage } from "../database.ts";
import { columnsOf, type SourceTable, sourceTables, sqlTypeOf } from "../source-tables.ts";

/** Each table's columns in order, as `name type` with ` null` when the column allows it. */
type Schema = Record<string, string[]>;

/** The tables that are not source tables, as the code expects them. */
const otherTables: Schema = {
  custom_kpi: [
    "organisation_id text",
    "key text",
    "name_en text",
    "name_da text null",
    "unit text",
    "polarity text",
    "kind text",
    "source text",
    "expression text null",
    "updated_at timestamptz",
  ],
  import_batch: [
    "id text",
    "organisation_id text",
    "invocation_id text",
    "file_name text",
    "size_bytes bigint",
    "sha256 text",
    "source text",
    "format text",
    "rows_read bigint",
    "inserted bigint",
    "updated bigint",
    "unchanged bigint",
    "imported_at timestamptz",
    "undone_at timestamptz null",
  ],
  import_mapping: ["organisation_id text", "name text", "definition text", "saved_at timestamptz"],
  manual_value: [
    "organisation_id text",
    "kpi_key text",
    "period text",
    "value decimal(38,10)",
    "entered_via text",
    "entered_at timestamptz",
  ],
  organisation: [
    "id text",
    "name text",
    "time_zone text",
    "currency text",
    "fiscal_year_start_month integer",
    "locale text",
    "created_at timestamptz",
    "updated_at timestamptz",
  ],
  scorecard: [
    "organisation_id text",
    "id text",
    "key text",
    "name_en text",
    "name_da text null",
    "missing_data text",
    "cap decimal(38,10) null",
    "green_threshold decimal(38,10) null",
    "amber_threshold decimal(38,10) null",
    "roll_up_green_threshold decimal(38,10) null",
    "roll_up_amber_threshold decimal(38,10) null",
    "updated_at timestamptz",
  ],
  scorecard_kpi: [
    "organisation_id text",
    "scorecard_id text",
    "objective_key text",
    "kpi_key text",
    "position integer",
    "polarity text null",
    "method text null",
    "baseline decimal(38,10) null",
    "range_low decimal(38,10) null",
    "range_high decimal(38,10) null",
    "tolerance decimal(38,10) null",
    "bands text null",
    "cap decimal(38,10) null",
    "green_threshold decimal(38,10) null",
    "amber_threshold decimal(38,10) null",
    "weight decimal(38,10) null",
    "target decimal(38,10) null",
    "phasing text null",
  ],
  scorecard_link: [
    "organisation_id text",
    "scorecard_id text",
    "from_objective text",
    "to_objective text",
    "position integer",
  ],
  scorecard_objective: [
    "organisation_id text",
    "scorecard_id text",
    "key text",
    "perspective_key text",
    "position integer",
    "name_en text",
    "name_da text null",
    "description_en text null",
    "description_da text null",
    "owner text null",
    "weight decimal(38,10) null",
  ],
  scorecard_perspective: [
    "organisation_id text",
    "scorecard_id text",
    "key text",
    "position integer",
    "name_en text null",
    "name_da text null",
    "weight decimal(38,10) null",
  ],
  // Every import that carries a row, with the row's values as it carried them (undo).
  import_carrier: [
    "organisation_id text",
    "source_table text",
    "row_key text",
    "import_id text",
    "import_order bigint",
    "row_values text",
  ],
  scorecard_version: ["organisation_id text", "scorecard_key text", "version integer"],
  scorecard_target: [
    "organisation_id text",
    "scorecard_id text",
    "objective_key text",
    "kpi_key text",
    "period text",
    "position integer",
    "value decimal(38,10)",
  ],
};

/** What the source descriptions expect: each table (undo history is in import_carrier). */
function sourceSchema(): Schema {
  const schema: Schema = {};
  for (const table of Object.values(sourceTables) as SourceTable[]) {
    const columns = [
      "organisation_id text",
      "import_id text",
      ...columnsOf(table).map(
        (column) => `${column.name} ${sqlTypeOf(column.type)}${column.nullable ? " null" : ""}`,
      ),
    ];
    schema[table.table] = columns;
  }
  return schema;
}

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  is_nullable: string;
  numeric_precision: number | null;
  numeric_scale: number | null;
}

/** One vocabulary for both engines: PostgreSQL's `numeric` and DuckDB's `VARCHAR` alike. */
function typeName(row: ColumnRow): string {
  const type = row.data_type.toLowerCase();
  if (type === "numeric" || type.startsWith("decimal")) {
    return `decimal(${row.numeric_precision},${row.numeric_scale})`;
  }
  const synonyms: Record<string, string> = {
    varchar: "text",
    "character varying": "text",
    "timestamp with time zone": "timestamptz",
  };
  return synonyms[type] ?? type;
}

async function migratedSchema(db: Kysely<unknown>): Promise<Schema> {
  const { rows } = await sql<ColumnRow>`
    select table_name, column_name, data_type, is_nullable, numeric_precision, numeric_scale
    from information_schema.columns
    where table_schema = current_schema() and table_name not like 'kysely_migration%'
      -- Tables only: a view's computed column types differ by engine (numeric without scale).
      and table_name in (
        select table_name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE')
    order by table_name, ordinal_position`.execute(db);
  const schema: Schema = {};
  for (const row of rows) {
    const column = `${row.column_name} ${typeName(row)}${row.is_nullable === "YES" ? " null" : ""}`;
    schema[row.table_name] = [...(schema[row.table_name] ?? []), column];
  }
  return schema;
}

function sorted(schema: Schema): Schema {
  return Object.fromEntries(Object.entries(schema).sort(([a], [b]) => a.localeCompare(b)));
}

for (const engine of engines) {
  describeOn(engine)(`the migrations (${engine})`, () => {
    let location: TestLocation | undefined;
    let storage: Storage | undefined;
    afterEach(async () => {
      await storage?.close();
      await location?.dispose();
    });

    it("make, from an empty database, the tables the source descriptions and the code expect", async () => {
      location = await createTestLocation(engine, { migrated: false });
      storage = await openStorage(location.location);
      const expected = sorted({ ...otherTables, ...sourceSchema() });
      expect(sorted(await migratedSchema(storage.db as Kysely<unknown>))).toEqual(expected);
    });
  });
}
