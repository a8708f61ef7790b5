// A scorecard KPI's target for the span evaluated (scoring.md, "Targets over time"): the
// single `target` holds in every period and view; `targets` by period are phased down by
// the KPI's kind (targets.ts), and summed over the elapsed parts in a to-date view.

import type { FiscalCalendar } from "./fiscal-year.ts";
import { type ActualSpan, type ActualsTable, isWholePeriod, wholePeriod } from "./kpi-actuals.ts";
import { childPeriods, samePeriodLastYear } from "./period-navigation.ts";
import { isCoarser, parsePeriod } from "./periods.ts";
import type { ActualsByPeriod } from "./phasing.ts";
import type { KpiFacts, Scorecard, ScorecardKpi } from "./scorecard.ts";
import { objectivesOf } from "./scorecard.ts";
import { type TargetRules, targetFor, toDateTarget } from "./targets.ts";

/** Which rule gave the target, the period it was set for, and one sentence saying so. */
export interface TargetOrigin {
  rule: "none" | "every_period" | "as_set" | "level" | "linear" | "seasonal" | "to_date_sum";
  setFor: string | null;
  reason: string;
}

export interface KpiTarget {
  value: number | null;
  from: TargetOrigin;
}

export function kpiTarget(input: {
  kpi: ScorecardKpi;
  facts: KpiFacts;
  fiscal: FiscalCalendar;
  span: ActualSpan;
  actuals: ActualsTable;
}): KpiTarget {
  const { kpi, span } = input;
  if (kpi.target != null) {
    const reason = `the target ${formatNumber(kpi.target)} is set for every period`;
    return { value: kpi.target, from: { rule: "every_period", setFor: null, reason } };
  }
  const targets = kpi.targets ?? {};
  const rules: TargetRules = {
    kind: input.facts.kind,
    fiscal: input.fiscal,
    phasing: kpi.phasing,
    lastYearActuals:
      kpi.phasing === "seasonal" ? monthlyActuals(input.actuals, kpi.kpi) : undefined,
  };
  const whole = targetFor({ ...rules, targets, period: span.period });
  if (isWholePeriod(span) || input.facts.kind === "level") {
    if (!whole) return noTarget(span.period.key);
    return { value: whole.value, from: originOf(whole, span.period.key) };
  }
  const value = toDateTarget({ ...rules, targets, period: span.period, asOf: span.through });
  if (value === null) return noTarget(span.period.key);
  const reason = `the target ${formatNumber(value)} is the sum of the targets of ${span.period.key}'s parts through ${span.through}`;
  return { value, from: { rule: "to_date_sum", setFor: whole?.setFor ?? null, reason } };
}

function noTarget(period: string): KpiTarget {
  const reason = `there is no target for ${period} or a period around it`;
  return { value: null, from: { rule: "none", setFor: null, reason } };
}

function originOf(target: NonNullable<ReturnType<typeof targetFor>>, period: string): TargetOrigin {
  const value = formatNumber(target.value);
  const setFor = target.setFor;
  const reasons = {
    as_set: `the target ${value} is set for ${period}`,
    level: `the target ${value} is set for ${setFor} and holds in every part of it`,
    linear: `the target ${value} is ${period}'s share by days of the target set for ${setFor}`,
    seasonal: `the target ${value} is ${period}'s share, by last year's months, of the target set for ${setFor}`,
  };
  return { rule: target.phasing, setFor, reason: reasons[target.phasing] };
}

/** A KPI's actuals of whole months, by month key, for seasonal phasing. */
function monthlyActuals(actuals: ActualsTable, kpi: string): ActualsByPeriod {
  const byMonth: Record<string, number | null> = {};
  for (const [key, value] of actuals.get(kpi) ?? []) {
    if (/^\d{4}-\d{2}$/.test(key)) byMonth[key] = value;
  }
  return byMonth;
}

/**
 * The months of last year whose actuals seasonal phasing needs: for each target of a
 * seasonally phased KPI set for a quarter or year, the months of the same period a year
 * earlier (phasing.ts takes the shares from them).
 */
export function seasonalSpans(
  scorecard: Scorecard,
  fiscal: FiscalCalendar,
): { kpi: string; span: ActualSpan }[] {
  return objectivesOf(scorecard).flatMap(({ objective }) =>
    objective.kpis
      .filter((kpi) => kpi.phasing === "seasonal")
      .flatMap((kpi) =>
        Object.keys(kpi.targets ?? {})
          .map((key) => parsePeriod(key, fiscal))
          .filter((period) => isCoarser(period.grain, "month"))
          .flatMap((period) => childPeriods(samePeriodLastYear(period), "month"))
          .map((month) => ({ kpi: kpi.kpi, span: wholePeriod(month) })),
      ),
  );
}

/** `2,038,356.1644`, `0.35`: as reasons.ts writes numbers, at most 4 decimals. */
function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 4 });
}
