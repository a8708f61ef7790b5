// A scorecard evaluated over its period and, for sparklines, the periods before it: every
// node of the tree gets the same node's score in each of them (issue 5, "Evaluation").

import type { FiscalCalendar } from "./fiscal-year.ts";
import { type ActualSpan, type ActualsTable, periodToDate, wholePeriod } from "./kpi-actuals.ts";
import { previousPeriod } from "./period-navigation.ts";
import type { Period } from "./periods.ts";
import type { KpiFacts, Scorecard } from "./scorecard.ts";
import {
  evaluateScorecard,
  type ScorecardEvaluation,
  type ScorecardNode,
  type TrendPoint,
} from "./scorecard-evaluation.ts";
import { seasonalSpans } from "./scorecard-targets.ts";

export interface EvaluationRequest {
  period: Period;
  /** For a to-date view (MTD, QTD, YTD): the last day counted. */
  asOf?: string | undefined;
  /** How many periods before `period` the trend shows; 0 or absent for none. */
  trend?: number | undefined;
}

/**
 * The spans to ask actuals for: the period evaluated (to date when asked), the whole
 * periods of the trend, oldest first, and last year's months that seasonal phasing needs.
 */
export function spansToEvaluate(
  scorecard: Scorecard,
  fiscal: FiscalCalendar,
  request: EvaluationRequest,
): { current: ActualSpan; trend: ActualSpan[]; all: ActualSpan[] } {
  const current =
    request.asOf === undefined
      ? wholePeriod(request.period)
      : periodToDate(request.period, request.asOf);
  const trend: ActualSpan[] = [];
  let period = request.period;
  for (let i = 0; i < (request.trend ?? 0); i += 1) {
    period = previousPeriod(period);
    trend.unshift(wholePeriod(period));
  }
  const seasonal = seasonalSpans(scorecard, fiscal).map(({ span }) => span);
  const all = new Map([current, ...trend, ...seasonal].map((span) => [span.key, span]));
  return { current, trend, all: [...all.values()] };
}

/**
 * The scorecard evaluated for the request's period; with a trend, every node also carries
 * its score in each earlier whole period and, last, in the period evaluated. (An earlier
 * period is over, so it is scored whole even when the current one is seen to date.)
 */
export function evaluateWithTrend(input: {
  scorecard: Scorecard;
  kpis: ReadonlyMap<string, KpiFacts>;
  fiscal: FiscalCalendar;
  request: EvaluationRequest;
  actuals: ActualsTable;
}): ScorecardEvaluation {
  const spans = spansToEvaluate(input.scorecard, input.fiscal, input.request);
  const evaluate = (span: ActualSpan) => evaluateScorecard({ ...input, span });
  const current = evaluate(spans.current);
  if (input.request.trend === undefined || input.request.trend <= 0) return current;
  const earlier = spans.trend.map((span) => ({ period: span.period.key, tree: evaluate(span) }));
  attachTrend(current, [...earlier, { period: current.period, tree: current }]);
  return current;
}

/** Gives `node` and its descendants their points in `trees`, which share its shape. */
function attachTrend(node: ScorecardNode, trees: { period: string; tree: ScorecardNode }[]): void {
  const points = trees.map(({ period, tree }): TrendPoint => {
    const point = { period, score: tree.score, status: tree.status };
    return tree.kind === "kpi" ? { ...point, actual: tree.actual, target: tree.target } : point;
  });
  node.trend = points;
  if (node.kind === "kpi") return;
  node.children.forEach((child, index) => {
    attachTrend(
      child,
      trees.map(({ period, tree }) => ({ period, tree: childAt(tree, index) })),
    );
  });
}

function childAt(node: ScorecardNode, index: number): ScorecardNode {
  const child = node.kind === "kpi" ? undefined : node.children[index];
  if (!child) throw new Error(`trend trees differ in shape at ${node.key}`);
  return child;
}
