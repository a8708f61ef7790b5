// The 2026-12-01 migration carries the undo history of `<table>_replaced` over to
// import_carrier, so an import made before it can still be undone as if it never happened.

import { type Kysely, sql } from "kysely";
import { Migrator } from "kysely/migration";
import { beforeEach, expect, it } from "vitest";
import { describeOnBothEngines } from "../../../test/engines.ts";
import { undoImportBatch } from "../import-batches.ts";
import type { Database } from "../schema.ts";
import { migrations } from "./index.ts";

const organisationId = "org-1";

function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

async function launches(db: Kysely<Database>) {
  const result = await sql<{ campaign_id: string; actual_launch: string; import_id: string }>`
    select campaign_id, cast(actual_launch as text) as actual_launch, import_id
    from campaign_launch order by campaign_id`.execute(db);
  return result.rows;
}

describeOnBothEngines("migrating the undo history to import carriers", (storage) => {
  beforeEach(async () => {
    const db = storage().db;
    const back = await migrator(db).migrateTo("2026-11-23-03-scorecards");
    if (back.error) throw back.error;
    await db
      .insertInto("organisation")
      .values({
        id: organisationId,
        name: "Fjordline Cycling ApS",
        time_zone: "Europe/Copenhagen",
        currency: "DKK",
        fiscal_year_start_month: 1,
        locale: "da",
      })
      .execute();
    for (const [id, at] of [
      ["imp-1", "2026-11-24T08:00:00Z"],
      ["imp-2", "2026-11-25T08:00:00Z"],
    ] as const) {
      await sql`
        insert into import_batch (id, organisation_id, invocation_id, file_name, size_bytes,
          sha256, source, format, rows_read, inserted, updated, unchanged, imported_at)
        values (${id}, ${organisationId}, ${id}, ${`${id}.csv`}, 100, ${"0".repeat(64)},
          'campaign_launches', '{}', 2, 1, 1, 0, cast(${at} as timestamptz))`.execute(db);
    }
    // imp-1 launched C-1 on 1 February and C-2 on 3 February; imp-2 moved C-1 to 5 February.
    await sql`
      insert into campaign_launch
        (organisation_id, import_id, campaign_id, brief_date, planned_launch, actual_launch)
      values
        (${organisationId}, 'imp-2', 'C-1', cast('2025-01-02' as date), cast('2025-02-01' as date), cast('2025-02-05' as date)),
        (${organisationId}, 'imp-1', 'C-2', cast('2025-01-02' as date), cast('2025-02-01' as date), cast('2025-02-03' as date))`.execute(
      db,
    );
    await sql`
      insert into campaign_launch_replaced
        (organisation_id, import_id, campaign_id, brief_date, planned_launch, actual_launch, replaced_by_import_id)
      values
        (${organisationId}, 'imp-1', 'C-1', cast('2025-01-02' as date), cast('2025-02-01' as date), cast('2025-02-01' as date), 'imp-2')`.execute(
      db,
    );
    const forward = await migrator(db).migrateToLatest();
    if (forward.error) throw forward.error;
  });

  it("puts back the values an earlier import gave when the later one is undone", async () => {
    await undoImportBatch(storage().db, organisationId, "imp-2");
    expect(await launches(storage().db)).toEqual([
      { campaign_id: "C-1", actual_launch: "2025-02-01", import_id: "imp-1" },
      { campaign_id: "C-2", actual_launch: "2025-02-03", import_id: "imp-1" },
    ]);
  });

  it("keeps the later import's values when the earlier import is undone", async () => {
    await undoImportBatch(storage().db, organisationId, "imp-1");
    expect(await launches(storage().db)).toEqual([
      { campaign_id: "C-1", actual_launch: "2025-02-05", import_id: "imp-2" },
    ]);
  });

  it("numbers later imports after the migrated ones", async () => {
    const next = await sql<{ n: number | string }>`
      select nextval('import_carrier_order') as n`.execute(storage().db);
    expect(Number(next.rows[0]?.n)).toBe(3);
  });
});
