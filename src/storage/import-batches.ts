import { type Kysely, sql } from "kysely";
import { Conflict, NotFound } from "../domain/errors.ts";
import type { Database, ImportBatchTable } from "./schema.ts";
import { columnsOf, type SourceName, type SourceTable, sourceTables } from "./source-tables.ts";

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
 * `imports undo ID`: restores exactly the rows as they were before that import — deletes
 * what it inserted, puts back what it replaced — as long as no later import touched the
 * same rows; otherwise it names the later imports to undo first.
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
    const table = sourceTables[batch.source as SourceName] as SourceTable | undefined;
    if (!table) throw new Error(`import ${id} has unknown source ${batch.source}`);
    await refuseIfTouchedLater(tx, organisationId, table, batch);

    const columns = ["organisation_id", "import_id", ...columnsOf(table).map((c) => c.name)];
    const replaced = sql.id(`${table.table}_replaced`);
    const target = sql.id(table.table);
    await sql`delete from ${target} where organisation_id = ${organisationId} and import_id = ${id}`.execute(
      tx,
    );
    await sql`
      insert into ${target} (${sql.join(columns.map((c) => sql.id(c)))})
      select ${sql.join(columns.map((c) => sql.id(c)))} from ${replaced}
      where organisation_id = ${organisationId} and replaced_by_import_id = ${id}`.execute(tx);
    await sql`delete from ${replaced} where organisation_id = ${organisationId} and replaced_by_import_id = ${id}`.execute(
      tx,
    );
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

async function refuseIfTouchedLater(
  db: Kysely<Database>,
  organisationId: string,
  table: SourceTable,
  batch: ImportBatch,
): Promise<void> {
  const later = await sql<{ id: string; file_name: string }>`
    select distinct b.id, b.file_name
    from ${sql.id(`${table.table}_replaced`)} r
    join import_batch b on b.id = r.replaced_by_import_id
    where r.organisation_id = ${organisationId} and r.import_id = ${batch.id}
    order by b.id`.execute(db);
  if (later.rows.length === 0) return;
  const names = later.rows.map((row) => `${row.id} (${row.file_name})`).join(", ");
  throw new Conflict(
    `cannot undo import ${batch.id} (${batch.file_name}): later imports changed the same rows: ${names}. ` +
      "Undo those first.",
  );
}
