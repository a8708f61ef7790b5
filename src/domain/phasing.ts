// Phasing a target set for a longer period down to a period inside it (scoring.md, "Targets
// over time"): a flow KPI (summed over time: spend, revenue, leads) splits its target
// linearly by days, or seasonally by last year's shares; a level KPI (ROAS, NPS, a rate)
// keeps the same target in every sub-period.

import { calendarYear } from "./fiscal-year.ts";
import { childPeriods, parentPeriod, samePeriodLastYear } from "./period-navigation.ts";
import { daysIn, isCoarser, type Period } from "./periods.ts";

/** Flow KPIs add up over time; level KPIs do not (scorecard-file.md, `kind`). */
export type KpiKind = "flow" | "level";

/** How a flow target is split: by days, or by last year's shares. */
export type Phasing = "linear" | "seasonal";

/** Actual values by period key, e.g. last year's revenue by month for seasonal phasing. */
export type ActualsByPeriod = Readonly<Record<string, number | null | undefined>>;

/** A phased target and the rule that produced it (seasonal may fall back to linear). */
export interface PhasedTarget {
  value: number;
  phasing: "level" | Phasing;
}

/**
 * The part of `target`, set for period `from`, that falls to `to`, a period inside it (a week
 * is inside the period its Thursday falls in). Level: the same target. Flow, linear:
 * `target · days(to) / days(from)` (scoring.md, worked example 6). Flow, seasonal: see
 * `seasonalShare`; it falls back to linear when last year cannot give shares.
 */
export function phaseTarget(input: {
  target: number;
  from: Period;
  to: Period;
  kind: KpiKind;
  phasing?: Phasing | undefined;
  lastYearActuals?: ActualsByPeriod | undefined;
}): PhasedTarget {
  const { target, from, to, kind } = input;
  if (kind === "level") return { value: target, phasing: "level" };
  if (input.phasing === "seasonal") {
    const share = seasonalShare(from, to, input.lastYearActuals ?? {});
    if (share !== null) return { value: target * share, phasing: "seasonal" };
  }
  return { value: (target * daysIn(to)) / daysIn(from), phasing: "linear" };
}

/**
 * `to`'s share of `from` by last year's actuals, taken between months: a month's share is
 * last year's same month over last year's `from` summed by month; a quarter's is the sum of
 * its months' shares; a day or week takes its month's share split by days (a week's month is
 * its Thursday's). Days and weeks are not shared directly because last year's do not match
 * this year's one to one (29 February, week 53).
 *
 * Null, so phasing falls back to linear, when `from` is not longer than a month (a month's
 * days are split by days), or when last year cannot give fair shares: one of its months has
 * no actual or a negative one, or they add up to 0 or less. A partial year of history would
 * otherwise pile the whole target on the months that happen to have data.
 */
function seasonalShare(from: Period, to: Period, lastYear: ActualsByPeriod): number | null {
  if (!isCoarser(from.grain, "month")) return null;
  const values = childPeriods(samePeriodLastYear(from), "month").map((m) => lastYear[m.key]);
  if (values.some((value) => value == null || value < 0)) return null;
  const total = values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  if (total <= 0) return null;
  const shareOf = (month: Period) => (lastYear[samePeriodLastYear(month).key] ?? 0) / total;
  if (to.grain === "month") return shareOf(to);
  if (to.grain === "quarter") {
    return childPeriods(to, "month").reduce((sum, month) => sum + shareOf(month), 0);
  }
  // Months are calendar months under any fiscal year, so the calendar finds a day's month.
  const month = parentPeriod(to, "month", calendarYear);
  return (shareOf(month) * daysIn(to)) / daysIn(month);
}
