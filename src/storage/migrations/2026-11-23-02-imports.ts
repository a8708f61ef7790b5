import { type Kysely, sql } from "kysely";
import { columnsOf, type SourceTable, sourceTables, sqlTypeOf } from "../source-tables.ts";

// The source tables are created from their descriptions in source-tables.ts as they stand
// in this release. A later change to a description needs a migration of its own, and so
// does a later table: only the tables of this release are created here.

const TABLES_OF_THIS_RELEASE = [
  "google_ads",
  "meta_ads",
  "hubspot_contacts",
  "nps_responses",
  "campaign_launches",
  "training_log",
  "finance_monthly",
  "generic",
] as const;

function tablesOfThisRelease(): SourceTable[] {
  return TABLES_OF_THIS_RELEASE.map((name) => sourceTables[name]);
}

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

  for (const table of tablesOfThisRelease()) {
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
  for (const column of columnsOf(table)) {
    create = create.addColumn(column.name, sql.raw(sqlTypeOf(column.type)), (c) =>
      column.nullable ? c : c.notNull(),
    );
  }
  const keyColumns = ["organisation_id", ...table.key.map((column) => column.name)];
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
  for (const table of tablesOfThisRelease()) {
    await db.schema.dropTable(`${table.table}_replaced`).execute();
    await db.schema.dropTable(table.table).execute();
  }
  await db.schema.dropTable("import_mapping").execute();
  await db.schema.dropTable("import_batch").execute();
}
