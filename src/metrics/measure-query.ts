// One query per source and date field computes every measure of that source a request
// needs, bucketed by period (and by dimension when broken down), in one pass over the rows:
// the aggregation happens in the database and only per-period sums come back. A KPI
// request runs these queries as common tables of one statement (kpi-statement.ts).

import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../storage/schema.ts";
import { conditionSql, fieldSql } from "./condition-sql.ts";
import type { Measure } from "./model.ts";
import type { Dimension, MetricSource } from "./source-catalogue.ts";

/** Local dates, both included. */
export interface DateRange {
  from: string;
  to: string;
}

/** The measures one query computes: same source, bucketed by the same date. */
export interface MeasureGroup {
  source: MetricSource;
  dateField: string;
  measures: readonly Measure[];
}

/**
 * Where each row's bucket comes from: an expression over the row (its period's first day),
 * or a table of spans joined to the rows (last year's twins, see year-earlier.ts): a common
 * table `spans(bucket, span_from, span_to, d0, …)` of the same statement; with dimension
 * values, a span takes only rows having them.
 */
export type RowBucket =
  | { kind: "whole_range" }
  | { kind: "expression"; bucket: (date: RawBuilder<unknown>) => RawBuilder<unknown> }
  | { kind: "spans"; table: string };

export interface GroupQuery {
  organisationId: string;
  group: MeasureGroup;
  rowBucket: RowBucket;
  range?: DateRange | undefined;
  /** Text dimensions to group by (a source's fixed `platform` is added by the caller). */
  dimensions: readonly Dimension[];
}

/** A result row: the bucket, the dimension values in order, and the measures' columns. */
export interface GroupRow {
  bucket: string | null;
  dimensions: (string | null)[];
  columns: Record<string, string | number | null>;
}

/** With spans: how many of a bucket's spans hold rows (year-earlier.ts, like for like). */
export const SPANS_WITH_ROWS = "spans_with_rows";

/** The column names a measure's values come back in. */
export function measureColumns(index: number): { value: string; count: string } {
  return { value: `m${index}`, count: `m${index}_count` };
}

// Columns the inner query adds to each row; no source has columns with these names.
const BUCKET = "fourfold_bucket";
const LATEST = "fourfold_latest";
const SPAN = "fourfold_span";

/**
 * The rows of one source that belong to one organisation. Every metrics query starts here,
 * so no query can forget the organisation (style guide, "Seen there, and to avoid").
 */
export function organisationRows(
  db: Kysely<Database>,
  source: MetricSource,
  organisationId: string,
) {
  return db
    .selectFrom(sql<Record<string, unknown>>`${sql.table(source.table)}`.as("t"))
    .where(sql.ref("t.organisation_id"), "=", organisationId);
}

/** The names of the measure columns a group's query returns, in order. */
export function measureColumnNames(group: MeasureGroup): string[] {
  return group.measures.flatMap((measure, index) => {
    const columns = measureColumns(index);
    return measure.aggregation === "mean" ? [columns.value, columns.count] : [columns.value];
  });
}

export async function runGroupQuery(db: Kysely<Database>, query: GroupQuery): Promise<GroupRow[]> {
  const rows = await groupSelect(db, query).execute();
  return rows.map((row) => groupRowOf(row as Record<string, unknown>, query.dimensions.length));
}

/** A result row of `groupSelect` (columns `bucket`, `d0`…, the measures') as a GroupRow. */
export function groupRowOf(row: Record<string, unknown>, dimensionCount: number): GroupRow {
  const { bucket, ...columns } = row as Record<string, string | number | null>;
  return {
    bucket: bucket === null || bucket === undefined ? null : String(bucket),
    dimensions: Array.from({ length: dimensionCount }, (_, i) =>
      columns[`d${i}`] === null || columns[`d${i}`] === undefined ? null : String(columns[`d${i}`]),
    ),
    columns,
  };
}

