// Test support (imported by the metrics tests, never by the application): an organisation,
// and rows put into the source tables through storage's own merge, as an import puts them.

import type { Storage } from "../storage/database.ts";
import { StagedFile, type StoredRow } from "../storage/import-merge.ts";
import { type SourceName, sourceTables } from "../storage/source-tables.ts";

export type { StoredRow };

let batches = 0;

/** Creates the organisation (Fjordline's settings unless told otherwise) and returns its id. */
export async function createOrganisation(
  storage: Storage,
  settings: { id?: string; fiscalYearStartMonth?: number } = {},
): Promise<string> {
  const id = settings.id ?? "org-fjordline";
  await storage.db
    .insertInto("organisation")
    .values({
      id,
      name: `Organisation ${id}`,
      time_zone: "Europe/Copenhagen",
      currency: "DKK",
      fiscal_year_start_month: settings.fiscalYearStartMonth ?? 1,
      locale: "da",
    })
    .execute();
  return id;
}

/** Stores `rows` in `source`'s table for the organisation, as one import would. */
export async function insertRows(
  storage: Storage,
  organisationId: string,
  source: SourceName,
  rows: readonly StoredRow[],
): Promise<void> {
  if (rows.length === 0) return;
  batches += 1;
  const importId = `test_import_${batches}`;
  await storage.db.transaction().execute(async (tx) => {
    const staged = await StagedFile.create(tx, storage.bulkLoader, sourceTables[source], importId);
    await staged.add(rows.map((row, i) => ({ line: i + 2, row })));
    await staged.merge(organisationId, importId);
    await staged.drop();
  });
}
