import { describe, expect, it } from "vitest";
import type { KpiNode, RollUpNode, ScorecardEvaluation, Status } from "./api/types.ts";
import { verdictOf } from "./attention.ts";

function kpi(key: string, actual: number | null, score: number | null, status: Status): KpiNode {
  return {
    key,
    kind: "kpi",
    weight: 1,
    unit: "count",
    actual,
    target: 10,
    progress: null,
    score,
    status,
    explanation: {} as KpiNode["explanation"],
  };
}

function objective(key: string, score: number | null, status: Status, kpis: KpiNode[]): RollUpNode {
  return {
    key,
    kind: "objective",
    weight: 1,
    score,
    status,
    explanation: {} as RollUpNode["explanation"],
    children: kpis,
  };
}

function scorecard(objectives: RollUpNode[]): ScorecardEvaluation {
  const perspective: RollUpNode = {
    key: "customer",
    kind: "perspective",
    weight: 1,
    score: null,
    status: "no_data",
    explanation: {} as RollUpNode["explanation"],
    children: objectives,
  };
  return {
    key: "marketing",
    kind: "scorecard",
    weight: 1,
    score: null,
    status: "no_data",
    explanation: {} as RollUpNode["explanation"],
    children: [perspective],
    period: "1900-01",
    through: null,
  };
}

describe("what the scorecard page says first", () => {
  it("says no data, not all green, when no KPI has an actual", () => {
    const evaluation = scorecard([
      objective("win", null, "no_data", [kpi("leads", null, null, "no_data")]),
      objective("keep", null, "no_data", [kpi("nps", null, null, "no_data")]),
    ]);

    expect(verdictOf(evaluation)).toEqual({ kind: "no-data" });
  });

  it("counts the objectives without data when every scored one is green", () => {
    const evaluation = scorecard([
      objective("win", 100, "green", [kpi("leads", 12, 100, "green")]),
      objective("keep", null, "no_data", [kpi("nps", null, null, "no_data")]),
    ]);

    expect(verdictOf(evaluation)).toEqual({ kind: "all-green", objectives: 2, withoutData: 1 });
  });

  it("names the lowest objective that is not green, and its lowest KPI", () => {
    const leads = kpi("leads", 6, 60, "red");
    const evaluation = scorecard([
      objective("win", 60, "red", [leads, kpi("new_customers", 9, 90, "green")]),
      objective("keep", 80, "amber", [kpi("nps", 8, 80, "amber")]),
    ]);

    const verdict = verdictOf(evaluation);
    expect(verdict.kind === "attention" && verdict.attention.objective.key).toBe("win");
    expect(verdict.kind === "attention" && verdict.attention.kpi?.key).toBe("leads");
  });
});
