// The compiler's last step: every query a KPI request needs, as ONE statement. Each group of
// measures (a source and date, this year or a year earlier) is a common table, and so is
// each dated source none of the groups reads, for the periods that hold data; the answer is
// their rows, one union. The database plans and parallelises the whole request at once and
// it costs one round trip; several requests (a scorecard's current period, its trend and a
// to-date view) can share that statement too.
//
// The union's columns are all text: its parts aggregate different types (counts, exact
// decimals, dates), and text is the one type both engines turn every one of them into
// without losing a digit; measure-values.ts reads the numbers back.

import { type Kysely, type RawBuilder, sql } from "kysely";
import type { FiscalCalendar } from "../domain/fiscal-year.ts";
import type { Database } from "../storage/schema.ts";
import { dataPeriodsSelect } from "./data-periods.ts";
import {
  type DateRange,
  type GroupRow,
  groupRowOf,
  groupSelect,
  type MeasureGroup,
  measureColumnNames,
  SPANS_WITH_ROWS,
} from "./measure-query.ts";
import { type Bucketing, periodStartSql } from "./period-buckets.ts";
import { type Dimension, metricSources, type SourceName } from "./source-catalogue.ts";
import { type CommonTable, TWINS, yearEarlierTables } from "./year-earlier.ts";

export interface StatementGroup extends MeasureGroup {
  yearEarlier: boolean;
}

export interface StatementRequest {
  organisationId: string;
  fiscal: FiscalCalendar;
  bucketing: Bucketing;
  range?: DateRange | undefined;
  /** Text dimensions to group by. */
  dimensions: readonly Dimension[];
  groups: readonly StatementGroup[];
}

/** A year-earlier row: `complete` when every twin of its bucket has rows. */
export interface StatementRow extends GroupRow {
  complete?: boolean;
}

export interface StatementAnswer {
  /** Per group, in the request's order: bucket = a period's first day, null for a whole range. */
  groupRows: StatementRow[][];
  /** The sources with rows in the range, with the first days of the periods they have rows in. */
  dataPeriods: Map<SourceName, Set<string | null>>;
}

interface Part {
  table: CommonTable;
  /** Tables its own one reads, defined before it. */
  before?: CommonTable[];
  /** The text dimension count of its rows (`d0`…). */
  dimensionCount: number;
  /** Its columns besides `bucket` and the dimensions. */
  columns: string[];
  answer: (answers: StatementAnswer[], row: Record<string, unknown>) => void;
}

/** Runs every request in one statement; the answers come in the requests' order. */
export async function runKpiStatement(
  db: Kysely<Database>,
  requests: readonly StatementRequest[],
): Promise<StatementAnswer[]> {
  const answers = requests.map((request) => ({
    groupRows: request.groups.map(() => [] as StatementRow[]),
    dataPeriods: new Map<SourceName, Set<string | null>>(),
  }));
  const parts = requests.flatMap((request, r) => requestParts(db, request, `r${r}`, r));
  if (parts.length === 0) return answers;
  const { rows } = await unionOf(parts).execute(db);
  for (const row of rows as Record<string, unknown>[]) {
    const part = parts[Number(row.part)];
    if (!part) throw new Error("every row comes from a part of the statement");
    const named: Record<string, unknown> = { bucket: row.bucket };
    for (let i = 0; i < part.dimensionCount; i++) named[`d${i}`] = row[`d${i}`];
    part.columns.forEach((column, i) => {
      named[column] = row[`c${i}`];
    });
    part.answer(answers, named);
  }
  return answers;
}

