// One export being read, after its header was found: its rows streamed into typed records,
// in batches, with every row's errors collected. The first rows are read ahead to decide
// the file's number format from its values; after that, memory holds one chunk of text,
// one batch of records and the first errors, however long the file.

import type { AdTotals } from "./ad-row.ts";
import type { ByteSource } from "./byte-source.ts";
import { type CsvRecord, CsvTokenizer } from "./csv-tokenizer.ts";
import type { Encoding, ExportDecoder } from "./encoding.ts";
import type { Delimiter, HeaderRow } from "./header-row.ts";
import { decideNumberFormat, type NumberFormat, numberFormatHint } from "./numbers.ts";
import type { Language } from "./recognition.ts";
import { type RowError, RowErrorLog } from "./row-errors.ts";
import { type ColumnBinding, RowReader } from "./row-reader.ts";
import type { ColumnSpec, SummaryRows } from "./source-adapter.ts";

export interface ExportFormat {
  encoding: Encoding;
  byteOrderMark: boolean;
  delimiter: Delimiter;
  numberFormat: NumberFormat;
  /** The line of the header row; the lines before it are title lines. */
  headerLine: number;
  headers: string[];
  /** The source's name, e.g. `google_ads`. */
  source: string;
}

/** A record and the line its row starts on, for errors found later (e.g. a repeated key). */
export interface LineRecord<R> {
  line: number;
  record: R;
}

export interface ReadProgress {
  bytesRead: number;
  /** Known when the bytes came whole, or their size was given. */
  totalBytes: number | undefined;
  rowsRead: number;
}

export interface ReadOutcome {
  /** Data rows read: not the header, title, blank or summary rows. */
  rowsRead: number;
  /** Records yielded: rowsRead less the rows with errors. */
  recordsRead: number;
  /** The first errors in detail; totalErrors counts them all. None means the file is good. */
  rowErrors: RowError[];
  totalErrors: number;
  /** The account totals the export states about itself (Google Ads' `Total: Account`). */
  accountTotals: AdTotals | null;
  /** As at the start, but with the encoding a late non-ASCII byte may have decided. */
  format: ExportFormat;
}

/** What a reading needs of its source. */
export interface ReadableSource<K extends string, R> {
  name: string;
  label: string;
  kind: K;
  columns: readonly ColumnSpec<string>[];
  /** The record fields that identify a row (ads: platform, day, campaign). */
  naturalKey: readonly string[];
  toRecord(row: RowReader<string>): R | undefined;
  summaryRows?: SummaryRows<string>;
  fileReader?(): (row: RowReader<string>) => R | undefined;
  descriptionRow?(cells: readonly string[]): boolean;
  numberFormat?: NumberFormat;
}

export interface ReadingSetup<K extends string, R> {
  fileName: string;
  source: ReadableSource<K, R>;
  bindings: ColumnBinding[];
  language: Language;
  header: HeaderRow;
  /** The decoded text from the start of the header row on. */
  text: string;
  bytes: ByteSource;
  decoder: ExportDecoder;
  timeZone: string;
  batchSize: number;
  errorLimit: number;
  onProgress: ((progress: ReadProgress) => void) | undefined;
}

// Enough rows to see decimals in a money column, few enough to hold in memory.
const PREVIEW_ROWS = 200;

export class ExportReading<K extends string, R> {
  readonly kind: K;
  readonly source: ReadableSource<K, R>;
  readonly format: ExportFormat;
  private readonly setup: ReadingSetup<K, R>;
  private readonly errors: RowErrorLog;
  private readonly tokenizer: CsvTokenizer;
  private reader: RowReader<string> | undefined;
  private pending: CsvRecord[];
  /** No more text to read: the file ended, or a fatal error stopped the reading. */
  private ended = false;
  private stopped = false;
  private started = false;
  private finished = false;
  private rowsRead = 0;
  private recordsRead = 0;
  private accountTotals: AdTotals | null = null;
  private readonly recordOf: (row: RowReader<string>) => R | undefined;

  constructor(setup: ReadingSetup<K, R>) {
    this.setup = setup;
    this.kind = setup.source.kind;
    this.source = setup.source;
    this.errors = new RowErrorLog(setup.fileName, setup.errorLimit);
    this.tokenizer = new CsvTokenizer(setup.header.delimiter, setup.header.line);
    this.pending = this.tokenize(setup.text);
    if (this.pending[0]?.line === setup.header.line) this.pending.shift();
    const first = this.pending[0];
    if (first && setup.source.descriptionRow?.(first.cells)) this.pending.shift();
    this.recordOf = setup.source.fileReader?.() ?? ((row) => setup.source.toRecord(row));
    this.format = {
      encoding: setup.decoder.encoding,
      byteOrderMark: setup.decoder.byteOrderMark,
      delimiter: setup.header.delimiter,
      numberFormat:
        setup.source.numberFormat ?? (setup.language === "danish" ? "danish" : "english"),
      headerLine: setup.header.line,
      headers: setup.header.cells.map((cell) => cell.trim()),
      source: setup.source.name,
    };
  }

  /** Reads the first rows ahead and decides the file's number format from their values. */
  async preview(): Promise<void> {
    while (this.pending.length < PREVIEW_ROWS) {
      const records = await this.nextRecords();
      if (records === undefined) break;
      for (const record of records) this.pending.push(record);
    }
    if (this.source.numberFormat === undefined) {
      this.format.numberFormat = decideNumberFormat(this.numberProofs(), this.setup.language);
    }
    this.reader = new RowReader({
      bindings: this.setup.bindings,
      numberFormat: this.format.numberFormat,
      timeZone: this.setup.timeZone,
      errors: this.errors,
    });
  }

