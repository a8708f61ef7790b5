import { Conflict, ImportRejected, InvalidInput, NotFound } from "../domain/errors.ts";
import { UsageError } from "./usage.ts";

/** At most this many row errors are printed; the total is always said (import issue). */
export const MAX_ROW_ERRORS_SHOWN = 20;

/**
 * The lines the CLI prints on stderr for an error: one per problem, each naming what to fix.
 * Never a stack trace: an error we did not expect is still described in one line.
 */
export function describeError(error: unknown): string[] {
  if (error instanceof UsageError) return [`fourfold: ${error.message}`];
  if (error instanceof InvalidInput)
    return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
  if (error instanceof ImportRejected) {
    const shown = error.rowErrors.slice(0, MAX_ROW_ERRORS_SHOWN).map((row) => {
      const where = [
        row.file,
        row.line === undefined ? undefined : `line ${row.line}`,
        row.column === undefined ? undefined : `column ${row.column}`,
      ].filter(Boolean);
      return `${where.join(", ")}: ${row.message}`;
    });
    const total = error.totalErrors;
    const summary =
      total > shown.length
        ? `Nothing was imported: ${total} errors (the first ${shown.length} above).`
        : `Nothing was imported: ${total} ${total === 1 ? "error" : "errors"}.`;
    return [...shown, summary];
  }
  if (error instanceof NotFound || error instanceof Conflict) return [error.message];
  return [`fourfold: ${describeUnexpected(error)}`];
}

function describeUnexpected(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  if (code === "ECONNREFUSED") {
    return `cannot reach the PostgreSQL server of DATABASE_URL (${message}): is it running?`;
  }
  return message;
}

/** cli.md: 1 the input was rejected (nothing was changed); 2 wrong usage. */
export function exitCodeOf(error: unknown): number {
  return error instanceof UsageError ? 2 : 1;
}
