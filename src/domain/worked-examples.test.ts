// scoring.md, "Worked examples (each must be a test)": one describe per example, named after it.

import { describe, expect, it } from "vitest";
import { calendarYear } from "./fiscal-year.ts";
import { parsePeriod } from "./periods.ts";
import { rollUp } from "./roll-up.ts";
import { type KpiScoring, scoreKpi } from "./scoring.ts";
import { targetFor, toDateTarget } from "./targets.ts";

describe("scoring.md worked example 1: ROAS ratio higher", () => {
  const roas: KpiScoring = { polarity: "higher", method: "ratio" };

  it("scores ROAS 3.2 against 4.0 as 80, amber", () => {
    const result = scoreKpi({ actual: 3.2, target: 4.0, scoring: roas });
    expect(result.progress).toBe(0.8);
    expect(result.score).toBe(80);
    expect(result.status).toBe("amber");
    expect(result.explanation.reason).toBe("amber: 3.2 is 80% of the target 4; amber from 80%");
  });

  it("scores ROAS 4.4 against 4.0 as 100, green: over-achievement is not credited", () => {
    const result = scoreKpi({ actual: 4.4, target: 4.0, scoring: roas });
    expect(result.progress).toBe(1.1);
    expect(result.score).toBe(100);
    expect(result.status).toBe("green");
  });

  it("scores ROAS 4.4 against 4.0 as 110 with cap 1.2", () => {
    const result = scoreKpi({ actual: 4.4, target: 4.0, scoring: { ...roas, cap: 1.2 } });
    expect(result.score).toBe(110);
    expect(result.status).toBe("green");
  });
});

describe("scoring.md worked example 2: CPC linear lower", () => {
  it("scores CPC 6.2 against target 5 from baseline 8 as 60, red", () => {
    const cpc: KpiScoring = { polarity: "lower", method: "linear", baseline: 8.0 };
    const result = scoreKpi({ actual: 6.2, target: 5.0, scoring: cpc });
    expect(result.progress).toBe(0.6);
    expect(result.score).toBe(60);
    expect(result.status).toBe("red");
    expect(result.explanation).toMatchObject({ method: "linear", baseline: 8, target: 5 });
  });
});

describe("scoring.md worked example 3: CAC ratio lower", () => {
  it("scores CAC 500 against target 400 as 80, amber", () => {
    const result = scoreKpi({ actual: 500, target: 400, scoring: { polarity: "lower" } });
    expect(result.progress).toBe(0.8);
    expect(result.score).toBe(80);
    expect(result.status).toBe("amber");
    expect(result.explanation.method).toBe("ratio");
  });
});

describe("scoring.md worked example 4: budget variance range", () => {
  const budgetVariance: KpiScoring = {
    polarity: "range",
    method: "range",
    range: [-0.05, 0.05],
    tolerance: 0.1,
  };
  const score = (actual: number) => scoreKpi({ actual, target: null, scoring: budgetVariance });

  it("scores a variance of 0.02, inside [−0.05, 0.05], as 100, green", () => {
    expect(score(0.02)).toMatchObject({ score: 100, status: "green" });
  });

  it("scores a variance of 0.09, 0.04 above the range with tolerance 0.10, as 60, red", () => {
    expect(score(0.09)).toMatchObject({ progress: 0.6, score: 60, status: "red" });
  });

  it("scores a variance of −0.20, further below than the tolerance, as 0, red", () => {
    expect(score(-0.2)).toMatchObject({ progress: 0, score: 0, status: "red" });
  });
});

describe("scoring.md worked example 5: objective roll-up with missing data", () => {
  const kpis = [
    { key: "roas", score: 80, weight: 2 },
    { key: "cpc", score: 100, weight: 1 },
    { key: "budget_variance", score: null, weight: 1 },
  ];

  it("rolls up 80 (weight 2), 100 and no data to 86.67, amber, leaving the missing KPI out", () => {
    const result = rollUp(kpis);
    expect(result.score).toBeCloseTo(86.67, 2);
    expect(result.status).toBe("amber");
    expect(result.explanation.children[2]).toEqual({
      key: "budget_variance",
      score: null,
      weight: 1,
      treatment: "left_out_no_data",
    });
  });

  it("rolls up to 65, red, when missing data counts as 0", () => {
    const result = rollUp(kpis, { missingData: "zero" });
    expect(result.score).toBe(65);
    expect(result.status).toBe("red");
    expect(result.explanation.missingData).toBe("zero");
    expect(result.explanation.children[2]?.treatment).toBe("counted_as_zero");
  });
});

describe("scoring.md worked example 6: annual targets phased over 2025", () => {
  const revenue = { targets: { "2025": 24_000_000 }, kind: "flow", fiscal: calendarYear } as const;
  const nps = { targets: { "2025": 40 }, kind: "level", fiscal: calendarYear } as const;
  const period = (key: string) => parsePeriod(key, calendarYear);

  it("phases revenue 24,000,000 DKK to January as 24e6 · 31/365 = 2,038,356.16", () => {
    const january = targetFor({ ...revenue, period: period("2025-01") });
    expect(january?.value).toBeCloseTo(2_038_356.16, 2);
    expect(january).toMatchObject({ setFor: "2025", phasing: "linear" });
  });

  it("makes the Q1 YTD revenue target 24e6 · 90/365 = 5,917,808.22", () => {
    const ytd = toDateTarget({ ...revenue, period: period("2025"), asOf: "2025-03-31" });
    expect(ytd).toBeCloseTo(5_917_808.22, 2);
  });

  it("keeps the NPS target 40 in every month, quarter and to-date view", () => {
    for (const key of ["2025-01", "2025-02", "2025-06", "2025-12", "2025-Q1", "2025-Q4"]) {
      expect(targetFor({ ...nps, period: period(key) })?.value).toBe(40);
    }
    for (const key of ["2025", "2025-Q1", "2025-03"]) {
      expect(toDateTarget({ ...nps, period: period(key), asOf: "2025-03-15" })).toBe(40);
    }
  });
});