/** One group's query, not yet run: a part of a larger statement (kpi-statement.ts). */
export function groupSelect(db: Kysely<Database>, query: GroupQuery) {
  const { group, dimensions } = query;
  const dimensionRefs = dimensions.map((name) => sql.ref(`t.${name}`));
  const aggregates = group.measures.flatMap((measure, index) =>
    aggregateSql(group.source, measure, index),
  );
  return db
    .selectFrom(innerRows(db, query).as("t"))
    .select([
      sql.ref(`t.${BUCKET}`).as("bucket"),
      ...dimensionRefs.map((ref, i) => sql`${ref}`.as(`d${i}`)),
      ...aggregates,
      ...(query.rowBucket.kind === "spans"
        ? [sql`count(distinct ${sql.ref(`t.${SPAN}`)})`.as(SPANS_WITH_ROWS)]
        : []),
    ])
    .groupBy([sql.ref(`t.${BUCKET}`), ...dimensionRefs]);
}

/** The organisation's rows in range, each with its bucket (and latest date when needed). */
function innerRows(db: Kysely<Database>, query: GroupQuery) {
  const { group, range, rowBucket } = query;
  const date = sql.ref(`t.${group.dateField}`);
  let rows = organisationRows(db, group.source, query.organisationId).selectAll("t");
  rows = range
    ? rows.where(date, ">=", range.from).where(date, "<=", range.to)
    : rows.where(date, "is not", null);
  let bucket: RawBuilder<unknown> = sql`null`;
  if (rowBucket.kind === "expression") {
    bucket = rowBucket.bucket(date);
  } else if (rowBucket.kind === "spans") {
    const spans = sql<Record<string, unknown>>`${sql.table(rowBucket.table)}`.as("span");
    const dimensionsMatch = query.dimensions.map(
      (name, i) => sql`${sql.ref(`t.${name}`)} is not distinct from ${sql.ref(`span.d${i}`)}`,
    );
    rows = rows.innerJoin(spans, (join) =>
      join.on(
        sql<boolean>`${date} >= span.span_from and ${date} <= span.span_to ${sql.join(
          dimensionsMatch.map((match) => sql` and ${match}`),
          sql``,
        )}`,
      ),
    );
    bucket = sql.ref("span.bucket");
    rows = rows.select(sql.ref("span.span_from").as(SPAN));
  }
  rows = rows.select(bucket.as(BUCKET));
  if (group.measures.some((measure) => measure.latest)) {
    const partition = [bucket, ...query.dimensions.map((name) => sql.ref(`t.${name}`))];
    rows = rows.select(sql`max(${date}) over (partition by ${sql.join(partition)})`.as(LATEST));
  }
  return rows;
}

/** The aggregate columns of measure `index`: its value, and for a mean also its count. */
function aggregateSql(source: MetricSource, measure: Measure, index: number) {
  const columns = measureColumns(index);
  const conditions: RawBuilder<boolean>[] = [];
  if (measure.filter) conditions.push(conditionSql(source, measure.filter));
  if (measure.latest) {
    conditions.push(sql<boolean>`${sql.ref(`t.${measure.dateField}`)} = ${sql.ref(`t.${LATEST}`)}`);
  }
  const field = measure.field === undefined ? sql`1` : fieldSql(source, measure.field);
  const taken =
    conditions.length === 0
      ? field
      : sql`case when ${sql.join(conditions, sql` and `)} then ${field} end`;
  const counted = measure.field === undefined && conditions.length === 0 ? sql`*` : taken;
  switch (measure.aggregation) {
    case "count":
      return [sql`count(${counted})`.as(columns.value)];
    case "count_distinct":
      return [sql`count(distinct ${taken})`.as(columns.value)];
    case "mean":
      return [sql`sum(${taken})`.as(columns.value), sql`count(${taken})`.as(columns.count)];
    case "sum":
      return [sql`sum(${taken})`.as(columns.value)];
    case "min":
      return [sql`min(${taken})`.as(columns.value)];
    case "max":
      return [sql`max(${taken})`.as(columns.value)];
  }
}
