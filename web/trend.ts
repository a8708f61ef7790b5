// Reading a node's trend: the values its sparkline draws and the value of the period before.
// A KPI's points carry its actual when the API sends them; otherwise, and for objectives and
// perspectives, the score is what is drawn and compared.

import type { KpiNode, ScorecardNode, TrendPointWithActual } from "./api/types.ts";

/** How many periods a sparkline shows, the current one included. */
export const sparklinePeriods = 12;

export interface NodeTrend {
  /** What the values are: the KPI's actuals, or scores out of 100. */
  measure: "actual" | "score";
  periods: string[];
  values: (number | null)[];
  /** The value of the period before the current one, if any. */
  previous: number | null | undefined;
  previousPeriod: string | undefined;
  current: number | null;
}

export function trendOf(node: ScorecardNode): NodeTrend {
  const points = ((node.trend ?? []) as TrendPointWithActual[]).slice(-sparklinePeriods);
  const measure =
    node.kind === "kpi" && points.some((p) => p.actual !== undefined) ? "actual" : "score";
  const pointValue = (point: TrendPointWithActual) =>
    (measure === "actual" ? point.actual : point.score) ?? null;
  const before = points.at(-2);
  return {
    measure,
    periods: points.map((p) => p.period),
    values: points.map(pointValue),
    previous: before ? pointValue(before) : undefined,
    previousPeriod: before?.period,
    current: measure === "actual" ? (node as KpiNode).actual : node.score,
  };
}
