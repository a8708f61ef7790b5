// The one way into an export file: recognise its encoding, header row, delimiter, number
// format and source, then stream its rows as typed records. Storage-free: the caller stores
// the batches, and rejects the import as a whole if the outcome has any row error.

import { isKnownTimeZone } from "../domain/time-zone.ts";
import { ByteSource } from "./byte-source.ts";
import { binaryProblem, ExportDecoder, sniffEncoding } from "./encoding.ts";
import { ExportReading, type ReadableSource, type ReadProgress } from "./export-reading.ts";
import type { ColumnMapping } from "./generic-csv.ts";
import { findHeader } from "./header-row.ts";
import { describeSources, findSource, type KnownSource, knownSources } from "./registry.ts";
import type { RowError } from "./row-errors.ts";
import type { SourceAdapter } from "./source-adapter.ts";

export interface ExportInput {
  /** The name errors give the file, e.g. `google_ads_campaign_report.csv`. */
  fileName: string;
  bytes: AsyncIterable<Uint8Array> | Uint8Array;
  /** The size in bytes, for progress, when the bytes are streamed. */
  size?: number;
}

export interface ReadOptions {
  /** The organisation's IANA time zone: local dates of instants, instants of local times. */
  timeZone: string;
  /** The source the user named (`--source google_ads`); otherwise recognised from the header. */
  source?: string;
  /** Saved column mappings, each a source for exports Fourfold does not know. */
  mappings?: readonly ColumnMapping[];
  /** Records per batch; 1000 unless given. */
  batchSize?: number;
  /** Errors kept in detail (all are counted); 20 unless given. */
  errorLimit?: number;
  onProgress?: (progress: ReadProgress) => void;
}

type ReadingOf<S> = S extends SourceAdapter<infer K, infer R, string> ? ExportReading<K, R> : never;

/** A reading of any source; switch on `kind` for its records' type. */
export type AnyExportReading = ReadingOf<KnownSource>;

export type OpenedExport =
  | { ok: true; reading: AnyExportReading }
  /** The file cannot be read at all (empty, binary, no known header): a whole-file error. */
  | { ok: false; rowErrors: RowError[] };

// The header row comes within the first lines; 64 KiB holds them with room to spare.
const PREFIX_BYTES = 65_536;

/**
 * Opens an export: reads its start to recognise its format and source, and returns a reading
 * that streams its records in batches; or, when the file cannot be read as any source, the
 * reason. Never throws for anything in the file.
 */
export async function readExport(input: ExportInput, options: ReadOptions): Promise<OpenedExport> {
  if (!isKnownTimeZone(options.timeZone))
    throw new RangeError(`unknown time zone ${options.timeZone}`);
  const reject = (error: Omit<RowError, "file">): OpenedExport => ({
    ok: false,
    rowErrors: [{ file: input.fileName, ...error }],
  });
  const sources = knownSources(options.mappings);
  const chosen = options.source === undefined ? undefined : findSource(options.source, sources);
  if (options.source !== undefined && chosen === undefined) {
    return reject({
      message: `\`${options.source}\` is not a source Fourfold knows. Sources known: ${describeSources(sources)}`,
    });
  }
  const bytes = new ByteSource(input.bytes, input.size);
  const prefix = await bytes.first(PREFIX_BYTES);
  const sniffed = sniffEncoding(prefix);
  if (sniffed.kind === "not text") return reject({ message: sniffed.message });
  const decoder = new ExportDecoder(sniffed);
  const text = decoder.decode(prefix) + (bytes.done ? decoder.end() : "");
  if (decoder.failure !== undefined) return reject({ message: `the file is ${decoder.failure}` });
  if (text.trim() === "") return reject({ message: "the file is empty" });
  const binary = binaryProblem(text);
  if (binary !== undefined) return reject({ message: binary });

  const search = findHeader(text, {
    complete: bytes.done,
    sources: chosen ? [chosen] : sources,
    chosen: chosen !== undefined,
  });
  if (!search.ok) return reject(search.error);
  const reading = new ExportReading({
    fileName: input.fileName,
    // Every known source is a readable one; the cast below restores which records it reads.
    source: search.source as ReadableSource<string, unknown>,
    bindings: search.bindings,
    language: search.language,
    header: search.header,
    text: text.slice(search.header.offset),
    bytes,
    decoder,
    timeZone: options.timeZone,
    batchSize: options.batchSize ?? 1000,
    errorLimit: options.errorLimit ?? 20,
    onProgress: options.onProgress,
  });
  await reading.preview();
  // TypeScript cannot follow a union of sources to the union of their readings.
  return { ok: true, reading: reading as AnyExportReading };
}
