// The actual of a manual KPI (brand awareness from a survey) over a period, from the values
// entered by period (issue 5, "Manual values"). A period's own value wins; without one, it
// is derived from its sub-periods (a year from its quarters, a quarter from its months, a
// month or week from its days), each of those again its own value or derived:
//
// - flow KPIs (they add up over time) take the sum of the sub-periods that have a value;
// - level KPIs (a rate, a score, a snapshot) take the value of the latest sub-period that
//   has one: a survey's latest reading is the state the period ended in, the way the
//   library's snapshot KPIs (certification_rate) take the last month, and a mean of rates
//   measured on samples of different sizes would weigh them wrongly.
//
// No sub-period with a value means no value (null), never 0. A to-date view takes the
// period's own value when it has one, else the sub-periods that have started by then.

import { type ActualSpan, isWholePeriod } from "./kpi-actuals.ts";
import { childPeriods } from "./period-navigation.ts";
import type { Grain, Period } from "./periods.ts";
import type { KpiKind } from "./phasing.ts";

/** The grain a period's value is derived from, when it has none of its own. */
const subPeriodGrain: Record<Grain, Grain | null> = {
  year: "quarter",
  quarter: "month",
  month: "day",
  week: "day",
  day: null,
};

/** The value of a manual KPI of `kind` over `span`, from its values by period key. */
export function manualActual(
  values: ReadonlyMap<string, number>,
  span: ActualSpan,
  kind: KpiKind,
): number | null {
  if (values.size === 0) return null;
  return valueOver(values, span.period, isWholePeriod(span) ? span.period.end : span.through, kind);
}

function valueOver(
  values: ReadonlyMap<string, number>,
  period: Period,
  through: string,
  kind: KpiKind,
): number | null {
  const own = values.get(period.key);
  if (own !== undefined) return own;
  const grain = subPeriodGrain[period.grain];
  if (grain === null) return null;
  const parts = childPeriods(period, grain)
    .filter((part) => part.start <= through)
    .map((part) => valueOver(values, part, part.end < through ? part.end : through, kind))
    .filter((value): value is number => value !== null);
  if (parts.length === 0) return null;
  if (kind === "level") return parts[parts.length - 1] as number;
  return parts.reduce((sum, value) => sum + value, 0);
}
