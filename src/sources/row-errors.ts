// The problems a user can fix in an export file, each with where it is and what was expected.
// Same shape as domain/errors.ts's RowError, so a list of these becomes an ImportRejected as is.

/** One problem in one file: the line, the column as the file names it, the value, the why. */
export interface RowError {
  file: string;
  line?: number;
  column?: string;
  value?: string;
  message: string;
}

// A damaged file can make one "cell" megabytes long; errors keep a readable piece of it.
const LONGEST_VALUE = 60;

/** A cell's text as shown in a message: cut to a readable length. */
export function shownValue(value: string): string {
  return value.length <= LONGEST_VALUE ? value : `${value.slice(0, LONGEST_VALUE)}…`;
}

/** `line 10, column Cost: `12.5x` is not a number …`, as the issue shows errors to users. */
export function describeRowError(error: RowError): string {
  const where = [
    error.line === undefined ? undefined : `line ${error.line}`,
    error.column === undefined ? undefined : `column ${error.column}`,
  ].filter((part) => part !== undefined);
  return where.length === 0 ? error.message : `${where.join(", ")}: ${error.message}`;
}

/**
 * Every error of one reading, counted; the first `limit` kept in detail, so a file with a
 * million bad rows is rejected with a readable list in bounded memory.
 */
export class RowErrorLog {
  readonly file: string;
  readonly limit: number;
  readonly details: RowError[] = [];
  total = 0;

  constructor(file: string, limit: number) {
    this.file = file;
    this.limit = limit;
  }

  add(error: Omit<RowError, "file">): void {
    this.total++;
    if (this.details.length < this.limit) this.details.push({ file: this.file, ...error });
  }
}
