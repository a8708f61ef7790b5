// The metric model (issue 4, "Metrics"): a measure aggregates one field of one source,
// filtered and bucketed by one of its dates; a KPI is arithmetic over measures, so a ratio
// is a ratio of sums, never an average of ratios.

import type { KpiKind } from "../domain/phasing.ts";
import type { Polarity } from "../domain/scoring.ts";
import type { SourceName } from "./source-catalogue.ts";

/**
 * How a measure aggregates its rows. `count` counts rows (or, with a field, rows where it
 * is not empty); `mean` is the sum over the count of non-empty values, both from the
 * database, so a quarter's mean is over all its rows, not a mean of monthly means.
 */
export type Aggregation = "sum" | "count" | "count_distinct" | "mean" | "min" | "max";

export const aggregations: readonly Aggregation[] = [
  "sum",
  "count",
  "count_distinct",
  "mean",
  "min",
  "max",
];

export type Literal = string | number | boolean;

export type ComparisonOperator = "=" | "!=" | "<" | "<=" | ">" | ">=";

/**
 * Which rows a measure takes. A comparison with an empty (null) value is false, in both
 * directions: `original_source != 'Paid Search'` leaves out contacts without a source,
 * and so does `not (original_source = 'Paid Search')`'s inner test before `not` turns
 * it true. Use `is null` / `is not null` to test for empty values.
 */
export type Condition =
  | { kind: "compare"; field: string; operator: ComparisonOperator; value: Literal }
  | { kind: "compare_fields"; field: string; operator: ComparisonOperator; other: string }
  | { kind: "in"; field: string; values: readonly Literal[]; negated: boolean }
  | { kind: "is_null"; field: string; negated: boolean }
  | { kind: "and" | "or"; left: Condition; right: Condition }
  | { kind: "not"; condition: Condition };

export interface Measure {
  source: SourceName;
  aggregation: Aggregation;
  /** The field aggregated; absent for `count(source)`, which counts rows. */
  field?: string | undefined;
  filter?: Condition | undefined;
  /** The date field that puts a row in a period. */
  dateField: string;
  /**
   * A snapshot: only the rows of the latest date with rows in the period count (for the
   * training log, the last month of the period that has rows: certification_rate).
   */
  latest: boolean;
}

export type ArithmeticOperator = "+" | "-" | "*" | "/";

/** A KPI's formula. Any empty operand or a zero denominator makes the value null. */
export type Formula =
  | { kind: "number"; value: number }
  | {
      kind: "measure";
      measure: Measure;
      /**
       * The same measure one year earlier, like for like: over last year's twins of the
       * months (days, weeks) the period has rows for, null when any twin has none.
       */
      yearEarlier: boolean;
    }
  | { kind: "negate"; operand: Formula }
  | { kind: "binary"; operator: ArithmeticOperator; left: Formula; right: Formula };

export type Unit = "currency" | "percent" | "ratio" | "count" | "days" | "hours" | "points";

export type Perspective = "financial" | "customer" | "internal" | "learning";

export interface Translated {
  en: string;
  da: string;
}

/** A KPI of the library, or one a scorecard defines with an expression. */
export interface Kpi {
  key: string;
  name: Translated;
  description: Translated;
  unit: Unit;
  polarity: Polarity;
  /** flow: summed over time (phased targets); level: ratios, means and snapshots. */
  kind: KpiKind;
  perspective: Perspective;
  /** The formula as written in the expression language. */
  expression: string;
  formula: Formula;
}

/** Every measure a formula uses, each with whether it is wanted one year earlier. */
export function measuresOf(formula: Formula): { measure: Measure; yearEarlier: boolean }[] {
  switch (formula.kind) {
    case "number":
      return [];
    case "measure":
      return [{ measure: formula.measure, yearEarlier: formula.yearEarlier }];
    case "negate":
      return measuresOf(formula.operand);
    case "binary":
      return [...measuresOf(formula.left), ...measuresOf(formula.right)];
  }
}

/** A stable identity for a measure: equal measures (from any KPI) are computed once. */
export function measureId(measure: Measure): string {
  return JSON.stringify([
    measure.source,
    measure.aggregation,
    measure.field ?? null,
    measure.dateField,
    measure.latest,
    measure.filter ?? null,
  ]);
}
