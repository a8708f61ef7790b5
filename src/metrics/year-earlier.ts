// Measures one year earlier, like for like (fjordline/README.md, revenue_growth_yoy): a
// period is compared over the months it has rows for, each with the same month one year
// earlier, and has no value when any of those earlier months has no rows. A quarter
// holding only October is compared with last October, not last year's whole quarter.
// Days and weeks are compared with their own twins (domain samePeriodLastYear).
//
// Two queries per source: which months (days, weeks) have rows, then the measures over
// their twins, each twin joined to the period it is compared for.

import { type Kysely, sql } from "kysely";
import { addDays, daysFrom, earlierOf } from "../domain/calendar-date.ts";
import type { FiscalCalendar } from "../domain/fiscal-year.ts";
import { samePeriodLastYear } from "../domain/period-navigation.ts";
import { type Grain, periodContaining } from "../domain/periods.ts";
import type { Database } from "../storage/schema.ts";
import {
  type BucketSpan,
  type DateRange,
  type GroupRow,
  type MeasureGroup,
  organisationRows,
  runGroupQuery,
  SPANS_WITH_ROWS,
} from "./measure-query.ts";
import { type Bucketing, periodStartSql } from "./period-buckets.ts";
import type { Dimension } from "./source-catalogue.ts";

export const WHOLE_RANGE_KEY = "whole_range";

// A twin is one row of parameters (bucket, from, to and the dimension values); this keeps a
// statement well below PostgreSQL's 65,535 parameters.
const SPANS_PER_QUERY = 5_000;

export interface YearEarlierRequest {
  organisationId: string;
  group: MeasureGroup;
  bucketing: Bucketing;
  fiscal: FiscalCalendar;
  range?: DateRange | undefined;
  dimensions: readonly Dimension[];
}

/** A bucket compared with last year: `complete` when every twin has rows. */
export interface YearEarlierRow extends GroupRow {
  complete: boolean;
}

/**
 * One row per bucket and dimension values that have rows this year, holding the measures
 * over last year's twins; `complete` is false (no value) when any twin has no rows. A
 * bucket without rows this year has no row: it is compared over no months at all.
 */
export async function runYearEarlierQuery(
  db: Kysely<Database>,
  request: YearEarlierRequest,
): Promise<YearEarlierRow[]> {
  const spans = await twinSpans(db, request);
  const compared = new Map<string, { span: BucketSpan; twins: number }>();
  for (const span of spans) {
    const key = JSON.stringify([span.bucket, ...span.dimensions]);
    compared.set(key, { span, twins: (compared.get(key)?.twins ?? 0) + 1 });
  }
  const found = new Map<string, GroupRow>();
  for (let start = 0; start < spans.length; start += SPANS_PER_QUERY) {
    const rows = await runGroupQuery(db, {
      organisationId: request.organisationId,
      group: request.group,
      rowBucket: { kind: "spans", spans: spans.slice(start, start + SPANS_PER_QUERY) },
      dimensions: request.dimensions,
    });
    for (const row of rows) found.set(JSON.stringify([row.bucket, ...row.dimensions]), row);
  }
  return [...compared].map(([key, { span, twins }]) => {
    const row = found.get(key);
    const complete = row !== undefined && Number(row.columns[SPANS_WITH_ROWS]) === twins;
    return row
      ? { ...row, complete }
      : { bucket: span.bucket, dimensions: [...span.dimensions], columns: {}, complete };
  });
}

/** The grain like-for-like works in: months, unless the periods are shorter. */
function unitGrain(bucketing: Bucketing): Grain {
  return bucketing === "day" || bucketing === "week" ? bucketing : "month";
}

/** Last year's twin of every month (day, week) that has rows, with the bucket it counts for. */
async function twinSpans(db: Kysely<Database>, request: YearEarlierRequest): Promise<BucketSpan[]> {
  const { group, bucketing, fiscal, range } = request;
  const grain = unitGrain(bucketing);
  const date = sql.ref(`t.${group.dateField}`);
  let units = organisationRows(db, group.source, request.organisationId).select([
    periodStartSql(date, grain, fiscal).as("unit"),
    ...request.dimensions.map((name, i) => sql.ref(`t.${name}`).as(`d${i}`)),
  ]);
  units = range
    ? units.where(date, ">=", range.from).where(date, "<=", range.to)
    : units.where(date, "is not", null);
  const rows = await units.distinct().execute();
  return rows.map((row) => {
    const unit = periodContaining(String(row.unit), grain, fiscal);
    // A range may cut a unit (month to date): its twin is cut at the same days.
    const from = range && range.from > unit.start ? range.from : unit.start;
    const to = range ? earlierOf(range.to, unit.end) : unit.end;
    const twin = samePeriodLastYear(unit);
    const bucket =
      bucketing === "whole_range" ? WHOLE_RANGE_KEY : periodContaining(from, bucketing, fiscal).key;
    return {
      bucket,
      from: from === unit.start ? twin.start : addDays(twin.start, daysFrom(unit.start, from)),
      to:
        to === unit.end
          ? twin.end
          : earlierOf(twin.end, addDays(twin.start, daysFrom(unit.start, to))),
      dimensions: request.dimensions.map((_, i) => (row[`d${i}`] ?? null) as string | null),
    };
  });
}
