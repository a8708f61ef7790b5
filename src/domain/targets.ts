// A KPI's target in a period, from the targets set by period (scorecard-file.md, `targets`):
// a period's own target wins; otherwise the target of the nearest enclosing period that has
// one, phased (scoring.md, "Targets over time"). To-date views sum the elapsed parts.
//
// An override does not re-spread the rest: with 24,000,000 for 2026 and 3,500,000 set for
// 2026-12, November's target is still 24e6 · 30/365, so the months then add up to more or
// less than the year's own target. A KPI's single `target` (the same in every period) is not
// phased at all and does not come through here.

import { daysFrom } from "./calendar-date.ts";
import type { FiscalCalendar } from "./fiscal-year.ts";
import { childPeriods, parentPeriod } from "./period-navigation.ts";
import { daysIn, type Grain, type Period } from "./periods.ts";
import { type ActualsByPeriod, type KpiKind, type Phasing, phaseTarget } from "./phasing.ts";
import { toDate } from "./to-date.ts";

/** Targets by period key: `{ "2026": 24000000, "2026-12": 3500000 }`. */
export type TargetsByPeriod = Readonly<Record<string, number>>;

/** How a KPI's targets apply to the periods they were not set for. */
export interface TargetRules {
  kind: KpiKind;
  fiscal: FiscalCalendar;
  phasing?: Phasing | undefined;
  /** Last year's actuals by month key, for seasonal phasing. */
  lastYearActuals?: ActualsByPeriod | undefined;
}

/** A period's target, the period it was set for, and how it came down from there. */
export interface PeriodTarget {
  value: number;
  setFor: string;
  phasing: "as_set" | "level" | Phasing;
}

/**
 * The periods a target can come down from, nearest first. A day is in exactly one week,
 * month, quarter and year. A week comes from the month its Thursday falls in (see
 * period-navigation.ts), never from a day.
 */
const enclosingGrains: Record<Grain, readonly Grain[]> = {
  day: ["week", "month", "quarter", "year"],
  week: ["month", "quarter", "year"],
  month: ["quarter", "year"],
  quarter: ["year"],
  year: [],
};

/**
 * The target for `period`: its own when set, else phased from the nearest enclosing period
 * that has one; null when none has.
 */
export function targetFor(
  input: TargetRules & { targets: TargetsByPeriod; period: Period },
): PeriodTarget | null {
  const { targets, period } = input;
  const own = targets[period.key];
  if (own !== undefined) return { value: own, setFor: period.key, phasing: "as_set" };
  for (const grain of enclosingGrains[period.grain]) {
    const from = parentPeriod(period, grain, input.fiscal);
    const target = targets[from.key];
    if (target === undefined) continue;
    const phased = phaseTarget({ ...input, target, from, to: period });
    return { value: phased.value, setFor: from.key, phasing: phased.phasing };
  }
  return null;
}

/** The parts a flow's to-date target adds up: a year's or quarter's months, a month's days. */
const toDateParts: Record<Grain, Grain | null> = {
  day: null,
  week: "day",
  month: "day",
  quarter: "month",
  year: "month",
};

/**
 * The target of `period` up to and including `asOf` (MTD, QTD, YTD). scoring.md: a level
 * KPI's is the period's target; a flow KPI's is the sum of the elapsed sub-period targets.
 * The sub-period `asOf` falls in counts by its elapsed days (15 March counts 15/31 of
 * March's target), so a YTD target grows day by day rather than a month at a time.
 * Null when any elapsed sub-period has no target; 0 before the period starts (nothing is
 * due yet).
 */
export function toDateTarget(
  input: TargetRules & { targets: TargetsByPeriod; period: Period; asOf: string },
): number | null {
  const { period } = input;
  if (input.kind === "level") return targetFor(input)?.value ?? null;
  const view = toDate(period, input.asOf);
  const partGrain = toDateParts[period.grain];
  const parts = partGrain === null ? [period] : childPeriods(period, partGrain);
  let sum = 0;
  for (const part of parts.filter((p) => p.start <= view.end)) {
    const target = targetFor({ ...input, period: part });
    if (target === null) return null;
    const lastDayCounted = part.end < view.end ? part.end : view.end;
    sum += (target.value * (daysFrom(part.start, lastDayCounted) + 1)) / daysIn(part);
  }
  return sum;
}
