// Test support: KPIs computed the slow, obvious way, in JavaScript, from the rows
// themselves, following the metric model's rules (model.ts) without any SQL. The property
// test holds the compiler to it.

import { daysFrom } from "../domain/calendar-date.ts";
import type { FiscalCalendar } from "../domain/fiscal-year.ts";
import { samePeriodLastYear } from "../domain/period-navigation.ts";
import { type Grain, type Period, periodContaining } from "../domain/periods.ts";
import type { StoredRow } from "../storage/import-merge.ts";
import { CUSTOMER_VALUE_12M, CUSTOMER_VALUE_DAYS, FOLLOWER_GROWTH } from "./cohorts.ts";
import type { Condition, Formula, Literal, Measure } from "./model.ts";
import { fieldOf, metricSources, type SourceName } from "./source-catalogue.ts";

export type RowsBySource = Partial<Record<SourceName, StoredRow[]>>;
type Value = string | number | boolean | null;

/** Period key → KPI key → value, for every period with a row in any source. */
export function naiveKpis(
  rows: RowsBySource,
  grain: Grain,
  fiscal: FiscalCalendar,
  kpis: readonly { key: string; formula: Formula }[],
): Map<string, Record<string, number | null>> {
  const periods = new Map<string, Period>();
  for (const source of Object.values(metricSources)) {
    for (const row of rows[source.name] ?? []) {
      for (const dateField of source.periodDates) {
        const date = row[dateField];
        if (typeof date === "string") {
          const period = periodContaining(date, grain, fiscal);
          periods.set(period.key, period);
        }
      }
    }
  }
  const result = new Map<string, Record<string, number | null>>();
  for (const period of [...periods.values()].sort((a, b) => (a.start < b.start ? -1 : 1))) {
    const values = (measure: Measure, yearEarlier: boolean) =>
      yearEarlier
        ? yearEarlierValue(rows, measure, period, grain, fiscal)
        : measureValue(measure, rowsIn(rows, measure, period.start, period.end));
    const periodValues = Object.fromEntries(
      kpis.map((kpi) => [kpi.key, evaluate(kpi.formula, values)]),
    );
    completeCohortKpis(rows, period, periodValues);
    result.set(period.key, periodValues);
  }
  return result;
}

function rowsIn(rows: RowsBySource, measure: Measure, from: string, to: string): StoredRow[] {
  return (rows[measure.source] ?? []).filter((row) => {
    const date = row[measure.dateField];
    return typeof date === "string" && date >= from && date <= to;
  });
}

/** Last year's twins of the months (or days, weeks) of the period that have rows. */
function yearEarlierValue(
  rows: RowsBySource,
  measure: Measure,
  period: Period,
  grain: Grain,
  fiscal: FiscalCalendar,
): number | null {
  const unitGrain = grain === "day" || grain === "week" ? grain : "month";
  const units = new Map<string, Period>();
  for (const row of rowsIn(rows, measure, period.start, period.end)) {
    const unit = periodContaining(row[measure.dateField] as string, unitGrain, fiscal);
    units.set(unit.key, unit);
  }
  const twinRows: StoredRow[] = [];
  for (const unit of units.values()) {
    const twin = samePeriodLastYear(unit);
    const inTwin = rowsIn(rows, measure, twin.start, twin.end);
    if (inTwin.length === 0) return null;
    twinRows.push(...inTwin);
  }
  return measureValue(measure, twinRows);
}

function fieldValue(measure: Measure, row: StoredRow, name: string): Value {
  const field = fieldOf(metricSources[measure.source], name);
  if (!field.daysBetween) return row[name] ?? null;
  const from = row[field.daysBetween.from];
  const to = row[field.daysBetween.to];
  return typeof from === "string" && typeof to === "string" ? daysFrom(from, to) : null;
}

