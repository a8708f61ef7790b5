import {
  type DuckDBType,
  DuckDBTypeId,
  type DuckDBValue,
  type DuckDBValueConverter,
  JsonDuckDBValueConverter,
} from "@duckdb/node-api";

/** What a DuckDB row cell becomes in JavaScript: the same shapes `pg` gives us. */
export type Cell = string | number | boolean | null | Cell[] | { [key: string]: Cell };

/**
 * Converts DuckDB values to the shapes Fourfold relies on, identical to what our
 * PostgreSQL type parsers produce (postgres-types.ts):
 * - DECIMAL stays an exact string (`"1161010.23"`), never a float;
 * - DATE is `YYYY-MM-DD`, never a JS Date in the machine's local time;
 * - TIMESTAMP WITH TIME ZONE is an ISO instant (`2025-01-02T12:52:00.000Z`);
 * - BIGINT (counts) is a number while it is a safe integer, as pg's int8 parser does;
 * - HUGEINT (DuckDB's type for sums of integers) is an exact string, like PostgreSQL's
 *   NUMERIC for the same sums.
 */
export const toCell: DuckDBValueConverter<Cell> = (value, type, converter) => {
  if (value === null) return null;
  switch (type.typeId) {
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
      return safeInteger(value);
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
      return (value as bigint).toString();
    case DuckDBTypeId.TIMESTAMP_TZ:
      return instantOf(value);
    default:
      return JsonDuckDBValueConverter(value, type as DuckDBType, converter) as Cell;
  }
};

function safeInteger(value: DuckDBValue): number | string {
  const big = value as bigint;
  const asNumber = Number(big);
  return Number.isSafeInteger(asNumber) ? asNumber : big.toString();
}

function instantOf(value: DuckDBValue): string {
  // micros since the epoch; keep millisecond precision as JS and pg do.
  const micros = (value as { micros: bigint }).micros;
  return new Date(Number(micros / 1000n)).toISOString();
}
