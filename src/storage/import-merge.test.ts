import { sql } from "kysely";
import { beforeEach, expect, it } from "vitest";
import { describeOnBothEngines } from "../../test/engines.ts";
import { Conflict } from "../domain/errors.ts";
import type { Storage } from "./database.ts";
import { undoImportBatch } from "./import-batches.ts";
import { StagedFile, type StoredRow } from "./import-merge.ts";
import { sourceTables } from "./source-tables.ts";

const organisationId = "org-1";

function launch(campaignId: string, actual: string): StoredRow {
  return {
    campaign_id: campaignId,
    brief_date: "2025-01-02",
    planned_launch: "2025-02-01",
    actual_launch: actual,
  };
}

async function importLaunches(storage: Storage, importId: string, rows: StoredRow[]) {
  return storage.db.transaction().execute(async (tx) => {
    const staged = await StagedFile.create(
      tx,
      storage.bulkLoader,
      sourceTables.campaign_launches,
      importId.replace("-", "_"),
    );
    await staged.add(rows.map((row, i) => ({ line: i + 2, row })));
    const counts = await staged.merge(organisationId, importId);
    await staged.drop();
    await tx
      .insertInto("import_batch")
      .values({
        id: importId,
        organisation_id: organisationId,
        invocation_id: importId,
        file_name: `${importId}.csv`,
        size_bytes: 100,
        sha256: "0".repeat(64),
        source: "campaign_launches",
        format: "{}",
        rows_read: rows.length,
        ...counts,
        imported_at: new Date().toISOString(),
        undone_at: null,
      })
      .execute();
    return counts;
  });
}

async function storedLaunches(storage: Storage) {
  const result = await sql<{ campaign_id: string; actual_launch: string; import_id: string }>`
    select campaign_id, actual_launch, import_id from campaign_launch order by campaign_id`.execute(
    storage.db,
  );
  return result.rows;
}

describeOnBothEngines("merging an import by natural key", (storage) => {
  beforeEach(async () => {
    await storage()
      .db.insertInto("organisation")
      .values({
        id: organisationId,
        name: "Fjordline Cycling ApS",
        time_zone: "Europe/Copenhagen",
        currency: "DKK",
        fiscal_year_start_month: 1,
        locale: "da",
      })
      .execute();
  });

  it("inserts new rows and counts them", async () => {
    const counts = await importLaunches(storage(), "imp-1", [
      launch("C-1", "2025-02-01"),
      launch("C-2", "2025-02-03"),
    ]);
    expect(counts).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(await storedLaunches(storage())).toEqual([
      { campaign_id: "C-1", actual_launch: "2025-02-01", import_id: "imp-1" },
      { campaign_id: "C-2", actual_launch: "2025-02-03", import_id: "imp-1" },
    ]);
  });

  it("leaves identical rows unchanged on a second import", async () => {
    const rows = [launch("C-1", "2025-02-01"), launch("C-2", "2025-02-03")];
    await importLaunches(storage(), "imp-1", rows);
    const counts = await importLaunches(storage(), "imp-2", rows);
    expect(counts).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
    expect((await storedLaunches(storage())).map((row) => row.import_id)).toEqual([
      "imp-1",
      "imp-1",
    ]);
  });

  it("updates a row whose values changed, and an undo puts the old values back", async () => {
    await importLaunches(storage(), "imp-1", [
      launch("C-1", "2025-02-01"),
      launch("C-2", "2025-02-03"),
    ]);
    const counts = await importLaunches(storage(), "imp-2", [
      launch("C-2", "2025-02-09"),
      launch("C-3", "2025-03-01"),
    ]);
    expect(counts).toEqual({ inserted: 1, updated: 1, unchanged: 0 });

    await undoImportBatch(storage().db, organisationId, "imp-2");
    expect(await storedLaunches(storage())).toEqual([
      { campaign_id: "C-1", actual_launch: "2025-02-01", import_id: "imp-1" },
      { campaign_id: "C-2", actual_launch: "2025-02-03", import_id: "imp-1" },
    ]);
  });

  it("undoes an import whose rows a later import changed, keeping the later values", async () => {
    await importLaunches(storage(), "imp-1", [launch("C-1", "2025-02-01")]);
    await importLaunches(storage(), "imp-2", [launch("C-1", "2025-02-05")]);
    await undoImportBatch(storage().db, organisationId, "imp-1");
    expect(await storedLaunches(storage())).toEqual([
      { campaign_id: "C-1", actual_launch: "2025-02-05", import_id: "imp-2" },
    ]);
  });

  it("refuses to undo an import twice", async () => {
    await importLaunches(storage(), "imp-1", [launch("C-1", "2025-02-01")]);
    await undoImportBatch(storage().db, organisationId, "imp-1");
    const again = undoImportBatch(storage().db, organisationId, "imp-1");
    await expect(again).rejects.toBeInstanceOf(Conflict);
    await expect(again).rejects.toThrow(/^import imp-1 \(imp-1\.csv\) was already undone at /);
  });

  it("undoes an import completely once the later one is undone", async () => {
    await importLaunches(storage(), "imp-1", [launch("C-1", "2025-02-01")]);
    await importLaunches(storage(), "imp-2", [launch("C-1", "2025-02-05")]);
    await undoImportBatch(storage().db, organisationId, "imp-2");
    await undoImportBatch(storage().db, organisationId, "imp-1");
    expect(await storedLaunches(storage())).toEqual([]);
  });

  it("finds keys that occur twice in one file, with their lines", async () => {
    await storage()
      .db.transaction()
      .execute(async (tx) => {
        const staged = await StagedFile.create(
          tx,
          storage().bulkLoader,
          sourceTables.campaign_launches,
          "dup",
        );
        await staged.add([
          { line: 2, row: launch("C-1", "2025-02-01") },
          { line: 3, row: launch("C-2", "2025-02-01") },
          { line: 7, row: launch("C-1", "2025-02-04") },
        ]);
        expect(await staged.duplicateKeys(20)).toEqual([
          { key: { campaign_id: "C-1" }, lines: [2, 7] },
        ]);
      });
  });
});
