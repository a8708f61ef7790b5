import { type Kysely, sql } from "kysely";

// Scorecards (issue 5): a scorecard's definition is spread over six tables, keyed by the
// scorecard's id and the keys the file gives; KPIs a scorecard file defines and manual
// values belong to the organisation, because the same KPI can sit on several scorecards.
//
// Only `organisation_id` references another table. DuckDB checks foreign keys eagerly
// inside a transaction, so replacing a definition (delete the children, insert the new
// ones) would trip over references between these tables; the repository keeps them
// consistent in one transaction instead.

/** Exact decimals for targets, values and thresholds: 28 digits before the point, 10 after. */
const decimal = sql.raw("decimal(38,10)");

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("scorecard")
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    // Null when the name was given as one text for both languages.
    .addColumn("name_da", "text")
    .addColumn("missing_data", "text", (c) =>
      c.notNull().check(sql`missing_data in ('skip', 'zero')`),
    )
    .addColumn("cap", decimal)
    .addColumn("green_threshold", decimal)
    .addColumn("amber_threshold", decimal)
    .addColumn("roll_up_green_threshold", decimal)
    .addColumn("roll_up_amber_threshold", decimal)
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addUniqueConstraint("scorecard_key", ["organisation_id", "key"])
    .execute();

  await db.schema
    .createTable("scorecard_perspective")
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    .addColumn("scorecard_id", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name_en", "text")
    .addColumn("name_da", "text")
    .addColumn("weight", decimal)
    .addPrimaryKeyConstraint("scorecard_perspective_pkey", [
      "organisation_id",
      "scorecard_id",
      "key",
    ])
    .execute();

  await db.schema
    .createTable("scorecard_objective")
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    .addColumn("scorecard_id", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("perspective_key", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("name_da", "text")
    .addColumn("description_en", "text")
    .addColumn("description_da", "text")
    .addColumn("owner", "text")
    .addColumn("weight", decimal)
    .addPrimaryKeyConstraint("scorecard_objective_pkey", ["organisation_id", "scorecard_id", "key"])
    .execute();

  await db.schema
    .createTable("scorecard_kpi")
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    .addColumn("scorecard_id", "text", (c) => c.notNull())
    .addColumn("objective_key", "text", (c) => c.notNull())
    .addColumn("kpi_key", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    // Every scoring column is null when the file leaves it to the KPI or the scorecard.
    .addColumn("polarity", "text")
    .addColumn("method", "text")
    .addColumn("baseline", decimal)
    .addColumn("range_low", decimal)
    .addColumn("range_high", decimal)
    .addColumn("tolerance", decimal)
    // The bands as JSON text: two numbers, or two intervals for polarity range.
    .addColumn("bands", "text")
    .addColumn("cap", decimal)
    .addColumn("green_threshold", decimal)
    .addColumn("amber_threshold", decimal)
    .addColumn("weight", decimal)
    // The same target in every period; targets by period are in scorecard_target.
    .addColumn("target", decimal)
    .addColumn("phasing", "text")
    .addPrimaryKeyConstraint("scorecard_kpi_pkey", [
      "organisation_id",
      "scorecard_id",
      "objective_key",
      "kpi_key",
    ])
    .execute();

  await db.schema
    .createTable("scorecard_target")
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    .addColumn("scorecard_id", "text", (c) => c.notNull())
    .addColumn("objective_key", "text", (c) => c.notNull())
    .addColumn("kpi_key", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("value", decimal, (c) => c.notNull())
    .addPrimaryKeyConstraint("scorecard_target_pkey", [
      "organisation_id",
      "scorecard_id",
      "objective_key",
      "kpi_key",
      "period",
    ])
    .execute();

  await db.schema
    .createTable("scorecard_link")
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    .addColumn("scorecard_id", "text", (c) => c.notNull())
    .addColumn("from_objective", "text", (c) => c.notNull())
    .addColumn("to_objective", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("scorecard_link_pkey", [
      "organisation_id",
      "scorecard_id",
      "from_objective",
      "to_objective",
    ])
    .execute();

  await db.schema
    .createTable("custom_kpi")
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("name_da", "text")
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("polarity", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('flow', 'level')`))
    .addColumn("source", "text", (c) => c.notNull().check(sql`source in ('manual', 'expression')`))
    .addColumn("expression", "text")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("custom_kpi_pkey", ["organisation_id", "key"])
    .execute();

  await db.schema
    .createTable("manual_value")
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    .addColumn("kpi_key", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("value", decimal, (c) => c.notNull())
    // Where the value came from: a scorecard file, the command line or the API.
    .addColumn("entered_via", "text", (c) =>
      c.notNull().check(sql`entered_via in ('file', 'cli', 'api')`),
    )
    .addColumn("entered_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("manual_value_pkey", ["organisation_id", "kpi_key", "period"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "manual_value",
    "custom_kpi",
    "scorecard_link",
    "scorecard_target",
    "scorecard_kpi",
    "scorecard_objective",
    "scorecard_perspective",
    "scorecard",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
