// The errors a user can cause (style guide, "Types and errors"). Each carries what the user
// needs to fix the input; the API and the CLI each turn them into a response in one place.
// Programmer errors (a broken invariant) are not these: they throw plain Errors.

/** The code of each user error, stable for the API and the CLI to switch on. */
export type FourfoldErrorCode = "invalid_input" | "import_rejected" | "not_found" | "conflict";

/** Base of every error a user can cause. */
export class FourfoldError extends Error {
  readonly code: FourfoldErrorCode;

  constructor(code: FourfoldErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

/** One problem with an input, at its path (`perspectives[1].objectives[0].kpis[2].target`). */
export interface InputIssue {
  path: string;
  message: string;
}

/** The input (a request, a scorecard file, a command-line option) is wrong; nothing was changed. */
export class InvalidInput extends FourfoldError {
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    if (issues.length === 0) throw new Error("InvalidInput needs at least one issue");
    super("invalid_input", issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n"));
    this.issues = issues;
  }
}

/** One problem with one row (or cell) of an imported file. */
export interface RowError {
  file: string;
  line?: number;
  column?: string;
  value?: string;
  message: string;
}

// The message stays readable; every error given is still in `rowErrors`.
const ROW_ERRORS_IN_MESSAGE = 20;

/**
 * An import was rejected as a whole; no file of it was applied. `rowErrors` may be the first
 * few of `totalErrors`, so a file with a million bad rows still gives a readable message.
 */
export class ImportRejected extends FourfoldError {
  readonly rowErrors: readonly RowError[];
  readonly totalErrors: number;

  constructor(rowErrors: readonly RowError[], totalErrors: number = rowErrors.length) {
    const shown = rowErrors.slice(0, ROW_ERRORS_IN_MESSAGE).map(describeRowError);
    const more = totalErrors > shown.length ? [`… and ${totalErrors - shown.length} more`] : [];
    super("import_rejected", [...shown, ...more].join("\n"));
    this.rowErrors = rowErrors;
    this.totalErrors = totalErrors;
  }
}

function describeRowError(error: RowError): string {
  const line = error.line === undefined ? "" : `:${error.line}`;
  const column = error.column === undefined ? "" : ` column ${error.column}`;
  const value = error.value === undefined ? "" : ` value "${error.value}"`;
  return `${error.file}${line}${column}${value}: ${error.message}`;
}

/** A thing the user named (a scorecard, a KPI, a period) does not exist. */
export class NotFound extends FourfoldError {
  readonly what: string;
  readonly id: string;

  /** `message` replaces the default when there is nothing to spell (no organisation yet). */
  constructor(what: string, id: string, message?: string) {
    super(
      "not_found",
      message ?? `there is no ${what} "${id}": check the spelling, or create it first`,
    );
    this.what = what;
    this.id = id;
  }
}

/** The request contradicts what is already stored (e.g. a key that is taken). */
export class Conflict extends FourfoldError {
  constructor(message: string) {
    super("conflict", message);
  }
}
