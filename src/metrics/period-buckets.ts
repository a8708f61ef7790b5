// Which period a row falls in, computed by the database: the first day of the period that
// holds the row's local date. Rows are already dated in the organisation's time zone (the
// importer converts instants), so this is calendar arithmetic only, read alike by DuckDB
// and PostgreSQL. JavaScript turns each first day back into a period with the domain's
// periodContaining, so keys (`2025-Q1`, `FY2026-Q1`, `2025-W03`) are defined in one place.

import { type RawBuilder, sql } from "kysely";
import { checkFiscalCalendar, type FiscalCalendar } from "../domain/fiscal-year.ts";
import type { Grain } from "../domain/periods.ts";

/** How rows are bucketed: by periods of a grain, or all of a range as one bucket. */
export type Bucketing = Grain | "whole_range";

/**
 * The first day of the period of `grain` holding `date` (a DATE expression). Both engines
 * truncate timestamps alike (ISO weeks start on Monday in both); the date is cast to a
 * timestamp without zone first, so PostgreSQL's session time zone cannot move it.
 */
export function periodStartSql(
  date: RawBuilder<unknown>,
  grain: Grain,
  fiscal: FiscalCalendar,
): RawBuilder<string> {
  if (grain === "day") return sql<string>`${date}`;
  const timestamp = sql`cast(${date} as timestamp)`;
  if (grain === "week" || grain === "month") {
    return sql<string>`cast(date_trunc(${sql.lit(grain)}, ${timestamp}) as date)`;
  }
  // A fiscal year starting in month m is the calendar's cut shifted by m − 1 months: shift
  // the date back, truncate, shift the start forward again. Quarters repeat every 3 months.
  const startMonth = checkFiscalCalendar(fiscal).fiscalYearStartMonth;
  const shift = grain === "quarter" ? (startMonth - 1) % 3 : startMonth - 1;
  if (shift === 0) return sql<string>`cast(date_trunc(${sql.lit(grain)}, ${timestamp}) as date)`;
  const months = sql`cast(${sql.lit(`${shift} months`)} as interval)`;
  return sql<string>`cast(date_trunc(${sql.lit(grain)}, ${timestamp} - ${months}) + ${months} as date)`;
}
