import { beforeEach, expect, it } from "vitest";
import { describeOnBothEngines } from "../../test/engines.ts";
import type { ActualsQuery, KpiActuals } from "../domain/kpi-actuals.ts";
import type { KpiLibrary } from "../domain/kpi-library.ts";
import { childrenOf, type ScorecardNode } from "../domain/scorecard-evaluation.ts";
import { listCustomKpis } from "./custom-kpis.ts";
import { listManualValues, manualActuals } from "./manual-values.ts";
import type { Organisation } from "./organisations.ts";
import { evaluateStoredScorecard } from "./scorecard-evaluations.ts";
import { applyScorecardFile } from "./scorecard-files.ts";
import { findScorecard, listScorecardKeys } from "./scorecards.ts";

/** A library of one KPI, ROAS, as src/metrics describes it. */
const library: KpiLibrary = {
  find: (key) =>
    key === "roas"
      ? { key, unit: "ratio", polarity: "higher", kind: "level", source: "library" }
      : undefined,
  expressionIssues: () => [],
  closestKey: () => undefined,
};

const awarenessFile = (scorecard: string, value: number) => `version: 1
scorecard: { key: ${scorecard}, name: ${scorecard} }
perspectives:
  - key: customer
    objectives:
      - key: known-brand
        name: A known brand
        kpis:
          - { kpi: brand_awareness, target: 0.35 }
      - key: loved-brand
        name: A loved brand
        kpis:
          - { kpi: brand_awareness, target: 0.4 }
kpis:
  - { key: brand_awareness, name: Brand awareness, unit: percent, polarity: higher, kind: level, source: manual }
values:
  - { kpi: brand_awareness, period: 2026-01, value: ${value} }
`;

function organisation(id: string): Organisation {
  return {
    id,
    name: `Organisation ${id}`,
    time_zone: "Europe/Copenhagen",
    currency: "DKK",
    fiscal_year_start_month: 1,
    locale: "en",
  };
}

describeOnBothEngines("stored scorecards", (storage) => {
  const north = organisation("north");
  const south = organisation("south");
  beforeEach(async () => {
    await storage().db.insertInto("organisation").values([north, south]).execute();
  });

  it("keeps one organisation's scorecards, KPIs and values from another", async () => {
    await applyScorecardFile(storage().db, north, awarenessFile("brand", 0.3), library);
    await applyScorecardFile(storage().db, south, awarenessFile("brand", 0.5), library);
    await applyScorecardFile(storage().db, south, awarenessFile("south-only", 0.5), library);

    const { db } = storage();
    expect(await listScorecardKeys(db, north.id)).toEqual(["brand"]);
    expect(await findScorecard(db, north.id, "south-only")).toBeUndefined();
    expect(await listManualValues(db, north.id)).toEqual([
      { kpi: "brand_awareness", period: "2026-01", value: 0.3 },
    ]);
    expect([...(await listCustomKpis(db, north.id)).keys()]).toEqual(["brand_awareness"]);
    const evaluated = await evaluateStoredScorecard(
      db,
      north,
      { scorecard: "brand", period: "2026-01" },
      { library, actuals: manualActuals(db) },
    );
    expect(childrenOf(evaluated.children[0] as ScorecardNode)[0]).toMatchObject({
      key: "known-brand",
    });
    expect(evaluated.score).toBeCloseTo((100 * (0.3 / 0.35 + 0.3 / 0.4)) / 2, 5);
  });

  it("asks for a KPI that sits on several objectives once", async () => {
    await applyScorecardFile(storage().db, north, awarenessFile("brand", 0.3), library);
    const questions: ActualsQuery[] = [];
    const manual = manualActuals(storage().db);
    const recording: KpiActuals = {
      valuesFor: (query) => {
        questions.push(query);
        return manual.valuesFor(query);
      },
    };

    await evaluateStoredScorecard(
      storage().db,
      north,
      { scorecard: "brand", period: "2026-01", trend: 2 },
      { library, actuals: recording },
    );

    expect(questions).toHaveLength(1);
    expect(questions[0]?.kpis.map((kpi) => kpi.key)).toEqual(["brand_awareness"]);
    expect(questions[0]?.spans.map((span) => span.key)).toEqual(["2026-01", "2025-11", "2025-12"]);
  });

  it("gives every node its scores in the periods before, oldest first, for sparklines", async () => {
    const db = storage().db;
    const file = `${awarenessFile("brand", 0.35)}  - { kpi: brand_awareness, period: 2025-12, value: 0.28 }\n`;
    await applyScorecardFile(db, north, file, library);

    const evaluated = await evaluateStoredScorecard(
      db,
      north,
      { scorecard: "brand", period: "2026-01", trend: 2 },
      { library, actuals: manualActuals(db) },
    );

    const objective = childrenOf(evaluated.children[0] as ScorecardNode)[0] as ScorecardNode;
    expect(objective.trend?.map((point) => point.score)).toEqual([null, 80, 100]);
    const kpi = childrenOf(objective)[0];
    expect(kpi?.trend).toEqual([
      { period: "2025-11", score: null, status: "no_data", actual: null, target: 0.35 },
      { period: "2025-12", score: 80, status: "amber", actual: 0.28, target: 0.35 },
      { period: "2026-01", score: 100, status: "green", actual: 0.35, target: 0.35 },
    ]);
    expect(evaluated.trend?.map((point) => point.period)).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
    ]);
  });

  it("says which scorecards there are when none is named and there are several", async () => {
    await applyScorecardFile(storage().db, north, awarenessFile("brand", 0.3), library);
    await applyScorecardFile(storage().db, north, awarenessFile("team", 0.3), library);
    await expect(
      evaluateStoredScorecard(
        storage().db,
        north,
        { period: "2026-01" },
        { library, actuals: manualActuals(storage().db) },
      ),
    ).rejects.toThrow("there are 2 scorecards: choose one with --scorecard (brand, team)");
  });
});
