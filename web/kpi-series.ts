// The numbers of a KPI's chart: its actual in each of the last periods and one year
// earlier (from the KPI's values), and its target in each (from the trend of its score).

import { apiPath } from "./api/client.ts";
import type { KpiNode, KpiValues, ScorecardNode, TrendPointWithActual } from "./api/types.ts";
import { type ApiState, useApi } from "./api/use-api.ts";
import type { KpiSeries } from "./components/kpi-chart.tsx";
import { periodsEndingWith, yearEarlier } from "./periods.ts";
import type { ScorecardView } from "./scorecard-view.ts";
import { sparklinePeriods } from "./trend.ts";

/** Every place the KPI sits in an evaluated tree, with its objective. */
export function kpiNodesOf(
  tree: ScorecardNode,
  key: string,
  objective?: ScorecardNode,
): { kpi: KpiNode; objective: ScorecardNode | undefined }[] {
  if (tree.kind === "kpi") return tree.key === key ? [{ kpi: tree, objective }] : [];
  return tree.children.flatMap((child) =>
    kpiNodesOf(child, key, tree.kind === "objective" ? tree : objective),
  );
}

/** The chart of the periods the scorecard's sparklines show, the selected one last. */
export function useKpiSeries(
  view: ScorecardView,
  kpiKey: string,
  node: KpiNode | undefined,
): ApiState<KpiSeries> {
  const periods = periodsEndingWith(view.period, sparklinePeriods, view.fiscal);
  const first = periods[0] ?? view.period;
  const values = useApi<KpiValues>(
    apiPath(`/api/kpis/${encodeURIComponent(kpiKey)}/history`, {
      grain: view.grain,
      from: yearEarlier(first, view.fiscal),
      to: view.period,
    }),
  );
  if (values.status !== "done") return values;
  // A KPI the scorecard does not use has no targets here.
  const targets = new Map(
    ((node?.trend ?? []) as TrendPointWithActual[]).map((p) => [p.period, p.target ?? null]),
  );
  return {
    status: "done",
    data: {
      periods,
      actual: periods.map((p) => values.data.values[p] ?? null),
      target: periods.map((p) => targets.get(p) ?? null),
      lastYear: periods.map((p) => values.data.values[yearEarlier(p, view.fiscal)] ?? null),
    },
  };
}
