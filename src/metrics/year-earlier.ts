// Measures one year earlier, like for like (fjordline/README.md, revenue_growth_yoy): a
// period is compared over the months it has rows for, each with the same month one year
// earlier, and has no value when any of those earlier months has no rows. A quarter
// holding only October is compared with last October, not last year's whole quarter.
// Days and weeks are compared with their own twins (domain samePeriodLastYear: the same
// day or month a year back, the same ISO week number of the previous ISO year).
//
// Two common tables of the request's one statement (kpi-statement.ts): the twins of the
// months (days, weeks) that have rows, each with the bucket it counts for, then the
// measures over the twins' rows. The twins are computed by the database, so no round trip
// is needed to learn which months have rows.

import { type Expression, type Kysely, type RawBuilder, sql } from "kysely";
import type { FiscalCalendar } from "../domain/fiscal-year.ts";
import type { Grain } from "../domain/periods.ts";
import type { Database } from "../storage/schema.ts";
import {
  type DateRange,
  groupSelect,
  type MeasureGroup,
  measureColumnNames,
  organisationRows,
  SPANS_WITH_ROWS,
} from "./measure-query.ts";
import { type Bucketing, periodStartSql } from "./period-buckets.ts";
import type { Dimension } from "./source-catalogue.ts";

export const WHOLE_RANGE_KEY = "whole_range";

/** How many twins a bucket is compared over: `complete` when all of them have rows. */
export const TWINS = "twins";

export interface YearEarlierRequest {
  organisationId: string;
  group: MeasureGroup;
  bucketing: Bucketing;
  fiscal: FiscalCalendar;
  range?: DateRange | undefined;
  dimensions: readonly Dimension[];
}

/** A named common table of a statement. */
export interface CommonTable {
  name: string;
  query: Expression<unknown>;
}

/**
 * The common tables of one year-earlier group: `table`, named `name`, reads `before`. It
 * has one row per bucket (period start, null for a whole range) and dimension values that
 * have rows this year, holding the measures over last year's twins, `spans_with_rows` and
 * `twins`. A bucket without rows this year has no row: it is compared over no months at all.
 */
export function yearEarlierTables(
  db: Kysely<Database>,
  request: YearEarlierRequest,
  name: string,
): { table: CommonTable; before: CommonTable[] } {
  const spans = `${name}_spans`;
  const dimensions = request.dimensions.map((_, i) => `d${i}`);
  const found = groupSelect(db, {
    organisationId: request.organisationId,
    group: request.group,
    rowBucket: { kind: "spans", table: spans },
    dimensions: request.dimensions,
  });
  const matches = ["bucket", ...dimensions].map(
    (column) => sql`s.${sql.id(column)} is not distinct from f.${sql.id(column)}`,
  );
  const grouped = ["bucket", ...dimensions].map((column) => sql.ref(`s.${column}`));
  const compared = sql`select ${sql.join([
    ...grouped,
    ...[...measureColumnNames(request.group), SPANS_WITH_ROWS].map((column) =>
      sql.ref(`f.${column}`),
    ),
    sql`s.${sql.id(TWINS)}`,
  ])} from (select ${sql.join(grouped)}, count(*) as ${sql.id(TWINS)} from ${sql.table(spans)} s group by ${sql.join(grouped)}) s left join (${found}) f on ${sql.join(matches, sql` and `)}`;
  return {
    table: { name, query: compared },
    before: [{ name: spans, query: twinSpans(db, request) }],
  };
}

/** The grain like-for-like works in: months, unless the periods are shorter. */
function unitGrain(bucketing: Bucketing): Grain {
  return bucketing === "day" || bucketing === "week" ? bucketing : "month";
}

const asDate = (value: RawBuilder<unknown> | string) => sql`cast(${value} as date)`;
const months = (count: number) => sql`cast(${sql.lit(`${count} months`)} as interval)`;
const monthsAfter = (date: RawBuilder<unknown>, count: number) =>
  sql`cast(cast(${date} as timestamp) + ${months(count)} as date)`;
