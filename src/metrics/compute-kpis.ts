// Computes KPIs for a range of periods: the measures every requested KPI needs are
// collected, equal measures computed once, grouped by source and date (and whether they
// look a year back), all groups asked in one statement (kpi-statement.ts), and each KPI's
// formula evaluated over the sums per period. The whole library for a range is one round
// trip, not one per KPI and period.

import type { Kysely } from "kysely";
import { InvalidInput } from "../domain/errors.ts";
import type { FiscalCalendar } from "../domain/fiscal-year.ts";
import { type Period, periodContaining } from "../domain/periods.ts";
import type { Database } from "../storage/schema.ts";
import { applyCohortRules } from "./cohorts.ts";
import type { DataPeriods } from "./data-periods.ts";
import { evaluateFormula } from "./formula-evaluation.ts";
import {
  runKpiStatement,
  type StatementAnswer,
  type StatementGroup,
  type StatementRow,
} from "./kpi-statement.ts";
import type { DateRange } from "./measure-query.ts";
import { measureValue } from "./measure-values.ts";
import { type Formula, type Measure, measureId, measuresOf } from "./model.ts";
import type { Bucketing } from "./period-buckets.ts";
import { type Dimension, metricSources, type SourceName } from "./source-catalogue.ts";
import { WHOLE_RANGE_KEY } from "./year-earlier.ts";

export interface KpiRequest {
  organisationId: string;
  fiscal: FiscalCalendar;
  /** Periods of a grain, or the whole range as one bucket (key `whole_range`). */
  bucketing: Bucketing;
  /** Local dates; the whole history when absent. A range ending early gives to-date values. */
  range?: DateRange | undefined;
  kpis: readonly { key: string; formula: Formula }[];
  /** Dimensions to break the KPIs down by; each KPI's sources must all have them. */
  breakdown?: readonly Dimension[] | undefined;
}

export interface KpiRow {
  /** The period's key (`2025-01`), or `whole_range`. */
  period: string;
  /** The breakdown's values, in the order asked; empty without a breakdown. */
  dimensions: (string | null)[];
  values: Record<string, number | null>;
}

export interface KpiTable {
  /** The periods that hold data in any source, in order (none for a whole range). */
  periods: Period[];
  /** One row per period (and dimension values that have rows), in period order. */
  rows: KpiRow[];
  /** The sources with rows in the range: a KPI none of whose sources has any shows nothing. */
  sourcesWithData: Set<SourceName>;
}

/** The sources a formula reads. */
export function sourcesOf(formula: Formula): SourceName[] {
  return [...new Set(measuresOf(formula).map(({ measure }) => measure.source))];
}

/** Whether every source of the formula has all `dimensions` (a KPI can be broken down). */
export function canBreakDown(formula: Formula, dimensions: readonly Dimension[]): boolean {
  return sourcesOf(formula).every((name) =>
    dimensions.every((dimension) => metricSources[name].dimensions.includes(dimension)),
  );
}

interface PlannedGroup extends StatementGroup {
  ids: string[];
}

/** Measures grouped by source, date and whether they look a year back, each once. */
function planGroups(kpis: KpiRequest["kpis"]): PlannedGroup[] {
  const groups = new Map<string, PlannedGroup>();
  for (const kpi of kpis) {
    for (const { measure, yearEarlier } of measuresOf(kpi.formula)) {
      const key = JSON.stringify([measure.source, measure.dateField, yearEarlier]);
      let group = groups.get(key);
      if (!group) {
        const source = metricSources[measure.source];
        group = { source, dateField: measure.dateField, measures: [], yearEarlier, ids: [] };
        groups.set(key, group);
      }
      const id = measureId(measure);
      if (!group.ids.includes(id)) {
        group.ids.push(id);
        (group.measures as Measure[]).push(measure);
      }
    }
  }
  return [...groups.values()];
}

function checkBreakdown(request: KpiRequest, breakdown: readonly Dimension[]): void {
  const issues = request.kpis
    .filter((kpi) => !canBreakDown(kpi.formula, breakdown))
    .map((kpi) => {
      const lacking = sourcesOf(kpi.formula).filter((name) =>
        breakdown.some((dimension) => !metricSources[name].dimensions.includes(dimension)),
      );
      return {
        path: "breakdown",
        message: `${kpi.key} cannot be broken down by ${breakdown.join(", ")}: ${lacking.join(", ")} has no ${breakdown.join(" or ")}`,
      };
    });
  if (issues.length > 0) throw new InvalidInput(issues);
}

interface Cell {
  period: string;
  dimensions: (string | null)[];
}

const cellKey = (bucket: string, dimensions: readonly (string | null)[]) =>
  JSON.stringify([bucket, ...dimensions]);

/** Period keys of one grain sort as text; empty dimension values come last. */
function sortedCells(cells: Cell[]): Cell[] {
  const text = (value: string | null) => (value === null ? "\uffff" : value);
  return cells.sort((a, b) => {
    const order = [a.period, ...a.dimensions].map(text);
    const other = [b.period, ...b.dimensions].map(text);
    const differing = order.findIndex((value, i) => value !== other[i]);
    return differing < 0 ? 0 : (order[differing] as string) < (other[differing] as string) ? -1 : 1;
  });
}

export async function computeKpis(db: Kysely<Database>, request: KpiRequest): Promise<KpiTable> {
  const [table] = await computeKpiTables(db, [request]);
  if (!table) throw new Error("one table per request");
  return table;
}

