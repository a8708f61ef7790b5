// A scorecard evaluated for a period (issue 5, "Evaluation"; scoring.md): every KPI's
// actual, target, progress, score and status, rolled up to its objective, perspective and
// the scorecard, each node with the explanation it was computed from.

import type { FiscalCalendar } from "./fiscal-year.ts";
import { type ActualSpan, type ActualsTable, actualOf, isWholePeriod } from "./kpi-actuals.ts";
import { type RollUpExplanation, rollUp } from "./roll-up.ts";
import {
  defaultPerspectiveNames,
  type KpiFacts,
  type Objective,
  type Perspective,
  type Scorecard,
  type ScorecardKpi,
  type Wording,
} from "./scorecard.ts";
import { type KpiTarget, kpiTarget } from "./scorecard-targets.ts";
import { type KpiExplanation, type KpiScoring, type Status, scoreKpi } from "./scoring.ts";

export type NodeKind = "scorecard" | "perspective" | "objective" | "kpi";

/** One point of a node's trend: its score and status in one period; a KPI's also its values. */
export interface TrendPoint {
  period: string;
  score: number | null;
  status: Status;
  actual?: number | null;
  target?: number | null;
}

interface NodeBase {
  key: string;
  name?: Wording | undefined;
  /** The weight its parent gives it (1 for the scorecard). */
  weight: number;
  score: number | null;
  status: Status;
  /** Oldest first, ending with the period evaluated; present when a trend was asked for. */
  trend?: TrendPoint[];
}

/** The KPI's score explanation, with where its target came from. */
export type KpiNodeExplanation = KpiExplanation & { targetFrom: KpiTarget["from"] };

export interface KpiNode extends NodeBase {
  kind: "kpi";
  unit: string;
  actual: number | null;
  target: number | null;
  progress: number | null;
  explanation: KpiNodeExplanation;
}

export interface RollUpNode extends NodeBase {
  kind: "scorecard" | "perspective" | "objective";
  explanation: RollUpExplanation;
  children: ScorecardNode[];
}

export type ScorecardNode = KpiNode | RollUpNode;

export interface ScorecardEvaluation extends RollUpNode {
  kind: "scorecard";
  /** The period evaluated, and for a to-date view its last day counted (else null). */
  period: string;
  through: string | null;
}

export interface EvaluationInput {
  scorecard: Scorecard;
  /** Facts of every KPI the scorecard uses, by key. */
  kpis: ReadonlyMap<string, KpiFacts>;
  fiscal: FiscalCalendar;
  span: ActualSpan;
  /** Actuals over `span`, and for seasonal phasing, last year's months (by month key). */
  actuals: ActualsTable;
}

/** The scorecard's tree of scores for `span`. */
export function evaluateScorecard(input: EvaluationInput): ScorecardEvaluation {
  const { scorecard, span } = input;
  const children = scorecard.perspectives.map((perspective) => perspectiveNode(perspective, input));
  const rolled = rollUp(children, rollUpOptions(scorecard));
  return {
    key: scorecard.key,
    kind: "scorecard",
    name: scorecard.name,
    period: span.period.key,
    through: isWholePeriod(span) ? null : span.through,
    weight: 1,
    ...rolled,
    children,
  };
}

function rollUpOptions(scorecard: Scorecard) {
  return { missingData: scorecard.missingData, thresholds: scorecard.rollUpThresholds };
}

function perspectiveNode(perspective: Perspective, input: EvaluationInput): RollUpNode {
  const children = perspective.objectives.map((objective) => objectiveNode(objective, input));
  return {
    key: perspective.key,
    kind: "perspective",
    name: perspective.name ?? defaultPerspectiveNames[perspective.key],
    weight: perspective.weight ?? 1,
    ...rollUp(children, rollUpOptions(input.scorecard)),
    children,
  };
}

function objectiveNode(objective: Objective, input: EvaluationInput): RollUpNode {
  const children = objective.kpis.map((kpi) => kpiNode(kpi, input));
  return {
    key: objective.key,
    kind: "objective",
    name: objective.name,
    weight: objective.weight ?? 1,
    ...rollUp(children, rollUpOptions(input.scorecard)),
    children,
  };
}

function kpiNode(kpi: ScorecardKpi, input: EvaluationInput): KpiNode {
  const facts = input.kpis.get(kpi.kpi);
  // The scorecard was checked against the KPIs when it was applied; reaching here is a bug.
  if (!facts) throw new Error(`no facts for KPI ${kpi.kpi} of scorecard ${input.scorecard.key}`);
  const actual = actualOf(input.actuals, kpi.kpi, input.span.key);
  const target = kpiTarget({
    kpi,
    facts,
    fiscal: input.fiscal,
    span: input.span,
    actuals: input.actuals,
  });
  const scored = scoreKpi({
    actual,
    target: target.value,
    scoring: scoringOf(kpi, facts, input.scorecard),
  });
  return {
    key: kpi.kpi,
    kind: "kpi",
    name: facts.name,
    unit: facts.unit,
    weight: kpi.weight ?? 1,
    actual,
    target: target.value,
    progress: scored.progress,
    score: scored.score,
    status: scored.status,
    explanation: { ...scored.explanation, targetFrom: target.from },
  };
}

/** How a KPI scores on this scorecard: its own settings, else the KPI's, else the scorecard's. */
export function scoringOf(kpi: ScorecardKpi, facts: KpiFacts, scorecard: Scorecard): KpiScoring {
  return {
    polarity: kpi.polarity ?? facts.polarity,
    method: kpi.method,
    baseline: kpi.baseline,
    range: kpi.range,
    tolerance: kpi.tolerance,
    bands: kpi.bands,
    cap: kpi.cap ?? scorecard.cap,
    thresholds: kpi.thresholds ?? scorecard.thresholds,
  };
}

/** A node's children; none for a KPI. */
export function childrenOf(node: ScorecardNode): ScorecardNode[] {
  return node.kind === "kpi" ? [] : node.children;
}
