import { type Kysely, sql } from "kysely";

// A frozen snapshot: the source tables as they stood on 2026-11-23, written out. The live
// descriptions in source-tables.ts may change; this migration must keep creating exactly
// what it created then, so a change to a description needs a migration of its own
// (migrations.test.ts compares the migrated schema with the descriptions).

type Column = readonly [name: string, type: string, nullable?: "nullable"];
interface SourceTable {
  table: string;
  /** Natural key columns besides organisation_id. */
  key: readonly Column[];
  values: readonly Column[];
}

const money = "decimal(18,4)";
const nullable = "nullable";

const sourceTables: readonly SourceTable[] = [
  {
    table: "google_ads_row",
    key: [
      ["day", "date"],
      ["campaign", "text"],
    ],
    values: [
      ["campaign_type", "text", nullable],
      ["currency", "text", nullable],
      ["impressions", "bigint"],
      ["clicks", "bigint"],
      ["cost", money],
      ["conversions", money],
      ["conversion_value", money],
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
      ["amount_spent", money],
      ["purchases", money],
      ["purchases_conversion_value", money],
    ],
  },
  {
    table: "hubspot_contact",
    key: [["record_id", "text"]],
    values: [
      ["created_at", "timestamptz"],
      ["create_date", "date"],
      ["original_source", "text", nullable],
      ["lifecycle_stage", "text", nullable],
      ["became_mql_at", "timestamptz", nullable],
      ["became_mql_date", "date", nullable],
      ["became_sql_at", "timestamptz", nullable],
      ["became_sql_date", "date", nullable],
      ["became_customer_at", "timestamptz", nullable],
      ["became_customer_date", "date", nullable],
      ["recent_deal_amount", money, nullable],
    ],
  },
  {
    table: "nps_response",
    key: [["response_id", "text"]],
    values: [
      ["submitted_at", "timestamptz"],
      ["day", "date"],
      ["score", "integer"],
      ["comment", "text", nullable],
    ],
  },
  {
    table: "campaign_launch",
    key: [["campaign_id", "text"]],
    values: [
      ["brief_date", "date"],
      ["planned_launch", "date"],
      ["actual_launch", "date", nullable],
    ],
  },
  {
    table: "training_log_row",
    key: [
      ["month", "date"],
      ["employee_id", "text"],
    ],
    values: [
      ["training_hours", money],
      ["certified", "boolean"],
    ],
  },
  {
    table: "finance_month",
    key: [["month", "date"]],
    values: [
      ["revenue", money, nullable],
      ["marketing_budget", money, nullable],
      ["marketing_cost", money, nullable],
      ["market_size", money, nullable],
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
    values: [["value", money, nullable]],
  },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("import_batch")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    // The files imported by one invocation share it: they landed together.
    .addColumn("invocation_id", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("size_bytes", "bigint", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    // Detected encoding, delimiter, number format and header line, as JSON text.
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("rows_read", "bigint", (c) => c.notNull())
    .addColumn("inserted", "bigint", (c) => c.notNull())
    .addColumn("updated", "bigint", (c) => c.notNull())
    .addColumn("unchanged", "bigint", (c) => c.notNull())
    .addColumn("imported_at", "timestamptz", (c) => c.notNull())
    .addColumn("undone_at", "timestamptz")
    .execute();

  // Saved column mappings for generic CSV exports (GA4, LinkedIn Ads, a shop's orders…).
  await db.schema
    .createTable("import_mapping")
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("saved_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("import_mapping_pkey", ["organisation_id", "name"])
    .execute();

  for (const table of sourceTables) {
    await createSourceTable(db, table.table, table, "import_id");
    // The rows an import replaced, kept so `imports undo` can put them back.
    await createSourceTable(db, `${table.table}_replaced`, table, "replaced_by_import_id");
  }
}

async function createSourceTable(
  db: Kysely<unknown>,
  name: string,
  table: SourceTable,
  extraColumn: string,
): Promise<void> {
  let create = db.schema
    .createTable(name)
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("import_id", "text", (c) => c.notNull());
  for (const [column, type, isNullable] of [...table.key, ...table.values]) {
    create = create.addColumn(column, sql.raw(type), (c) => (isNullable ? c : c.notNull()));
  }
  const keyColumns = ["organisation_id", ...table.key.map(([column]) => column)];
  if (extraColumn === "import_id") {
    create = create.addPrimaryKeyConstraint(`${name}_pkey`, keyColumns as never);
  } else {
    create = create.addColumn(extraColumn, "text", (c) => c.notNull());
  }
  await create.execute();
  if (extraColumn !== "import_id") {
    await db.schema.createIndex(`${name}_by_import`).on(name).column(extraColumn).execute();
  }
  await db.schema.createIndex(`${name}_by_import_id`).on(name).column("import_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of sourceTables) {
    await db.schema.dropTable(`${table.table}_replaced`).execute();
    await db.schema.dropTable(table.table).execute();
  }
  await db.schema.dropTable("import_mapping").execute();
  await db.schema.dropTable("import_batch").execute();
}
