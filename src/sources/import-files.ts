// One import: every file read, checked and merged in one transaction, so either all of the
// files land or none does (import issue, "All-or-nothing, with row-level errors"). The CLI's
// `import` and the API's upload both call importFiles.

import { createHash, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { ImportRejected, type RowError } from "../domain/errors.ts";
import type { BulkLoader } from "../storage/bulk-load.ts";
import type { Storage } from "../storage/database.ts";
import { recordImportBatch } from "../storage/import-batches.ts";
import { type DuplicateKey, StagedFile, type StoredRow } from "../storage/import-merge.ts";
import type { Organisation } from "../storage/organisations.ts";
import type { Database } from "../storage/schema.ts";
import { DECIMAL_SCALE, type SourceTable, sourceTables } from "../storage/source-tables.ts";
import type { AdTotals } from "./ad-row.ts";
import type { ExportFormat, ReadProgress } from "./export-reading.ts";
import type { ColumnMapping } from "./generic-csv.ts";
import { loadMappings, saveMapping } from "./mappings.ts";
import { type AnyExportReading, readExport } from "./read-export.ts";
import { rowMapperFor, tableOf, tooPreciseDecimal } from "./stored-rows.ts";

export interface ImportFile {
  /** The name messages give the file. */
  fileName: string;
  size: number;
  bytes: AsyncIterable<Uint8Array> | Uint8Array;
}

export interface ImportOptions {
  /** `--source NAME`: read every file as this source instead of recognising it. */
  source?: string | undefined;
  /** `--mapping FILE`: a new column mapping, saved with the import and used for it. */
  mapping?: ColumnMapping | undefined;
  onProgress?: (progress: ReadProgress & { fileName: string }) => void;
}

export interface ImportedFile {
  importId: string;
  fileName: string;
  source: string;
  format: ExportFormat;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** The totals the export states about itself, and whether the imported rows add up to them. */
  accountTotals: (AdTotals & { matchImportedRows: boolean }) | null;
}

export interface ImportResult {
  invocationId: string;
  files: ImportedFile[];
}

// At most this many row errors are kept in detail; all are counted.
const ERRORS_SHOWN = 20;

/**
 * Imports the files for the organisation. Throws ImportRejected, having changed nothing,
 * when any file has any bad row; the error holds the first row errors and their total.
 */
export async function importFiles(
  storage: Storage,
  organisation: Organisation,
  files: ImportFile[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const invocationId = randomUUID();
  return storage.db.transaction().execute(async (tx) => {
    const mappings = await loadMappings(tx, organisation.id);
    if (options.mapping) {
      await saveMapping(tx, organisation.id, options.mapping);
      mappings.set(options.mapping.name, options.mapping);
    }
    const errors = new ErrorTally();
    const imported: ImportedFile[] = [];
    for (const [index, file] of files.entries()) {
      const result = await importFile(
        tx,
        { bulkLoader: storage.bulkLoader, organisation, file, index, invocationId, errors },
        {
          ...options,
          mappings: [...mappings.values()],
        },
      );
      if (result) imported.push(result);
    }
    if (errors.total > 0) throw new ImportRejected(errors.shown, errors.total);
    return { invocationId, files: imported };
  });
}

class ErrorTally {
  readonly shown: RowError[] = [];
  total = 0;

  add(shown: readonly RowError[], total = shown.length): void {
    for (const error of shown) if (this.shown.length < ERRORS_SHOWN) this.shown.push(error);
    this.total += total;
  }
}

interface FileJob {
  bulkLoader: BulkLoader;
  organisation: Organisation;
  file: ImportFile;
  index: number;
  invocationId: string;
  errors: ErrorTally;
}

async function importFile(
  tx: Kysely<Database>,
  job: FileJob,
  options: ImportOptions & { mappings: ColumnMapping[] },
): Promise<ImportedFile | undefined> {
  const { file, errors } = job;
  const hash = createHash("sha256");
  const opened = await readExport(
    { fileName: file.fileName, bytes: hashing(file.bytes, hash), size: file.size },
    {
      timeZone: job.organisation.time_zone,
      source: options.source,
      mappings: options.mappings,
      errorLimit: ERRORS_SHOWN,
      onProgress: (progress) => options.onProgress?.({ ...progress, fileName: file.fileName }),
    },
  );
  if (!opened.ok) {
    errors.add(opened.rowErrors);
    return undefined;
  }
  const reading = opened.reading;
  const tableName = tableOf(reading);
  const table: SourceTable = sourceTables[tableName];
  const staged = await StagedFile.create(tx, job.bulkLoader, table, String(job.index));
  await stageRecords(staged, reading, { fileName: file.fileName, table, errors });
  const outcome = reading.outcome();
  errors.add(outcome.rowErrors, outcome.totalErrors);
  for (const duplicate of await staged.duplicateKeys(ERRORS_SHOWN)) {
    errors.add([duplicateError(file.fileName, table, duplicate)]);
  }
  let result: ImportedFile | undefined;
  if (errors.total === 0) {
    const importId = randomUUID();
    const counts = await staged.merge(job.organisation.id, importId);
    const accountTotals =
      outcome.accountTotals && (await checkTotals(staged, outcome.accountTotals));
    result = {
      importId,
      fileName: file.fileName,
      source: outcome.format.source,
      format: outcome.format,
      rowsRead: outcome.rowsRead,
      ...counts,
      accountTotals,
    };
    await recordImportBatch(tx, {
      id: importId,
      organisation_id: job.organisation.id,
      invocation_id: job.invocationId,
      file_name: file.fileName,
      size_bytes: file.size,
      sha256: hash.digest("hex"),
      source: outcome.format.source,
      format: JSON.stringify(outcome.format),
      rows_read: outcome.rowsRead,
      ...counts,
      imported_at: new Date().toISOString(),
      undone_at: null,
    });
  }
  await staged.drop();
  return result;
}

async function stageRecords(
  staged: StagedFile,
  reading: AnyExportReading,
  into: { fileName: string; table: SourceTable; errors: ErrorTally },
): Promise<void> {
  const decimals = into.table.values.filter((c) => c.type === "decimal").map((c) => c.name);
  const toRows = rowMapperFor(reading);
  for await (const batch of reading.batches()) {
    const rows: { line: number; row: StoredRow }[] = [];
    for (const { line, record } of batch) {
      for (const row of toRows(record)) {
        const precise = tooPreciseDecimal(row, decimals);
        if (precise) {
          into.errors.add([
            {
              file: into.fileName,
              line,
              column: precise.column,
              value: precise.value,
              message: `\`${precise.value}\` has more than ${DECIMAL_SCALE} decimals; Fourfold keeps ${DECIMAL_SCALE}`,
            },
          ]);
        }
        rows.push({ line, row });
      }
    }
    await staged.add(rows);
  }
}

function duplicateError(fileName: string, table: SourceTable, duplicate: DuplicateKey): RowError {
  const key = table.key.map((column) => String(duplicate.key[column.name])).join(", ");
  const names = table.key.map((column) => column.name.replaceAll("_", " ")).join(" and ");
  const [first, ...others] = duplicate.lines;
  return {
    file: fileName,
    line: others[0] ?? first ?? 0,
    value: key,
    message:
      `the same ${names} (${key}) is on lines ${duplicate.lines.join(", ")}; ` +
      "an export holds each once: remove the repeated rows",
  };
}

/** Whether the imported rows add up to the totals the export states (Google Ads' Total: Account). */
async function checkTotals(
  staged: StagedFile,
  stated: AdTotals,
): Promise<AdTotals & { matchImportedRows: boolean }> {
  const sums = await staged.totals([
    "impressions",
    "clicks",
    "cost",
    "conversions",
    "conversion_value",
  ]);
  const same = (a: string | number | null, b: string | number | null | undefined) =>
    a === null || (b !== null && b !== undefined && Number(a) === Number(b));
  const matchImportedRows =
    same(stated.impressions, sums.impressions) &&
    same(stated.clicks, sums.clicks) &&
    same(stated.cost, sums.cost) &&
    same(stated.conversions, sums.conversions) &&
    same(stated.conversionValue, sums.conversion_value);
  return { ...stated, matchImportedRows };
}

/** Passes the bytes through while feeding them to the file's SHA-256. */
function hashing(
  bytes: AsyncIterable<Uint8Array> | Uint8Array,
  hash: ReturnType<typeof createHash>,
): AsyncIterable<Uint8Array> | Uint8Array {
  if (bytes instanceof Uint8Array) {
    hash.update(bytes);
    return bytes;
  }
  return (async function* () {
    for await (const chunk of bytes) {
      hash.update(chunk);
      yield chunk;
    }
  })();
}
