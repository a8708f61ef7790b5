// One data row of an export, read by field name. Each reading checks the cell strictly and,
// when it fails, records an error naming the line, the column as the file names it, the
// value and what was expected, and returns a placeholder: an adapter builds its record in
// one go and returns it only when `failed` is false. One reader serves every row of a file.

import { DECIMAL_INTEGER_DIGITS, DECIMAL_SCALE } from "../storage/source-tables.ts";
import { dateProblem, monthProblem, readTimestamp, type Timestamp } from "./dates.ts";
import type { DateReading } from "./export-dates.ts";
import {
  describeNumberFormat,
  type NumberFormat,
  parseDecimal,
  parseWholeNumber,
} from "./numbers.ts";
import { type RowErrorLog, shownValue } from "./row-errors.ts";

/** Where a field's column is in the file, and how the file's header names it. */
export interface ColumnBinding {
  field: string;
  index: number;
  header: string;
  /** The currency a header names in brackets, `Amount spent (DKK)` → `DKK`. */
  currency: string | null;
}

export const EMPTY_REQUIRED = "is empty, but every row needs a value here";

const YES = new Set(["yes", "ja", "true", "y", "j"]);
const NO = new Set(["no", "nej", "false", "n"]);

export class RowReader<F extends string> {
  line = 0;
  cells: readonly string[] = [];
  failed = false;
  readonly numberFormat: NumberFormat;
  readonly timeZone: string;
  private readonly columns: Map<string, ColumnBinding>;
  private readonly errors: RowErrorLog;

  constructor(options: {
    bindings: readonly ColumnBinding[];
    numberFormat: NumberFormat;
    timeZone: string;
    errors: RowErrorLog;
  }) {
    this.columns = new Map(options.bindings.map((binding) => [binding.field, binding]));
    this.numberFormat = options.numberFormat;
    this.timeZone = options.timeZone;
    this.errors = options.errors;
  }

  start(line: number, cells: readonly string[]): void {
    this.line = line;
    this.cells = cells;
    this.failed = false;
  }

  /** Whether the file has a column for `field` (optional columns may be absent). */
  has(field: F): boolean {
    return this.columns.has(field);
  }

  /** The cell of `field`, trimmed; "" when empty or when the file lacks the column. */
  cell(field: F): string {
    const binding = this.columns.get(field);
    if (binding === undefined) return "";
    return (this.cells[binding.index] ?? "").trim();
  }

  /** The currency named by `field`'s header (`Amount spent (DKK)`), if any. */
  currencyOf(field: F): string | null {
    return this.columns.get(field)?.currency ?? null;
  }

  /** Records that `field`'s cell is wrong; `why` follows the value (`is not a score …`). */
  fail(field: F, why: string): void {
    const value = this.cell(field);
    this.failed = true;
    this.errors.add({
      line: this.line,
      column: this.columns.get(field)?.header ?? field,
      value,
      message: value === "" ? why : `\`${shownValue(value)}\` ${why}`,
    });
  }

  text(field: F): string {
    const value = this.cell(field);
    if (value === "") this.fail(field, EMPTY_REQUIRED);
    return value;
  }

  optionalText(field: F): string | null {
    const value = this.cell(field);
    return value === "" ? null : value;
  }

  /** A whole number of 0 or more: impressions, clicks, a score. */
  count(field: F): number {
    return this.countOr(field, undefined);
  }

  /** A count where an empty cell means 0 (Meta leaves zero counts empty). */
  countOrZero(field: F): number {
    return this.countOr(field, 0);
  }

  decimal(field: F): string {
    return this.decimalOr(field, undefined) ?? "0";
  }

  /** An exact decimal where an empty cell means 0 (Meta leaves zero amounts empty). */
  decimalOrZero(field: F): string {
    return this.decimalOr(field, "0") ?? "0";
  }

  /** An exact decimal where an empty cell means "no value". */
  decimalOrNull(field: F): string | null {
    return this.decimalOr(field, null);
  }

  date(field: F): string {
    return this.dateOrNull(field, true) ?? "";
  }

  /** A date where an empty cell means "never" (HubSpot's lifecycle dates). */
  dateOrNull(field: F, required = false): string | null {
    const value = this.cell(field);
    if (value === "") return this.empty(field, required, null);
    const problem = dateProblem(value);
    if (problem !== undefined) this.fail(field, problem);
    return value;
  }

  /** A date in an export's own form (GA4's `20250103`, LinkedIn's `3/5/2025`), as ISO. */
  dateAs(field: F, read: (text: string) => DateReading): string {
    const value = this.cell(field);
    if (value === "") return this.empty(field, true, "");
    const reading = read(value);
    if (reading.ok) return reading.date;
    this.fail(field, reading.problem);
    return "";
  }

  month(field: F): string {
    const value = this.cell(field);
    if (value === "") return this.empty(field, true, "");
    const problem = monthProblem(value);
    if (problem !== undefined) this.fail(field, problem);
    return value;
  }

  timestamp(field: F): Timestamp {
    return this.timestampOrNull(field, true) ?? { local: "", date: "", instant: "" };
  }

  /** A moment where an empty cell means "never" (HubSpot's lifecycle dates). */
  timestampOrNull(field: F, required = false): Timestamp | null {
    const value = this.cell(field);
    if (value === "") return this.empty(field, required, null);
    const read = readTimestamp(value, this.timeZone);
    if (typeof read !== "string") return read;
    this.fail(field, read);
    return null;
  }

  /** `yes`/`no`, and the Danish `ja`/`nej`, in any case. */
  yesNo(field: F): boolean {
    const value = this.cell(field);
    if (value === "") return this.empty(field, true, false);
    const lower = value.toLowerCase();
    if (YES.has(lower)) return true;
    if (!NO.has(lower)) this.fail(field, "is neither yes nor no (ja/nej and true/false also do)");
    return false;
  }

  private countOr(field: F, ifEmpty: number | undefined): number {
    const value = this.cell(field);
    if (value === "") return this.empty(field, ifEmpty === undefined, ifEmpty ?? 0);
    const parsed = parseWholeNumber(value, this.numberFormat);
    if (parsed !== undefined && parsed >= 0) return parsed;
    this.fail(
      field,
      `is not a whole number of 0 or more in the file's ${describeNumberFormat(this.numberFormat, true)}`,
    );
    return 0;
  }

  /** `ifEmpty` undefined: the cell is required. */
  private decimalOr(field: F, ifEmpty: string | null | undefined): string | null {
    const value = this.cell(field);
    if (value === "") return this.empty(field, ifEmpty === undefined, ifEmpty ?? null);
    const parsed = parseDecimal(value, this.numberFormat);
    if (parsed === undefined) {
      this.fail(field, `is not a number in the file's ${describeNumberFormat(this.numberFormat)}`);
      return null;
    }
    // Past the store's decimal(18,4) the database driver would fail with a conversion error.
    if (parsed.replace("-", "").split(".")[0]!.length > DECIMAL_INTEGER_DIGITS) {
      const largest = `${"9".repeat(DECIMAL_INTEGER_DIGITS)}.${"9".repeat(DECIMAL_SCALE)}`;
      this.fail(
        field,
        `is larger than Fourfold stores: at most ${DECIMAL_INTEGER_DIGITS} digits before the decimal point (${largest})`,
      );
      return null;
    }
    return parsed;
  }

  private empty<T>(field: F, required: boolean, placeholder: T): T {
    if (required) this.fail(field, EMPTY_REQUIRED);
    return placeholder;
  }
}