  /** The records, a batch at a time; rows with errors are left out and counted in outcome. */
  async *batches(): AsyncGenerator<LineRecord<R>[]> {
    if (this.started) throw new Error("an export's records can be read only once");
    this.started = true;
    let batch: LineRecord<R>[] = [];
    let records: CsvRecord[] | undefined = this.pending;
    this.pending = [];
    while (records !== undefined) {
      for (const record of records) {
        this.readRecord(record, batch);
        if (batch.length >= this.setup.batchSize) {
          yield batch;
          batch = [];
        }
      }
      records = await this.nextRecords();
    }
    if (batch.length > 0) yield batch;
    this.finished = true;
    this.format.encoding = this.setup.decoder.encoding;
    this.reportProgress();
  }

  /** What the reading found; only once all batches were read. */
  outcome(): ReadOutcome {
    if (!this.finished) throw new Error("read all batches before asking for the outcome");
    return {
      rowsRead: this.rowsRead,
      recordsRead: this.recordsRead,
      rowErrors: this.errors.details,
      totalErrors: this.errors.total,
      accountTotals: this.accountTotals,
      format: { ...this.format },
    };
  }

  private numberProofs(): { english: number; danish: number } {
    const proofs = { english: 0, danish: 0 };
    const numeric = new Set(this.source.columns.filter((c) => c.numeric).map((c) => c.field));
    const indexes = this.setup.bindings.filter((b) => numeric.has(b.field)).map((b) => b.index);
    for (const { cells, problem } of this.pending) {
      if (problem !== undefined || this.source.summaryRows?.matches(cells[0] ?? "")) continue;
      for (const index of indexes) {
        const hint = numberFormatHint((cells[index] ?? "").trim());
        if (hint !== undefined) proofs[hint]++;
      }
    }
    return proofs;
  }

  private readRecord(record: CsvRecord, batch: LineRecord<R>[]): void {
    if (record.problem !== undefined) {
      this.errors.add({ line: record.line, message: record.problem });
      return;
    }
    const { cells, line } = record;
    if (cells.length !== this.setup.header.cells.length && !this.fitsHeader(record)) return;
    const reader = this.reader!;
    reader.start(line, cells);
    const summaryRows = this.source.summaryRows;
    if (summaryRows?.matches(cells[0]!)) {
      this.accountTotals = summaryRows.totals(reader) ?? this.accountTotals;
      return;
    }
    this.rowsRead++;
    const value = this.recordOf(reader);
    if (value === undefined) return;
    batch.push({ line, record: value });
    this.recordsRead++;
  }

  /** Too few cells are an error; extra cells only if they hold something. */
  private fitsHeader({ line, cells }: CsvRecord): boolean {
    const { header } = this.setup;
    const width = header.cells.length;
    if (cells.length > width && cells.slice(width).every((cell) => cell.trim() === "")) return true;
    const delimiter = header.delimiter === "\t" ? "a tab" : `\`${header.delimiter}\``;
    const hint = cells.length > width ? ` (does a cell hold ${delimiter} without quotes?)` : "";
    this.errors.add({
      line,
      message: `has ${cells.length} cells, but the header on line ${header.line} has ${width}${hint}`,
    });
    return false;
  }

  /** The records of the next chunk; undefined once the file (or a fatal error) ended it. */
  private async nextRecords(): Promise<CsvRecord[] | undefined> {
    if (this.ended) return undefined;
    const chunk = await this.setup.bytes.next();
    const { decoder } = this.setup;
    const text = chunk === undefined ? decoder.end() : decoder.decode(chunk);
    if (chunk === undefined) this.ended = true;
    if (decoder.failure !== undefined) {
      // The failing byte is somewhere in this chunk, which starts on the tokenizer's line.
      this.fatal({
        message: `from line ${this.tokenizer.line} on, the bytes are ${decoder.failure}`,
      });
      return [];
    }
    const records = this.tokenize(text);
    if (chunk === undefined && !this.stopped) records.push(...this.tokenizer.end());
    this.reportProgress();
    return records;
  }

  private tokenize(text: string): CsvRecord[] {
    // PostgreSQL cannot store NUL in text, and no export writes one: the file is damaged.
    const nul = text.indexOf("\0");
    const records = this.tokenizer.push(nul < 0 ? text : text.slice(0, nul));
    if (this.tokenizer.runaway) {
      this.fatal({ line: this.tokenizer.runaway.line, message: this.tokenizer.runaway.problem! });
    } else if (nul >= 0) {
      this.fatal({
        line: this.tokenizer.line,
        message: "holds a NUL character, which no CSV export has: the file is damaged or binary",
      });
    }
    return records;
  }

  /** An error after which nothing more of the file is read: what follows cannot be trusted. */
  private fatal(error: Omit<RowError, "file">): void {
    this.errors.add(error);
    this.ended = true;
    this.stopped = true;
  }

  private reportProgress(): void {
    const { bytes, onProgress } = this.setup;
    onProgress?.({
      bytesRead: bytes.bytesRead,
      totalBytes: bytes.totalBytes,
      rowsRead: this.rowsRead,
    });
  }
}