/** The tables of several requests, asked in one statement. */
export async function computeKpiTables(
  db: Kysely<Database>,
  requests: readonly KpiRequest[],
): Promise<KpiTable[]> {
  const planned = requests.map((request) => {
    checkBreakdown(request, request.breakdown ?? []);
    return { request, groups: planGroups(request.kpis) };
  });
  const answers = await runKpiStatement(
    db,
    planned.map(({ request, groups }) => ({
      organisationId: request.organisationId,
      fiscal: request.fiscal,
      bucketing: request.bucketing,
      range: request.range,
      // A source's platform is its own name, not a column.
      dimensions: textDimensionsOf(request),
      groups,
    })),
  );
  const tables = planned.map(({ request, groups }, i) =>
    tableOf(request, groups, answers[i] as StatementAnswer),
  );
  // Two cohort rules the expression language cannot say (metrics/cohorts.ts): a query of
  // their own, only when such a KPI is asked and its source holds rows.
  for (const [i, table] of tables.entries()) {
    const { request } = planned[i] as (typeof planned)[number];
    const data = { periods: table.periods, sources: table.sourcesWithData };
    await applyCohortRules(db, request, data, table.rows);
  }
  return tables;
}

const textDimensionsOf = (request: KpiRequest) =>
  (request.breakdown ?? []).filter((dimension) => dimension !== "platform");

function tableOf(
  request: KpiRequest,
  groups: readonly PlannedGroup[],
  answer: StatementAnswer,
): KpiTable {
  const groupRows = groups.map((group, i) => groupCells(request, group, answer.groupRows[i] ?? []));
  const data = dataPeriodsOf(request, answer);
  // measure id + year-earlier flag → where its values are: its group's rows, by cell.
  const results = new Map<
    string,
    { group: PlannedGroup; index: number; rows: Map<string, StatementRow> }
  >();
  groups.forEach((group, i) => {
    const rows = new Map([...(groupRows[i] ?? [])].map(([key, { row }]) => [key, row]));
    group.measures.forEach((measure, index) => {
      results.set(JSON.stringify([measureId(measure), group.yearEarlier]), { group, index, rows });
    });
  });
  const rows = rowCells(request, data, groups, groupRows).map(({ period, dimensions }) => {
    const key = cellKey(period, dimensions);
    const measureValues = (measure: Measure, yearEarlier: boolean) => {
      const result = results.get(JSON.stringify([measureId(measure), yearEarlier]));
      if (!result) throw new Error("every measure of the request was planned");
      const row = result.rows.get(key);
      // Like for like: no value when a twin lacks rows; over nothing when this year has none.
      if (row?.complete === false) return null;
      return measureValue(measure, result.group.source, row?.columns, result.index);
    };
    const values = Object.fromEntries(
      request.kpis.map((kpi) => [kpi.key, evaluateFormula(kpi.formula, measureValues)]),
    );
    return { period, dimensions, values };
  });
  return { periods: data.periods, rows, sourcesWithData: data.sources };
}

/** The periods that hold data in any source, from the statement's answer. */
function dataPeriodsOf(request: KpiRequest, answer: StatementAnswer): DataPeriods {
  const sources = new Set(answer.dataPeriods.keys());
  const { bucketing, fiscal } = request;
  if (bucketing === "whole_range") return { periods: [], sources };
  const starts = new Set<string>();
  for (const buckets of answer.dataPeriods.values()) {
    for (const bucket of buckets) if (bucket !== null) starts.add(bucket);
  }
  const periods = [...starts].sort().map((start) => periodContaining(start, bucketing, fiscal));
  return { periods, sources };
}

/** One group's rows, by cell (period key and dimension values). */
function groupCells(
  request: KpiRequest,
  group: PlannedGroup,
  rows: readonly StatementRow[],
): Map<string, { cell: Cell; row: StatementRow }> {
  const { bucketing, fiscal } = request;
  const breakdown = request.breakdown ?? [];
  const textDimensions = textDimensionsOf(request);
  const cells = new Map<string, { cell: Cell; row: StatementRow }>();
  for (const row of rows) {
    const period =
      bucketing === "whole_range" || row.bucket === null
        ? WHOLE_RANGE_KEY
        : periodContaining(row.bucket, bucketing, fiscal).key;
    const dimensions = breakdown.map((dimension) =>
      dimension === "platform"
        ? group.source.name
        : (row.dimensions[textDimensions.indexOf(dimension)] ?? null),
    );
    cells.set(cellKey(period, dimensions), { cell: { period, dimensions }, row });
  }
  return cells;
}

/**
 * The rows of the answer: every period that holds data in any source; broken down, every
 * period and dimension values some measure has rows for.
 */
function rowCells(
  request: KpiRequest,
  data: DataPeriods,
  groups: readonly PlannedGroup[],
  groupRows: readonly Map<string, { cell: Cell }>[],
): Cell[] {
  if ((request.breakdown ?? []).length > 0) {
    const cells = new Map<string, Cell>();
    groups.forEach((group, i) => {
      if (group.yearEarlier) return;
      for (const [key, { cell }] of groupRows[i] ?? []) cells.set(key, cell);
    });
    return sortedCells([...cells.values()]);
  }
  if (request.bucketing === "whole_range") {
    return data.sources.size > 0 ? [{ period: WHOLE_RANGE_KEY, dimensions: [] }] : [];
  }
  return data.periods.map((period) => ({ period: period.key, dimensions: [] }));
}
