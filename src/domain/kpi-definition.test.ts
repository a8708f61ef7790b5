import { describe, expect, it } from "vitest";
import { InvalidInput } from "./errors.ts";
import { checkKpiDefinition, type KpiDefinition, kpiDefinitionIssues } from "./kpi-definition.ts";

/** The issues `checkKpiDefinition` rejects `definition` with, as `path: message` lines. */
function rejection(definition: KpiDefinition, path = ""): string[] {
  try {
    checkKpiDefinition(definition, path);
  } catch (error) {
    if (error instanceof InvalidInput) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  throw new Error("expected InvalidInput");
}

describe("checkKpiDefinition", () => {
  it("accepts scorecard-file.md's KPIs", () => {
    const definitions: KpiDefinition[] = [
      { polarity: "higher", target: 4.0, weight: 2 },
      { polarity: "lower", method: "linear", baseline: 8.0, target: 5.0 },
      { polarity: "range", method: "range", range: [-0.05, 0.05], tolerance: 0.1 },
      { polarity: "higher", targets: { "2026": 24_000_000, "2026-12": 3_500_000 } },
    ];
    for (const definition of definitions) expect(kpiDefinitionIssues(definition)).toEqual([]);
  });

  it("rejects a linear target equal to its baseline, naming both values to change", () => {
    expect(rejection({ polarity: "lower", method: "linear", baseline: 8, target: 8 })).toEqual([
      "target: target equals baseline 8: a linear KPI needs target ≠ baseline; change `target` or `baseline`",
    ]);
  });

  it("rejects a per-period target equal to the baseline at its period's path", () => {
    const definition: KpiDefinition = {
      polarity: "higher",
      baseline: 10,
      targets: { "2026": 20, "2026-12": 10 },
    };
    expect(rejection(definition, "perspectives[0].objectives[1].kpis[0]")).toEqual([
      'perspectives[0].objectives[1].kpis[0].targets["2026-12"]: target equals baseline 10: a linear KPI needs target ≠ baseline; change `target` or `baseline`',
    ]);
  });

  it("rejects a linear KPI without a baseline", () => {
    expect(rejection({ polarity: "lower", method: "linear", target: 5 })).toEqual([
      "baseline: a linear KPI needs a baseline (the value that scores 0): set `baseline`, or use method ratio",
    ]);
  });

  it("rejects a ratio target of 0 when higher is better", () => {
    expect(rejection({ polarity: "higher", target: 0 })).toEqual([
      "target: target 0 cannot be scored as a ratio: a ratio KPI needs target > 0 when higher is better; change `target`, or set a `baseline` to score it linearly",
    ]);
  });

  it("rejects a negative ratio target when lower is better, and accepts 0", () => {
    expect(rejection({ polarity: "lower", target: -5 })).toEqual([
      "target: target -5 cannot be scored as a ratio: a ratio KPI needs target ≥ 0 when lower is better; change `target`, or set a `baseline` to score it linearly",
    ]);
    expect(kpiDefinitionIssues({ polarity: "lower", target: 0 })).toEqual([]);
  });

  it("rejects a range whose low end is above its high end", () => {
    expect(rejection({ polarity: "range", range: [0.05, -0.05], tolerance: 0.1 })).toEqual([
      "range: range [0.05, -0.05] has its low end above its high end: swap them to [-0.05, 0.05]",
    ]);
  });

  it("rejects a range KPI without a range or a tolerance", () => {
    expect(rejection({ polarity: "range" })).toEqual([
      "range: a range KPI needs a range [low, high]: set `range`",
      "tolerance: a range KPI needs a tolerance, how far outside the range the score falls to 0: set `tolerance`",
    ]);
  });

  it("rejects a tolerance of 0", () => {
    expect(rejection({ polarity: "range", range: [-0.05, 0.05], tolerance: 0 })).toEqual([
      "tolerance: tolerance 0 must be above 0: it is how far outside the range the score falls to 0; change `tolerance`",
    ]);
  });

  it("rejects a negative weight", () => {
    expect(rejection({ polarity: "higher", target: 4, weight: -1 })).toEqual([
      "weight: weight -1 is negative: use 0 to leave it out of its parent's score, or a positive weight",
    ]);
  });

  it("rejects a cap below 1", () => {
    expect(rejection({ polarity: "higher", target: 4, cap: 0.9 })).toEqual([
      "cap: cap 0.9 is below 1: a KPI that meets its target would score under 100; use a cap of 1 or more",
    ]);
  });

  it("rejects higher-is-better bands whose green starts below amber", () => {
    expect(rejection({ polarity: "higher", bands: { green: 30, amber: 40 } })).toEqual([
      "bands: bands are out of order: when higher is better, green (30) must be at least amber (40); swap them",
    ]);
  });

  it("rejects lower-is-better bands whose green reaches above amber", () => {
    expect(rejection({ polarity: "lower", bands: { green: 6, amber: 5 } })).toEqual([
      "bands: bands are out of order: when lower is better, green (6) must be at most amber (5); swap them",
    ]);
  });

  it("rejects range bands whose amber does not contain green", () => {
    expect(
      rejection({ polarity: "range", bands: { green: [-0.1, 0.1], amber: [-0.05, 0.05] } }),
    ).toEqual([
      "bands: bands are out of order: the amber band [-0.05, 0.05] must contain the green band [-0.1, 0.1]",
    ]);
  });

  it("rejects method bands without bands", () => {
    expect(rejection({ polarity: "higher", method: "bands" })).toEqual([
      "bands: method bands needs bands { green, amber }: set `bands`",
    ]);
  });

  it("rejects thresholds with amber above green", () => {
    expect(
      rejection({ polarity: "higher", target: 4, thresholds: { green: 0.8, amber: 0.9 } }),
    ).toEqual([
      "thresholds: thresholds are out of order: green (0.8) must be at least amber (0.9); swap them",
    ]);
  });

  it("rejects an amber threshold of 0", () => {
    expect(
      rejection({ polarity: "higher", target: 4, thresholds: { green: 1, amber: 0 } }),
    ).toEqual(["thresholds.amber: amber threshold 0 must be above 0; change `amber`"]);
  });

  it("rejects a method that does not fit the polarity", () => {
    expect(rejection({ polarity: "range", method: "ratio", target: 1 })).toEqual([
      "method: method ratio cannot score polarity range; use method range (with `range` and `tolerance`) or bands",
    ]);
    expect(rejection({ polarity: "higher", method: "range", range: [0, 1], tolerance: 1 })).toEqual(
      [
        "method: method range needs polarity range; change `polarity` to range, or choose another `method`",
      ],
    );
  });

  it("lists every issue of a definition at once", () => {
    const issues = kpiDefinitionIssues({ polarity: "higher", target: 0, cap: 0.5, weight: -2 });
    expect(issues.map((issue) => issue.path)).toEqual(["target", "cap", "weight"]);
  });
});