const integer = (value: RawBuilder<unknown>) => sql`cast(${value} as integer)`;
// date − date is an integer in PostgreSQL, a bigint in DuckDB, which adds only integers to dates.
const daysFrom = (from: RawBuilder<unknown>, to: RawBuilder<unknown>) =>
  integer(sql`${to} - ${from}`);

/** The last day of the unit starting on `unit`. */
function unitEnd(unit: RawBuilder<unknown>, grain: Grain): RawBuilder<unknown> {
  if (grain === "day") return unit;
  if (grain === "week") return sql`(${unit} + 6)`;
  return sql`(${monthsAfter(unit, 1)} - 1)`;
}

/**
 * The first day of the unit's twin a year earlier: 12 months back (29 February's twin is
 * the 28th, as in both engines' date arithmetic), or the Monday of the same ISO week number
 * in the previous ISO year, its last week when that year has fewer.
 */
function twinStart(unit: RawBuilder<unknown>, grain: Grain): RawBuilder<unknown> {
  if (grain !== "week") return monthsAfter(unit, -12);
  const year = sql`(${integer(sql`date_part('isoyear', ${unit})`)} - 1)`;
  const week = integer(sql`date_part('week', ${unit})`);
  const weeksInYear = integer(sql`date_part('week', make_date(${year}, 12, 28))`);
  const fourthOfJanuary = sql`make_date(${year}, 1, 4)`;
  const firstMonday = sql`(${fourthOfJanuary} - (${integer(sql`date_part('isodow', ${fourthOfJanuary})`)} - 1))`;
  return sql`(${firstMonday} + 7 * (least(${week}, ${weeksInYear}) - 1))`;
}

/**
 * Last year's twin of every unit that has rows, with the bucket it counts for. A range may
 * cut a unit (month to date): its twin is cut at the same days, never past its own end.
 */
function twinSpans(db: Kysely<Database>, request: YearEarlierRequest): RawBuilder<unknown> {
  const { group, bucketing, fiscal, range } = request;
  const grain = unitGrain(bucketing);
  const date = sql.ref(`t.${group.dateField}`);
  const dimensions = request.dimensions.map((_, i) => sql.ref(`u.d${i}`));
  let units = organisationRows(db, group.source, request.organisationId).select([
    periodStartSql(date, grain, fiscal).as("unit"),
    ...request.dimensions.map((name, i) => sql.ref(`t.${name}`).as(`d${i}`)),
  ]);
  units = range
    ? units.where(date, ">=", range.from).where(date, "<=", range.to)
    : units.where(date, "is not", null);
  const unit = sql.ref("u.unit");
  const cutFrom = range ? sql`greatest(${unit}, ${asDate(range.from)})` : unit;
  const cutTo = range
    ? sql`least(${asDate(range.to)}, ${unitEnd(unit, grain)})`
    : unitEnd(unit, grain);
  const cut = sql`select ${sql.join([
    sql`${unit} as unit`,
    sql`${cutFrom} as cut_from`,
    sql`${cutTo} as cut_to`,
    sql`${twinStart(unit, grain)} as twin_start`,
    ...dimensions.map((ref, i) => sql`${ref} as ${sql.id(`d${i}`)}`),
  ])} from (${units.distinct()}) u`;
  const c = (column: string) => sql.ref(`c.${column}`);
  const bucket =
    bucketing === "whole_range" ? sql`null` : periodStartSql(c("cut_from"), bucketing, fiscal);
  const twinEnd = unitEnd(c("twin_start"), grain);
  return sql`select ${sql.join([
    sql`${bucket} as bucket`,
    sql`(${c("twin_start")} + ${daysFrom(c("unit"), c("cut_from"))}) as span_from`,
    sql`case when ${c("cut_to")} = ${unitEnd(c("unit"), grain)} then ${twinEnd} else least(${twinEnd}, ${c("twin_start")} + ${daysFrom(c("unit"), c("cut_to"))}) end as span_to`,
    ...request.dimensions.map((_, i) => sql`${c(`d${i}`)} as ${sql.id(`d${i}`)}`),
  ])} from (${cut}) c`;
}
