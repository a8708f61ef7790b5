import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("organisation")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("fiscal_year_start_month", "integer", (c) =>
      c.notNull().check(sql`fiscal_year_start_month between 1 and 12`),
    )
    .addColumn("locale", "text", (c) => c.notNull().check(sql`locale in ('en', 'da')`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`current_timestamp`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`current_timestamp`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("organisation").execute();
}