function requestParts(
  db: Kysely<Database>,
  request: StatementRequest,
  prefix: string,
  index: number,
): Part[] {
  const dimensionCount = request.dimensions.length;
  const covered = new Set<string>();
  const groupParts = request.groups.map((group, g): Part => {
    const name = `${prefix}_g${g}`;
    const columns = measureColumnNames(group);
    const query = {
      organisationId: request.organisationId,
      group,
      range: request.range,
      dimensions: request.dimensions,
    };
    if (group.yearEarlier) {
      const { bucketing, fiscal } = request;
      const { table, before } = yearEarlierTables(db, { ...query, bucketing, fiscal }, name);
      return {
        table,
        before,
        dimensionCount,
        columns: [...columns, SPANS_WITH_ROWS, TWINS],
        answer: (answers, row) => {
          const found = groupRowOf(row, dimensionCount);
          const complete = Number(row[SPANS_WITH_ROWS] ?? 0) === Number(row[TWINS]);
          answers[index]?.groupRows[g]?.push({ ...found, complete });
        },
      };
    }
    // Its rows are exactly the periods in which its source has rows by its date.
    if (group.source.periodDates.includes(group.dateField)) {
      covered.add(JSON.stringify([group.source.name, group.dateField]));
    }
    const { bucketing, fiscal } = request;
    const table = {
      name,
      query: groupSelect(db, {
        ...query,
        rowBucket:
          bucketing === "whole_range"
            ? { kind: "whole_range" }
            : { kind: "expression", bucket: (date) => periodStartSql(date, bucketing, fiscal) },
      }),
    };
    return {
      table,
      dimensionCount,
      columns,
      answer: (answers, row) => {
        const found = groupRowOf(row, dimensionCount);
        answers[index]?.groupRows[g]?.push(found);
        addDataPeriod(answers[index], group.source.name, found.bucket);
      },
    };
  });
  const periodParts = Object.values(metricSources).flatMap((source) =>
    source.periodDates
      .filter((dateField) => !covered.has(JSON.stringify([source.name, dateField])))
      .map(
        (dateField, d): Part => ({
          table: {
            name: `${prefix}_${source.name}_p${d}`,
            query: dataPeriodsSelect(db, { ...request, source, dateField }),
          },
          dimensionCount: 0,
          columns: [],
          answer: (answers, row) =>
            addDataPeriod(
              answers[index],
              source.name,
              row.bucket === null ? null : String(row.bucket),
            ),
        }),
      ),
  );
  return [...groupParts, ...periodParts];
}

function addDataPeriod(
  answer: StatementAnswer | undefined,
  source: SourceName,
  bucket: string | null,
): void {
  if (!answer) return;
  const buckets = answer.dataPeriods.get(source) ?? new Set();
  buckets.add(bucket);
  answer.dataPeriods.set(source, buckets);
}

/** `with <every part's tables> select … from part 0 union all select … from part 1 …`. */
function unionOf(parts: readonly Part[]): RawBuilder<Record<string, unknown>> {
  const dimensions = Math.max(...parts.map((part) => part.dimensionCount));
  const columns = Math.max(...parts.map((part) => part.columns.length));
  const text = (value: RawBuilder<unknown>) => sql`cast(${value} as text)`;
  const tables = parts.flatMap((part) => [...(part.before ?? []), part.table]);
  const selects = parts.map((part, p) => {
    const from = (column: string) => sql.ref(`${part.table.name}.${column}`);
    const values = [
      sql`${sql.lit(p)} as part`,
      sql`${text(from("bucket"))} as bucket`,
      ...Array.from(
        { length: dimensions },
        (_, i) =>
          sql`${i < part.dimensionCount ? text(from(`d${i}`)) : text(sql`null`)} as ${sql.id(`d${i}`)}`,
      ),
      ...Array.from({ length: columns }, (_, i) => {
        const column = part.columns[i];
        return sql`${column === undefined ? text(sql`null`) : text(from(column))} as ${sql.id(`c${i}`)}`;
      }),
    ];
    return sql`select ${sql.join(values)} from ${sql.table(part.table.name)}`;
  });
  const common = tables.map((table) => sql`${sql.id(table.name)} as (${table.query})`);
  return sql<
    Record<string, unknown>
  >`with ${sql.join(common)} ${sql.join(selects, sql` union all `)}`;
}
