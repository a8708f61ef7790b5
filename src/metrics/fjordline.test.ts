// The reference scenario (test/fixtures/fjordline/): the real exports through the real
// importer, then every value of expected.json at month and quarter grain, on both engines,
// within 1e-6 · max(1, |e|), null where it is null, no key missing.

import { beforeEach, expect, it } from "vitest";
import { describeOnBothEngines } from "../../test/engines.ts";
import { createFjordline, fjordlineExpected, fjordlineFiles } from "../../test/fixtures.ts";
import { importFiles } from "../sources/import-files.ts";
import type { Organisation } from "../storage/organisations.ts";
import { campaignReport } from "./campaign-report.ts";
import { computeKpis } from "./compute-kpis.ts";
import { kpiLibrary } from "./kpi-library.ts";

const expected = fjordlineExpected();
const isQuarter = (period: string) => period.includes("-Q");

describeOnBothEngines("the fjordline reference scenario", (storage) => {
  let fjordline: Organisation;
  beforeEach(async () => {
    fjordline = await createFjordline(storage());
    await importFiles(storage(), fjordline, fjordlineFiles());
  });

  it("reproduces every KPI value of expected.json by month and by quarter", async () => {
    const mismatches: string[] = [];
    let compared = 0;
    let largestError = 0;
    for (const grain of ["month", "quarter"] as const) {
      const table = await computeKpis(storage().db, {
        organisationId: fjordline.id,
        fiscal: { fiscalYearStartMonth: 1 },
        bucketing: grain,
        kpis: kpiLibrary,
      });
      const actual = new Map(table.rows.map((row) => [row.period, row.values]));
      const expectedPeriods = Object.keys(expected.kpis.ad_spend ?? {}).filter(
        (period) => isQuarter(period) === (grain === "quarter"),
      );
      expect(table.periods.map((period) => period.key)).toEqual(expectedPeriods);
      for (const [key, byPeriod] of Object.entries(expected.kpis)) {
        for (const period of expectedPeriods) {
          const e = byPeriod[period];
          const a = actual.get(period)?.[key];
          compared += 1;
          if (e === undefined || a === undefined) {
            mismatches.push(`${key} ${period}: expected ${e}, missing ${a}`);
          } else if (e === null || a === null) {
            if (e !== a) mismatches.push(`${key} ${period}: expected ${e}, got ${a}`);
          } else {
            const error = Math.abs(a - e) / Math.max(1, Math.abs(e));
            largestError = Math.max(largestError, error);
            if (error > 1e-6) mismatches.push(`${key} ${period}: expected ${e}, got ${a}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    // 21 KPIs × (22 months + 8 quarters).
    expect(compared).toBe(630);
    expect(largestError).toBeLessThan(1e-9);
  });

  it("finds the campaigns whose ROAS over all their rows is below 1", async () => {
    const campaigns = await campaignReport(storage().db, {
      organisationId: fjordline.id,
      fiscal: { fiscalYearStartMonth: 1 },
    });
    const below = campaigns
      .filter((campaign) => campaign.roas !== null && campaign.roas < 1)
      .map((campaign) => campaign.campaign)
      .sort();
    expect(below).toEqual(expected.meta.campaigns_with_roas_below_1);
  });
});
