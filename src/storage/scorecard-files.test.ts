import { beforeEach, expect, it } from "vitest";
import { describeOnBothEngines } from "../../test/engines.ts";
import { InvalidInput } from "../domain/errors.ts";
import type { KpiLibrary } from "../domain/kpi-library.ts";
import type { Organisation } from "./organisations.ts";
import { applyScorecardFile, exportScorecardFile } from "./scorecard-files.ts";

/** A library without KPIs: these scorecards use only KPIs their files define. */
const library: KpiLibrary = {
  find: () => undefined,
  expressionIssues: () => [],
  closestKey: () => undefined,
};

const fjordline: Organisation = {
  id: "fjordline",
  name: "Fjordline Cycling ApS",
  time_zone: "Europe/Copenhagen",
  currency: "DKK",
  fiscal_year_start_month: 1,
  locale: "da",
};

const finance = (polarity: string, kpi: string) => `version: 1
scorecard: { key: finance, name: Finance }
perspectives:
  - key: financial
    objectives:
      - key: on-budget
        name: On budget
        kpis:
          - ${kpi}
kpis:
  - { key: budget_gap, name: Budget gap, unit: percent, polarity: ${polarity}, kind: level, source: manual }
`;

const teamUsingGap = `version: 1
scorecard: { key: team, name: Team }
perspectives:
  - key: internal
    objectives:
      - key: spend-well
        name: Spend well
        kpis:
          - { kpi: budget_gap, target: 0.01 }
`;

async function issuesOf(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    if (error instanceof InvalidInput)
      return error.issues.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  throw new Error("applied without issues");
}

describeOnBothEngines("scorecard files sharing the organisation's KPIs", (storage) => {
  beforeEach(async () => {
    await storage().db.insertInto("organisation").values(fjordline).execute();
    const first = finance("higher", "{ kpi: budget_gap, target: 0.02 }");
    await applyScorecardFile(storage().db, fjordline, first, library);
  });

  it("lets another scorecard use a KPI a file defined, and exports it with its definition", async () => {
    const applied = await applyScorecardFile(storage().db, fjordline, teamUsingGap, library);
    expect(applied.outcome).toBe("created");
    expect(await exportScorecardFile(storage().db, fjordline, "team")).toContain(
      "kpis:\n  - key: budget_gap\n    name: Budget gap\n    unit: percent\n    polarity: higher\n",
    );
  });

  it("refuses a new polarity that another scorecard using the KPI could not score with", async () => {
    await applyScorecardFile(storage().db, fjordline, teamUsingGap, library);
    const ranged = finance(
      "range",
      "{ kpi: budget_gap, method: range, range: [-0.05, 0.05], tolerance: 0.1 }",
    );
    expect(await issuesOf(applyScorecardFile(storage().db, fjordline, ranged, library))).toEqual([
      {
        path: "kpis[0].polarity",
        message:
          "the scorecard team also uses budget_gap and could not score it with polarity range (range: a range KPI needs a range [low, high]: set `range`): change it there first",
      },
    ]);
  });
});
