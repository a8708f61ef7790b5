// The periods that hold data: those in which any source has a row, by any of the dates that
// put its rows in periods (cli.md, `kpis`: "for every period that holds data in any source").
// One query over every source answers it, and also says which sources hold data at all.
// A KPI request asks it inside its own statement instead (kpi-statement.ts), one common
// table per dated source its measures do not already read.

import { type Kysely, type RawBuilder, sql } from "kysely";
import type { FiscalCalendar } from "../domain/fiscal-year.ts";
import { type Period, periodContaining } from "../domain/periods.ts";
import type { Database } from "../storage/schema.ts";
import { type DateRange, organisationRows } from "./measure-query.ts";
import { type Bucketing, periodStartSql } from "./period-buckets.ts";
import { type MetricSource, metricSources, type SourceName } from "./source-catalogue.ts";

export interface DataPeriods {
  /** In order; empty when bucketing the whole range as one. */
  periods: Period[];
  /** The sources with at least one row dated in the range. */
  sources: Set<SourceName>;
}

export async function findDataPeriods(
  db: Kysely<Database>,
  request: {
    organisationId: string;
    bucketing: Bucketing;
    fiscal: FiscalCalendar;
    range?: DateRange | undefined;
  },
): Promise<DataPeriods> {
  const { bucketing, fiscal, range } = request;
  const dated = Object.values(metricSources).flatMap((source) =>
    source.periodDates.map((dateField) => {
      const date = sql.ref(`t.${dateField}`);
      // Distinct dates first: a few thousand days are bucketed instead of millions of rows.
      const rows = organisationRows(db, source, request.organisationId)
        .select([sql.lit(source.name).as("source"), sql`${date}`.as("date")])
        .distinct();
      return range
        ? rows.where(date, ">=", range.from).where(date, "<=", range.to)
        : rows.where(date, "is not", null);
    }),
  );
  const [first, ...rest] = dated;
  if (!first) return { periods: [], sources: new Set() };
  const union = rest.reduce((all, rows) => all.unionAll(rows), first);
  const bucket: RawBuilder<unknown> =
    bucketing === "whole_range"
      ? sql<null>`null`
      : periodStartSql(sql.ref("d.date"), bucketing, fiscal);
  const rows = await db
    .selectFrom(union.as("d"))
    .select([sql.ref("d.source").as("source"), bucket.as("bucket")])
    .distinct()
    .execute();
  const sources = new Set(rows.map((row) => row.source as SourceName));
  if (bucketing === "whole_range") return { periods: [], sources };
  const starts = [...new Set(rows.map((row) => String(row.bucket)))].sort();
  return { periods: starts.map((start) => periodContaining(start, bucketing, fiscal)), sources };
}

/**
 * The first days of the periods in which `source` has rows by `dateField` (one null row for
 * a whole range that has any), as a query to be part of a larger statement.
 */
export function dataPeriodsSelect(
  db: Kysely<Database>,
  request: {
    organisationId: string;
    source: MetricSource;
    dateField: string;
    bucketing: Bucketing;
    fiscal: FiscalCalendar;
    range?: DateRange | undefined;
  },
): RawBuilder<unknown> {
  const { bucketing, fiscal, range } = request;
  const date = sql.ref(`t.${request.dateField}`);
  // Distinct dates first: a few thousand days are bucketed instead of millions of rows.
  const dates = organisationRows(db, request.source, request.organisationId)
    .select(sql`${date}`.as("date"))
    .distinct();
  const inRange = range
    ? dates.where(date, ">=", range.from).where(date, "<=", range.to)
    : dates.where(date, "is not", null);
  const bucket =
    bucketing === "whole_range" ? sql`null` : periodStartSql(sql.ref("d.date"), bucketing, fiscal);
  return sql`select distinct ${bucket} as bucket from (${inRange}) d`;
}
