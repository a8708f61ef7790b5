// Imports: exports read and stored all or nothing, listed, shown, undone.

import { InvalidInput } from "../domain/errors.ts";
import { type ColumnMapping, columnMappingSchema } from "../sources/generic-csv.ts";
import {
  type ImportFile,
  type ImportOptions,
  type ImportResult,
  importFiles,
} from "../sources/import-files.ts";
import {
  getImportBatch,
  type ImportBatch,
  listImportBatches,
  undoImportBatch,
} from "../storage/import-batches.ts";
import type { ServiceContext } from "./context.ts";
import { parseInput } from "./input.ts";

export type { ReadProgress } from "../sources/export-reading.ts";
export type { ColumnMapping } from "../sources/generic-csv.ts";
export type { ImportFile, ImportResult } from "../sources/import-files.ts";

/** A saved column mapping (src/sources/generic-csv.ts describes its fields), checked. */
export function parseColumnMapping(json: unknown): ColumnMapping {
  return parseInput(columnMappingSchema, json);
}

/** Imports every file or, when any row of any file is bad, none (ImportRejected). */
export async function importExports(
  context: ServiceContext,
  files: ImportFile[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (files.length === 0) {
    throw new InvalidInput([{ path: "files", message: "attach at least one export file" }]);
  }
  return importFiles(context.storage, context.organisation, files, options);
}

/** Every import, newest first. */
export async function listImports(context: ServiceContext): Promise<{ imports: ImportBatch[] }> {
  return {
    imports: await listImportBatches(context.storage.db, context.organisation.id),
  };
}

export async function getImport(context: ServiceContext, id: string): Promise<ImportBatch> {
  return getImportBatch(context.storage.db, context.organisation.id, id);
}

/** Restores the rows as they were before the import; Conflict names later imports in the way. */
export async function undoImport(
  context: ServiceContext,
  id: string,
): Promise<{ undone: ImportBatch }> {
  return { undone: await undoImportBatch(context.storage.db, context.organisation.id, id) };
}
