import { type Kysely, sql } from "kysely";

// Scorecard versions (issue 9): a number per scorecard that every change raises, so an
// edit made on a stale copy is refused instead of silently undoing someone else's change.
// A frozen snapshot: the table is written out here, never derived from live code.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("scorecard_version")
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    .addColumn("scorecard_key", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("scorecard_version_pkey", ["organisation_id", "scorecard_key"])
    .execute();
  // Scorecards stored before versions start at version 1.
  await sql`
    insert into scorecard_version (organisation_id, scorecard_key, version)
    select organisation_id, key, 1 from scorecard
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("scorecard_version").execute();
}
