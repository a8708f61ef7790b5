import { describe, expect, it } from "vitest";
import { calendarYear } from "./fiscal-year.ts";
import { periodToDate, wholePeriod } from "./kpi-actuals.ts";
import { parsePeriod } from "./periods.ts";
import type { KpiFacts, Scorecard, ScorecardKpi } from "./scorecard.ts";
import {
  childrenOf,
  evaluateScorecard,
  type KpiNode,
  type ScorecardNode,
} from "./scorecard-evaluation.ts";
import { spansToEvaluate } from "./scorecard-trend.ts";

const facts = new Map<string, KpiFacts>([
  ["roas", { key: "roas", unit: "ratio", polarity: "higher", kind: "level", source: "library" }],
  [
    "revenue",
    { key: "revenue", unit: "currency", polarity: "higher", kind: "flow", source: "library" },
  ],
]);

function scorecardWith(kpi: ScorecardKpi, header: Partial<Scorecard> = {}): Scorecard {
  return {
    key: "s",
    name: "S",
    ...header,
    perspectives: [{ key: "financial", objectives: [{ key: "o", name: "O", kpis: [kpi] }] }],
    links: [],
  };
}

function kpiNode(scorecard: Scorecard, actual: number, period = "2026-12", asOf?: string): KpiNode {
  const parsed = parsePeriod(period, calendarYear);
  const span = asOf ? periodToDate(parsed, asOf) : wholePeriod(parsed);
  const kpi = scorecard.perspectives[0]?.objectives[0]?.kpis[0]?.kpi ?? "";
  const actuals = new Map([[kpi, new Map([[span.key, actual]])]]);
  const tree = evaluateScorecard({ scorecard, kpis: facts, fiscal: calendarYear, span, actuals });
  const objective = childrenOf(tree.children[0] as ScorecardNode)[0] as ScorecardNode;
  const leaf = childrenOf(objective)[0];
  if (leaf?.kind !== "kpi") throw new Error("no KPI node");
  return leaf;
}

describe("evaluating a scorecard", () => {
  it("scores a KPI with the scorecard's cap and thresholds when it sets none", () => {
    const scorecard = scorecardWith(
      { kpi: "roas", target: 4 },
      {
        cap: 1.2,
        thresholds: { green: 1, amber: 0.9 },
      },
    );
    expect(kpiNode(scorecard, 3.4)).toMatchObject({ score: 85, status: "red" });
    expect(kpiNode(scorecard, 5)).toMatchObject({ score: 120, status: "green" });
  });

  it("lets a KPI's own cap and thresholds win over the scorecard's", () => {
    const scorecard = scorecardWith(
      { kpi: "roas", target: 4, cap: 1, thresholds: { green: 1, amber: 0.8 } },
      { cap: 1.2, thresholds: { green: 1, amber: 0.9 } },
    );
    expect(kpiNode(scorecard, 3.4)).toMatchObject({ score: 85, status: "amber" });
    expect(kpiNode(scorecard, 5)).toMatchObject({ score: 100 });
  });

  it("takes a period's own target over the one phased from the year", () => {
    const revenue = scorecardWith({ kpi: "revenue", targets: { "2026": 24e6, "2026-12": 3.5e6 } });
    expect(kpiNode(revenue, 3.5e6, "2026-12")).toMatchObject({
      target: 3.5e6,
      explanation: { targetFrom: { rule: "as_set", setFor: "2026-12" } },
    });
    expect(kpiNode(revenue, 1, "2026-11").target).toBeCloseTo((24e6 * 30) / 365, 6);
  });

  it("phases a flow target by last year's months when the KPI asks for seasonal phasing", () => {
    const scorecard = scorecardWith({
      kpi: "revenue",
      targets: { "2026": 1200 },
      phasing: "seasonal",
    });
    const fiscal = calendarYear;
    const lastYear = spansToEvaluate(scorecard, fiscal, { period: parsePeriod("2026-01", fiscal) });
    expect(lastYear.all.map((span) => span.key)).toEqual([
      "2026-01",
      ...Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`),
    ]);
    // Last year sold 30 % in December and 70 % spread evenly over the other months.
    const months = Array.from({ length: 12 }, (_, i) => [
      `2025-${String(i + 1).padStart(2, "0")}`,
      i === 11 ? 300 : 700 / 11,
    ]);
    const span = wholePeriod(parsePeriod("2026-12", fiscal));
    const actuals = new Map([["revenue", new Map(months as [string, number][])]]);
    const tree = evaluateScorecard({ scorecard, kpis: facts, fiscal, span, actuals });
    const kpi = childrenOf(childrenOf(tree.children[0] as ScorecardNode)[0] as ScorecardNode)[0];
    expect(kpi).toMatchObject({ kind: "kpi", explanation: { targetFrom: { rule: "seasonal" } } });
    expect(kpi?.kind === "kpi" ? kpi.target : null).toBeCloseTo(360, 9);
  });

  it("keeps a single target the same in a to-date view, also for a flow KPI", () => {
    const revenue = scorecardWith({ kpi: "revenue", target: 2e6 });
    expect(kpiNode(revenue, 1e6, "2026-Q1", "2026-01-31")).toMatchObject({
      target: 2e6,
      explanation: { targetFrom: { rule: "every_period" } },
    });
  });

  it("has no data, saying why, for a period no target reaches", () => {
    const revenue = scorecardWith({ kpi: "revenue", targets: { "2026": 24e6 } });
    expect(kpiNode(revenue, 1e6, "2025-12")).toMatchObject({
      target: null,
      score: null,
      status: "no_data",
      explanation: {
        reason: "no data: there is no target for this period",
        targetFrom: {
          rule: "none",
          reason: "there is no target for 2025-12 or a period around it",
        },
      },
    });
  });

  it("names a perspective by its default name unless the scorecard renames it", () => {
    const scorecard = scorecardWith({ kpi: "roas", target: 4 });
    const span = wholePeriod(parsePeriod("2026-01", calendarYear));
    const tree = evaluateScorecard({
      scorecard,
      kpis: facts,
      fiscal: calendarYear,
      span,
      actuals: new Map(),
    });
    expect(tree.children[0]?.name).toEqual({ en: "Financial", da: "Økonomi" });
  });
});
