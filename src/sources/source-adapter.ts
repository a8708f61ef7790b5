// What Fourfold knows about one kind of export: the columns it has (in the English and the
// Danish interface), which of them a record needs, and how a row becomes a typed record.

import type { AdTotals } from "./ad-row.ts";
import type { NumberFormat } from "./numbers.ts";
import type { RowReader } from "./row-reader.ts";

export interface ColumnSpec<F extends string> {
  field: F;
  /** Headers the tool's English interface writes; the first names the column in messages. */
  english: readonly string[];
  /** Headers its Danish interface writes, where one is known. */
  danish?: readonly string[];
  /** A file without this column is rejected, naming it; an optional one may be absent. */
  required: boolean;
  /** Holds numbers, so its values help decide the file's number format. */
  numeric?: boolean;
}

/** Rows an export adds about itself that are not data (Google Ads' `Total: …` rows). */
export interface SummaryRows<F extends string> {
  /** Whether a row starting with this cell is a summary row. */
  matches(firstCell: string): boolean;
  /** The account totals, when this summary row holds them. */
  totals(row: RowReader<F>): AdTotals | undefined;
}

/**
 * One source: `K` is the kind of record it yields (both ad platforms yield "ads"), `R` the
 * record, `F` the fields its columns are read by.
 */
export interface SourceAdapter<K extends string, R, F extends string> {
  /** The name users pass to `--source`, e.g. `google_ads`. */
  name: string;
  /** What users call the export, e.g. "Google Ads campaign report". */
  label: string;
  kind: K;
  columns: readonly ColumnSpec<F>[];
  /** The record fields that identify a row: one record per key. */
  naturalKey: readonly (keyof R & string)[];
  /** The record of a row, or undefined when the row has errors (recorded on `row`). */
  toRecord(row: RowReader<F>): R | undefined;
  summaryRows?: SummaryRows<F>;
  /**
   * For a source whose records span rows (a Shopify order's line items): a fresh reading
   * of one file's rows, in order, used instead of `toRecord`.
   */
  fileReader?(): (row: RowReader<F>) => R | undefined;
  /** Whether the first row under the header describes the columns instead of holding data. */
  descriptionRow?(cells: readonly string[]): boolean;
  /** A number format fixed by the source itself rather than decided per file. */
  numberFormat?: NumberFormat;
}
