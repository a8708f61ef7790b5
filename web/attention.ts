// What needs attention first: the objective with the lowest score that is not green, and
// within it the KPI that pulls it down most.

import type { KpiNode, RollUpNode, ScorecardEvaluation } from "./api/types.ts";

export interface Attention {
  perspective: RollUpNode;
  objective: RollUpNode;
  /** The objective's lowest-scoring KPI. */
  kpi: KpiNode | undefined;
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
