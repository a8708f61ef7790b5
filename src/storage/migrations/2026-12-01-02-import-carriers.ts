import { type Kysely, type RawBuilder, sql } from "kysely";

// Issue 10, point 2: one table, `import_carrier`, records every import that carries each
// row of every source table (its key and values as JSON text), replacing the per-source
// `<table>_replaced` tables, which kept only the rows an import changed and so lost the
// rows of an undone import that a later import carried unchanged.
//
// A frozen snapshot: the source tables as they stand in this release are listed literally
// below, with their key and value columns, to carry their history over. A source table a
// later migration adds needs nothing here: import_carrier names the table in a column.
//
// Existing history: each stored row becomes carried by the import that last changed it,
// and each `_replaced` row by the import it came from, in the order the imports were made.
// An import that re-imported a row unchanged before this migration was never recorded, so
// it is not known as that row's carrier: undoing the row's first import still removes it.

type ColumnType =
  | "text"
  | "date"
  | "timestamptz"
  | "integer"
  | "bigint"
  | "decimal(18,4)"
  | "boolean";
type Column = readonly [name: string, type: ColumnType, nullable?: "nullable"];

const sourceTablesOfThisRelease: readonly {
  table: string;
  key: readonly Column[];
  values: readonly Column[];
}[] = [
  {
    table: "google_ads_row",
    key: [
      ["day", "date"],
      ["campaign", "text"],
    ],
    values: [
      ["campaign_type", "text", "nullable"],
      ["currency", "text", "nullable"],
      ["impressions", "bigint"],
      ["clicks", "bigint"],
      ["cost", "decimal(18,4)"],
      ["conversions", "decimal(18,4)"],
      ["conversion_value", "decimal(18,4)"],
    ],
  },
  {
    table: "meta_ads_row",
    key: [
      ["day", "date"],
      ["campaign", "text"],
    ],
    values: [
      ["impressions", "bigint"],
      ["link_clicks", "bigint"],
      ["amount_spent", "decimal(18,4)"],
      ["purchases", "decimal(18,4)"],
      ["purchases_conversion_value", "decimal(18,4)"],
    ],
  },
  {
    table: "hubspot_contact",
    key: [["record_id", "text"]],
    values: [
      ["created_at", "timestamptz"],
      ["create_date", "date"],
      ["original_source", "text", "nullable"],
      ["lifecycle_stage", "text", "nullable"],
      ["became_mql_at", "timestamptz", "nullable"],
      ["became_mql_date", "date", "nullable"],
      ["became_sql_at", "timestamptz", "nullable"],
      ["became_sql_date", "date", "nullable"],
      ["became_customer_at", "timestamptz", "nullable"],
      ["became_customer_date", "date", "nullable"],
      ["recent_deal_amount", "decimal(18,4)", "nullable"],
    ],
  },
  {
    table: "nps_response",
    key: [["response_id", "text"]],
    values: [
      ["submitted_at", "timestamptz"],
      ["day", "date"],
      ["score", "integer"],
      ["comment", "text", "nullable"],
    ],
  },
  {
    table: "campaign_launch",
    key: [["campaign_id", "text"]],
    values: [
      ["brief_date", "date"],
      ["planned_launch", "date"],
      ["actual_launch", "date", "nullable"],
    ],
  },
  {
    table: "training_log_row",
    key: [
      ["month", "date"],
      ["employee_id", "text"],
    ],
    values: [
      ["training_hours", "decimal(18,4)"],
      ["certified", "boolean"],
    ],
  },
  {
    table: "finance_month",
    key: [["month", "date"]],
    values: [
      ["revenue", "decimal(18,4)", "nullable"],
      ["marketing_budget", "decimal(18,4)", "nullable"],
      ["marketing_cost", "decimal(18,4)", "nullable"],
      ["market_size", "decimal(18,4)", "nullable"],
    ],
  },
  {
    table: "generic_fact",
    key: [
      ["mapping", "text"],
      ["day", "date"],
      ["dimensions", "text"],
      ["measure", "text"],
    ],
    values: [["value", "decimal(18,4)", "nullable"]],
  },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("import_carrier")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    // The source table the row is stored in, e.g. `google_ads_row`.
    .addColumn("source_table", "text", (c) => c.notNull())
    // The row's natural key: a JSON array of its key columns as text.
    .addColumn("row_key", "text", (c) => c.notNull())
    .addColumn("import_id", "text", (c) => c.notNull())
    // The import's place in the order of imports: the latest carrier's values are stored.
    .addColumn("import_order", "bigint", (c) => c.notNull())
    // The row's value columns as the import gave them: a JSON object of texts.
    .addColumn("row_values", "text", (c) => c.notNull())
    .execute();
  // No index: one would slow every import more than it speeds the rare undo.

  const order = sql`(select id, row_number() over (order by imported_at, id) as n from import_batch)`;
  for (const table of sourceTablesOfThisRelease) {
    for (const stored of [table.table, `${table.table}_replaced`]) {
      await sql`
        insert into import_carrier
          (organisation_id, source_table, row_key, import_id, import_order, row_values)
        select t.organisation_id, ${table.table}, ${rowKey(table.key)}, t.import_id, o.n,
               ${rowValues(table.values)}
        from ${sql.id(stored)} t join ${order} o on o.id = t.import_id`.execute(db);
    }
    await db.schema.dropTable(`${table.table}_replaced`).execute();
  }
  const imports = await sql<{ n: number | string }>`select count(*) as n from import_batch`.execute(
    db,
  );
  const next = Number(imports.rows[0]?.n ?? 0) + 1;
  await sql`create sequence import_carrier_order start with ${sql.raw(String(next))}`.execute(db);
}

function jsonText([name]: Column): RawBuilder<unknown> {
  return sql`coalesce(cast(to_json(cast(${sql.ref(`t.${name}`)} as text)) as text), 'null')`;
}

function rowKey(key: readonly Column[]): RawBuilder<unknown> {
  const parts = key.flatMap((column, i) => (i > 0 ? [sql`','`] : []).concat(jsonText(column)));
  return sql`(${sql.join([sql`'['`, ...parts, sql`']'`], sql` || `)})`;
}

function rowValues(values: readonly Column[]): RawBuilder<unknown> {
  const parts = values.flatMap((column, i) => [
    sql.lit(`${i > 0 ? "," : ""}${JSON.stringify(column[0])}:`),
    jsonText(column),
  ]);
  return sql`(${sql.join([sql`'{'`, ...parts, sql`'}'`], sql` || `)})`;
}

// `down` brings back empty `_replaced` tables: the history they held now lives in
// import_carrier, which `down` drops, so what an undo could restore is lost with it.
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop sequence import_carrier_order`.execute(db);
  await db.schema.dropTable("import_carrier").execute();
  for (const table of sourceTablesOfThisRelease) {
    const name = `${table.table}_replaced`;
    let create = db.schema
      .createTable(name)
      .addColumn("organisation_id", "text", (c) => c.notNull())
      .addColumn("import_id", "text", (c) => c.notNull());
    for (const [column, type, nullable] of [...table.key, ...table.values]) {
      create = create.addColumn(column, sql.raw(type), (c) => (nullable ? c : c.notNull()));
    }
    await create.addColumn("replaced_by_import_id", "text", (c) => c.notNull()).execute();
    await db.schema
      .createIndex(`${name}_by_import`)
      .on(name)
      .column("replaced_by_import_id")
      .execute();
    await db.schema.createIndex(`${name}_by_import_id`).on(name).column("import_id").execute();
  }
}
