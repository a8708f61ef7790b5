// A measure's value from the columns its query returned for a period, or from their
// absence: what a period without rows means depends on the aggregation and the source.

import { measureColumns } from "./measure-query.ts";
import type { Measure } from "./model.ts";
import type { MetricSource } from "./source-catalogue.ts";

type Columns = Record<string, string | number | null>;

/**
 * Counts of nothing are 0; a sum over no rows is 0 for sources of events and no value for
 * sources that report per period (source-catalogue.ts, `withoutRows`); means, minima and
 * maxima of nothing have no value. Exact decimal strings become numbers only here.
 */
export function measureValue(
  measure: Measure,
  source: MetricSource,
  columns: Columns | undefined,
  index: number,
): number | null {
  const names = measureColumns(index);
  const value = columns?.[names.value] ?? null;
  switch (measure.aggregation) {
    case "count":
    case "count_distinct":
      return value === null ? 0 : Number(value);
    case "sum":
      if (value !== null) return Number(value);
      return source.withoutRows === "zero" ? 0 : null;
    case "mean": {
      const count = Number(columns?.[names.count] ?? 0);
      return value === null || count === 0 ? null : Number(value) / count;
    }
    case "min":
    case "max":
      return value === null ? null : Number(value);
  }
}
