import pg from "pg";

// PostgreSQL type OIDs whose default JavaScript conversion we change.
const INT8 = 20;
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

/**
 * Row values from PostgreSQL in the same shapes as from DuckDB (duckdb/duckdb-values.ts):
 * NUMERIC stays an exact string (pg's default), DATE stays `YYYY-MM-DD` instead of a
 * local-time JS Date, timestamps with zone become ISO instants, and counts (int8) become
 * numbers while they are safe integers.
 */
export const postgresTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (format === "binary") return pg.types.getTypeParser(oid, "binary");
    switch (oid) {
      case INT8:
        return (text: string) => {
          const asNumber = Number(text);
          return Number.isSafeInteger(asNumber) ? asNumber : text;
        };
      case DATE:
      case TIMESTAMP:
        return (text: string) => text;
      case TIMESTAMPTZ:
        return (text: string) => new Date(text).toISOString();
      default:
        return pg.types.getTypeParser(oid, "text");
    }
  },
};
