// The scorecard on real data: the Fjordline exports through the real importer, the example
// of scorecard-file.md applied, and each library KPI's actual equal to expected.json.

import { beforeEach, expect, it } from "vitest";
import { describeOnBothEngines } from "../../test/engines.ts";
import { createFjordline, fjordlineExpected, fjordlineFiles } from "../../test/fixtures.ts";
import { specExample } from "../../test/scorecard-files.ts";
import type {
  KpiNode,
  ScorecardEvaluation,
  ScorecardNode,
} from "../domain/scorecard-evaluation.ts";
import { importFiles } from "../sources/import-files.ts";
import type { Organisation } from "../storage/organisations.ts";
import { evaluateStoredScorecard } from "../storage/scorecard-evaluations.ts";
import { applyScorecardFile } from "../storage/scorecard-files.ts";
import { metricsLibrary, scorecardKpiSources } from "./kpi-sources.ts";

const expected = fjordlineExpected().kpis;
const libraryKpis = [
  "roas",
  "cpc",
  "budget_variance",
  "revenue",
  "nps",
  "on_time_launch_rate",
  "training_hours_per_employee",
];

function kpiNodes(node: ScorecardNode): KpiNode[] {
  return node.kind === "kpi" ? [node] : node.children.flatMap(kpiNodes);
}

describeOnBothEngines("the scorecard of scorecard-file.md on the Fjordline exports", (storage) => {
  let fjordline: Organisation;
  beforeEach(async () => {
    fjordline = await createFjordline(storage());
    await importFiles(storage(), fjordline, fjordlineFiles());
    await applyScorecardFile(storage().db, fjordline, specExample(), metricsLibrary);
  });

  const evaluate = (period: string, asOf?: string): Promise<ScorecardEvaluation> =>
    evaluateStoredScorecard(
      storage().db,
      fjordline,
      { scorecard: "marketing-2026", period, asOf, trend: 2 },
      scorecardKpiSources(storage().db),
    );

  it("takes every library KPI's actual from the imports, as expected.json has it", async () => {
    for (const period of ["2026-01", "2026-Q1", "2025-12"]) {
      const actuals = Object.fromEntries(
        kpiNodes(await evaluate(period)).map((kpi) => [kpi.key, kpi.actual]),
      );
      for (const key of libraryKpis) {
        const value = expected[key]?.[period] ?? null;
        if (value === null) expect(actuals[key], `${key} ${period}`).toBeNull();
        else expect(actuals[key], `${key} ${period}`).toBeCloseTo(value, 6);
      }
    }
  });

  it("takes the actuals of the trend's earlier periods from the imports too", async () => {
    const revenue = kpiNodes(await evaluate("2026-03")).find((kpi) => kpi.key === "revenue");
    expect(revenue?.trend?.map((point) => point.period)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(revenue?.trend?.[0]?.actual).toBeCloseTo(expected.revenue?.["2026-01"] ?? 0, 2);
    expect(revenue?.trend?.[0]?.target).toBeCloseTo((24e6 * 31) / 365, 2);
  });

  it("sums a flow KPI's imported rows up to the day of a to-date view", async () => {
    const ytd = kpiNodes(await evaluate("2026", "2026-02-28")).find((kpi) => kpi.key === "revenue");
    const months = (expected.revenue?.["2026-01"] ?? 0) + (expected.revenue?.["2026-02"] ?? 0);
    expect(ytd?.actual).toBeCloseTo(months, 2);
    expect(ytd?.target).toBeCloseTo((24e6 * 59) / 365, 2);
  });
});
