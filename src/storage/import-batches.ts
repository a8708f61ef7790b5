import type { Kysely } from "kysely";
import { Conflict, NotFound } from "../domain/errors.ts";
import { undoCarriedRows } from "./import-carriers.ts";
import type { Database, ImportBatchTable } from "./schema.ts";

/** One imported file, as `imports` lists it. */
export type ImportBatch = Omit<ImportBatchTable, "organisation_id">;

const batchColumns = [
  "id",
  "invocation_id",
  "file_name",
  "size_bytes",
  "sha256",
  "source",
  "format",
  "rows_read",
  "inserted",
  "updated",
  "unchanged",
  "imported_at",
  "undone_at",
] as const;

export async function recordImportBatch(
  db: Kysely<Database>,
  batch: ImportBatchTable,
): Promise<void> {
  await db.insertInto("import_batch").values(batch).execute();
}

/** Every import of the organisation, newest first. */
export async function listImportBatches(
  db: Kysely<Database>,
  organisationId: string,
): Promise<ImportBatch[]> {
  return db
    .selectFrom("import_batch")
    .select(batchColumns)
    .where("organisation_id", "=", organisationId)
    .orderBy("imported_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

export async function getImportBatch(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
): Promise<ImportBatch> {
  const batch = await db
    .selectFrom("import_batch")
    .select(batchColumns)
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!batch) throw new NotFound("import", id);
  return batch;
}

/**
 * `imports undo ID`: leaves every source table as if the import had never been made — as
 * importing only the other imports, in their order, would have left it — whichever imports
 * came before or after it (import-carriers.ts).
 */
export async function undoImportBatch(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
): Promise<ImportBatch> {
  return db.transaction().execute(async (tx) => {
    const batch = await getImportBatch(tx, organisationId, id);
    if (batch.undone_at) {
      throw new Conflict(
        `import ${id} (${batch.file_name}) was already undone at ${batch.undone_at}`,
      );
    }
    await undoCarriedRows(tx, organisationId, id);
    const undoneAt = new Date().toISOString();
    await tx
      .updateTable("import_batch")
      .set({ undone_at: undoneAt })
      .where("organisation_id", "=", organisationId)
      .where("id", "=", id)
      .execute();
    return { ...batch, undone_at: undoneAt };
  });
}
