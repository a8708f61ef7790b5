import { describe, expect, it } from "vitest";
import { kpiLibrary } from "./kpi-library.ts";

// test/fixtures/fjordline/README.md, "The KPIs, in terms of those files".
const fjordlineKeys = [
  "ad_spend",
  "roas",
  "marketing_roi",
  "revenue",
  "revenue_growth_yoy",
  "marketing_spend_pct_revenue",
  "budget_variance",
  "ctr",
  "cpc",
  "conversion_rate",
  "leads",
  "new_customers",
  "cac_paid",
  "nps",
  "nps_responses",
  "market_share",
  "mql_to_sql_rate",
  "on_time_launch_rate",
  "avg_time_to_launch_days",
  "training_hours_per_employee",
  "certification_rate",
];

// Issue 4: "plus the others marketing teams expect from these sources".
const expectedByMarketingTeams = [
  "impressions",
  "clicks",
  "conversions",
  "ad_revenue",
  "cpa",
  "cpm",
  "average_order_value",
  "cost_per_lead",
  "lead_to_customer_rate",
  "customer_lifetime_value",
  "mqls",
  "sqls",
  "promoters_share",
  "detractors_share",
  "on_time_launches",
];

describe("the KPI library", () => {
  const keys = kpiLibrary.map((kpi) => kpi.key);

  it("has the 21 KPIs of the fjordline scenario and those marketing teams expect", () => {
    expect(keys).toEqual(expect.arrayContaining([...fjordlineKeys, ...expectedByMarketingTeams]));
  });

  it("has each key once", () => {
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("names and describes every KPI in English and Danish", () => {
    for (const kpi of kpiLibrary) {
      for (const text of [kpi.name.en, kpi.name.da, kpi.description.en, kpi.description.da]) {
        expect(text.trim(), kpi.key).not.toBe("");
      }
      expect(kpi.description.da, kpi.key).not.toBe(kpi.description.en);
    }
  });

  it("phases the fjordline KPIs as the scoring spec says: sums are flows, rates are levels", () => {
    const kinds = Object.fromEntries(kpiLibrary.map((kpi) => [kpi.key, kpi.kind]));
    expect(kinds).toMatchObject({
      ad_spend: "flow",
      revenue: "flow",
      leads: "flow",
      roas: "level",
      nps: "level",
      conversion_rate: "level",
      certification_rate: "level",
    });
  });

  it("scores budget variance within a range and spend-like KPIs lower-is-better", () => {
    const polarity = Object.fromEntries(kpiLibrary.map((kpi) => [kpi.key, kpi.polarity]));
    expect(polarity).toMatchObject({
      budget_variance: "range",
      cpc: "lower",
      cac_paid: "lower",
      avg_time_to_launch_days: "lower",
      roas: "higher",
    });
  });
});