function measureValue(measure: Measure, periodRows: StoredRow[]): number | null {
  let taken = periodRows;
  if (measure.latest && taken.length > 0) {
    const latest = taken
      .map((row) => row[measure.dateField] as string)
      .sort()
      .at(-1);
    taken = taken.filter((row) => row[measure.dateField] === latest);
  }
  const filter = measure.filter;
  if (filter)
    taken = taken.filter((row) => holds(filter, (name) => fieldValue(measure, row, name)));
  if (measure.field === undefined) return taken.length;
  const field = measure.field;
  const values = taken.map((row) => fieldValue(measure, row, field)).filter((v) => v !== null);
  const numbers = values.map(Number);
  const total = numbers.reduce((sum, n) => sum + n, 0);
  switch (measure.aggregation) {
    case "count":
      return values.length;
    case "count_distinct":
      return new Set(values.map(String)).size;
    case "sum":
      if (values.length > 0) return total;
      return metricSources[measure.source].withoutRows === "zero" ? 0 : null;
    case "mean":
      return values.length > 0 ? total / values.length : null;
    case "min":
      return values.length > 0 ? Math.min(...numbers) : null;
    case "max":
      return values.length > 0 ? Math.max(...numbers) : null;
  }
}

/** Comparisons with an empty value are false (model.ts, Condition). */
function holds(condition: Condition, fieldValueOf: (field: string) => Value): boolean {
  switch (condition.kind) {
    case "compare":
      return compare(fieldValueOf(condition.field), condition.operator, condition.value);
    case "compare_fields":
      return compare(
        fieldValueOf(condition.field),
        condition.operator,
        fieldValueOf(condition.other),
      );
    case "in": {
      const value = fieldValueOf(condition.field);
      if (value === null) return false;
      const found = condition.values.some((candidate) => compare(value, "=", candidate));
      return condition.negated ? !found : found;
    }
    case "is_null":
      return (fieldValueOf(condition.field) === null) !== condition.negated;
    case "and":
      return holds(condition.left, fieldValueOf) && holds(condition.right, fieldValueOf);
    case "or":
      return holds(condition.left, fieldValueOf) || holds(condition.right, fieldValueOf);
    case "not":
      return !holds(condition.condition, fieldValueOf);
  }
}

function compare(left: Value, operator: string, right: Value | Literal): boolean {
  if (left === null || right === null) return false;
  const [a, b] =
    typeof right === "number" || typeof left === "number"
      ? [Number(left), Number(right)]
      : [left, right];
  switch (operator) {
    case "=":
      return a === b;
    case "!=":
      return a !== b;
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    default:
      return a >= b;
  }
}

function evaluate(
  formula: Formula,
  values: (measure: Measure, yearEarlier: boolean) => number | null,
): number | null {
  switch (formula.kind) {
    case "number":
      return formula.value;
    case "measure":
      return values(formula.measure, formula.yearEarlier);
    case "negate": {
      const operand = evaluate(formula.operand, values);
      return operand === null ? null : -operand;
    }
    case "binary": {
      const left = evaluate(formula.left, values);
      const right = evaluate(formula.right, values);
      if (left === null || right === null) return null;
      if (formula.operator === "+") return left + right;
      if (formula.operator === "-") return left - right;
      if (formula.operator === "*") return left * right;
      return right === 0 ? null : left / right;
    }
  }
}

/** The rules of cohorts.ts, over the rows in memory (fixtures/more-sources/README.md). */
function completeCohortKpis(
  rows: RowsBySource,
  period: Period,
  values: Record<string, number | null>,
): void {
  if (CUSTOMER_VALUE_12M in values) {
    const days = (rows.shopify_orders ?? []).map((row) => String(row.order_date)).sort();
    const last = days[days.length - 1];
    if (last === undefined || daysFrom(period.end, last) < CUSTOMER_VALUE_DAYS) {
      values[CUSTOMER_VALUE_12M] = null;
    }
  }
  if (FOLLOWER_GROWTH in values) {
    const before = (rows.instagram_insights ?? [])
      .filter((row) => String(row.day) < period.start)
      .sort((a, b) => (String(a.day) < String(b.day) ? -1 : 1));
    const base = before.length > 0 ? Number(before[before.length - 1]?.followers) : null;
    const newFollowers = values[FOLLOWER_GROWTH] ?? null;
    values[FOLLOWER_GROWTH] =
      newFollowers === null || base === null || base === 0 ? null : newFollowers / base;
  }
}
