// What needs attention first: the objective with the lowest score that is not green, and
// within it the KPI that pulls it down most. A period where no KPI has a value is a state
// of its own (issue 9, finding 11): nothing was measured, so nothing is green either.

import type { KpiNode, RollUpNode, ScorecardEvaluation, ScorecardNode } from "./api/types.ts";

export interface Attention {
  perspective: RollUpNode;
  objective: RollUpNode;
  /** The objective's lowest-scoring KPI. */
  kpi: KpiNode | undefined;
}

export type ScorecardVerdict =
  | { kind: "attention"; attention: Attention }
  | { kind: "no-data" }
  /** Every objective with a score is green; `withoutData` of `objectives` have none. */
  | { kind: "all-green"; objectives: number; withoutData: number };

export function verdictOf(evaluation: ScorecardEvaluation): ScorecardVerdict {
  if (!kpisOf(evaluation).some((kpi) => kpi.actual !== null)) return { kind: "no-data" };
  const attention = needsAttention(evaluation);
  if (attention) return { kind: "attention", attention };
  const objectives = objectivesOf(evaluation);
  return {
    kind: "all-green",
    objectives: objectives.length,
    withoutData: objectives.filter((objective) => objective.score === null).length,
  };
}

export function needsAttention(evaluation: ScorecardEvaluation): Attention | undefined {
  let worst: Attention | undefined;
  for (const perspective of evaluation.children) {
    if (perspective.kind === "kpi") continue;
    for (const objective of perspective.children) {
      if (objective.kind === "kpi" || objective.score === null) continue;
      if (objective.status === "green") continue;
      if (worst && (worst.objective.score ?? 0) <= objective.score) continue;
      worst = { perspective, objective, kpi: lowestKpi(objective) };
    }
  }
  return worst;
}

function lowestKpi(objective: RollUpNode): KpiNode | undefined {
  const kpis = objective.children.filter((c): c is KpiNode => c.kind === "kpi" && c.score !== null);
  return kpis.reduce<KpiNode | undefined>(
    (low, kpi) => (low === undefined || (kpi.score ?? 0) < (low.score ?? 0) ? kpi : low),
    undefined,
  );
}

function objectivesOf(evaluation: ScorecardEvaluation): RollUpNode[] {
  return evaluation.children.flatMap((perspective) =>
    perspective.kind === "kpi"
      ? []
      : perspective.children.filter((c): c is RollUpNode => c.kind !== "kpi"),
  );
}

function kpisOf(node: ScorecardNode): KpiNode[] {
  return node.kind === "kpi" ? [node] : node.children.flatMap(kpisOf);
}
