import { beforeEach, expect, it } from "vitest";
import { describeOnBothEngines } from "../../test/engines.ts";
import { computeKpis, type KpiRequest } from "./compute-kpis.ts";
import { kpiLibrary, parseCustomKpiFormula } from "./kpi-library.ts";
import { createOrganisation, insertRows } from "./source-rows.testing.ts";

const calendar = { fiscalYearStartMonth: 1 };

function google(day: string, campaign: string, cost: string, value = "0", clicks = 10) {
  return {
    day,
    campaign,
    campaign_type: "Search",
    currency: "DKK",
    impressions: 1000,
    clicks,
    cost,
    conversions: "1",
    conversion_value: value,
  };
}

function meta(day: string, campaign: string, spent: string) {
  return {
    day,
    campaign,
    impressions: 500,
    link_clicks: 5,
    amount_spent: spent,
    purchases: "0",
    purchases_conversion_value: "0",
  };
}

function contact(id: string, created: string, source: string | null = "Organic Search") {
  return {
    record_id: id,
    created_at: `${created}T10:00:00.000Z`,
    create_date: created,
    original_source: source,
  };
}

function finance(month: string, revenue: string) {
  return {
    month,
    revenue,
    marketing_budget: "100",
    marketing_cost: "90",
    market_size: "1000000",
  };
}

function library(...keys: string[]): KpiRequest["kpis"] {
  return keys.map((key) => {
    const kpi = kpiLibrary.find((k) => k.key === key);
    if (!kpi) throw new Error(`no library KPI ${key}`);
    return kpi;
  });
}

function custom(key: string, expression: string) {
  return { key, formula: parseCustomKpiFormula(expression) };
}

describeOnBothEngines("computing KPIs", (storage) => {
  let org: string;
  beforeEach(async () => {
    org = await createOrganisation(storage());
  });

  const compute = (request: Omit<KpiRequest, "organisationId" | "fiscal"> & Partial<KpiRequest>) =>
    computeKpis(storage().db, { organisationId: org, fiscal: calendar, ...request });
  const valuesOf = async (request: Parameters<typeof compute>[0]) =>
    Object.fromEntries((await compute(request)).rows.map((row) => [row.period, row.values]));

  it("computes ROAS as the ratio of the month's sums, not the mean of daily ROAS", async () => {
    await insertRows(storage(), org, "google_ads", [
      google("2025-03-01", "Brand", "100", "400"),
      google("2025-03-02", "Brand", "300", "300"),
    ]);
    const values = await valuesOf({ bucketing: "month", kpis: library("roas", "ad_spend") });
    expect(values).toEqual({ "2025-03": { roas: 1.75, ad_spend: 400 } });
  });

  it("gives 0 for a sum without rows and no value for a ratio without a denominator", async () => {
    await insertRows(storage(), org, "nps_responses", [
      { response_id: "1", submitted_at: "2025-04-02T10:00:00.000Z", day: "2025-04-02", score: 10 },
    ]);
    const values = await valuesOf({
      bucketing: "month",
      kpis: library("ad_spend", "roas", "ctr", "nps"),
    });
    expect(values).toEqual({ "2025-04": { ad_spend: 0, roas: null, ctr: null, nps: 100 } });
  });

  it("gives no value for a finance KPI in a month without a finance row", async () => {
    await insertRows(storage(), org, "finance_monthly", [finance("2025-01-01", "1000")]);
    await insertRows(storage(), org, "google_ads", [google("2025-02-10", "Brand", "50")]);
    const values = await valuesOf({ bucketing: "month", kpis: library("revenue", "ad_spend") });
    expect(values).toEqual({
      "2025-01": { revenue: 1000, ad_spend: 0 },
      "2025-02": { revenue: null, ad_spend: 50 },
    });
  });

  it("puts rows in ISO weeks, months, quarters, years and fiscal quarters and years", async () => {
    await insertRows(storage(), org, "hubspot_contacts", [
      contact("1", "2024-12-30"),
      contact("2", "2025-03-31"),
      contact("3", "2025-04-01"),
      contact("4", "2025-06-30"),
      contact("5", "2025-07-01"),
    ]);
    const leads = async (bucketing: KpiRequest["bucketing"], fiscalYearStartMonth = 1) =>
      Object.fromEntries(
        (
          await compute({ bucketing, kpis: library("leads"), fiscal: { fiscalYearStartMonth } })
        ).rows.map((row) => [row.period, row.values.leads]),
      );
    expect(await leads("week")).toEqual({ "2025-W01": 1, "2025-W14": 2, "2025-W27": 2 });
    expect(await leads("month")).toEqual({
      "2024-12": 1,
      "2025-03": 1,
      "2025-04": 1,
      "2025-06": 1,
      "2025-07": 1,
    });
    expect(await leads("quarter")).toEqual({
      "2024-Q4": 1,
      "2025-Q1": 1,
      "2025-Q2": 2,
      "2025-Q3": 1,
    });
    expect(await leads("year")).toEqual({ "2024": 1, "2025": 4 });
    expect(await leads("quarter", 2)).toEqual({ "FY2025-Q4": 1, "FY2026-Q1": 2, "FY2026-Q2": 2 });
    expect(await leads("year", 7)).toEqual({ FY2025: 4, FY2026: 1 });
    expect(await leads("day")).toMatchObject({ "2025-03-31": 1, "2025-04-01": 1 });
  });

  it("compares year on year like for like: a quarter holding only October is compared with last October", async () => {
    await insertRows(storage(), org, "finance_monthly", [
      finance("2024-10-01", "100"),
      finance("2024-11-01", "100"),
      finance("2024-12-01", "100"),
      finance("2025-10-01", "150"),
    ]);
    const values = await valuesOf({ bucketing: "quarter", kpis: library("revenue_growth_yoy") });
    expect(values).toEqual({
      "2024-Q4": { revenue_growth_yoy: null },
      "2025-Q4": { revenue_growth_yoy: 0.5 },
    });
  });

  it("has no year-on-year value when any earlier month of the comparison has no rows", async () => {
    await insertRows(storage(), org, "finance_monthly", [
      finance("2024-10-01", "100"),
      finance("2025-10-01", "150"),
      finance("2025-11-01", "150"),
    ]);
    const values = await valuesOf({ bucketing: "quarter", kpis: library("revenue_growth_yoy") });
    expect(values["2025-Q4"]).toEqual({ revenue_growth_yoy: null });
  });

  it("computes month to date, comparing with last year's same days", async () => {
    await insertRows(storage(), org, "google_ads", [
      google("2024-03-05", "Brand", "10"),
      google("2024-03-20", "Brand", "100"),
      google("2025-03-05", "Brand", "20"),
      google("2025-03-20", "Brand", "200"),
    ]);
    const values = await valuesOf({
      bucketing: "month",
      range: { from: "2025-03-01", to: "2025-03-10" },
      kpis: [custom("spend", "ad_spend"), custom("spend_last_year", "previous_year(ad_spend)")],
    });
    expect(values).toEqual({ "2025-03": { spend: 20, spend_last_year: 10 } });
  });

  it("compares ISO week 53 of 2026 with 2025's last week, 52", async () => {
    await insertRows(storage(), org, "google_ads", [
      google("2025-12-23", "Brand", "40"),
      google("2025-12-29", "Brand", "999"),
      google("2026-12-29", "Brand", "60"),
    ]);
    const values = await valuesOf({
      bucketing: "week",
      range: { from: "2026-12-28", to: "2027-01-03" },
      kpis: [custom("spend", "ad_spend"), custom("spend_last_year", "previous_year(ad_spend)")],
    });
    expect(values).toEqual({ "2026-W53": { spend: 60, spend_last_year: 40 } });
  });

  it("compares February of a leap year with the whole of last February", async () => {
    await insertRows(storage(), org, "google_ads", [
      google("2023-02-28", "Brand", "30"),
      google("2024-02-28", "Brand", "5"),
      google("2024-02-29", "Brand", "7"),
      google("2025-02-28", "Brand", "9"),
    ]);
    const values = await valuesOf({
      bucketing: "month",
      range: { from: "2024-02-01", to: "2025-02-28" },
      kpis: [custom("spend_last_year", "previous_year(ad_spend)")],
    });
    expect(values).toEqual({
      "2024-02": { spend_last_year: 30 },
      "2025-02": { spend_last_year: 12 },
    });
  });

  it("takes the certification snapshot from the quarter's last month with rows", async () => {
    const row = (month: string, employee: string, certified: boolean) => ({
      month,
      employee_id: employee,
      training_hours: "2.5",
      certified,
    });
    await insertRows(storage(), org, "training_log", [
      row("2025-01-01", "E1", false),
      row("2025-01-01", "E2", false),
      row("2025-02-01", "E1", true),
      row("2025-02-01", "E2", true),
      row("2025-02-01", "E3", false),
    ]);
    const values = await valuesOf({
      bucketing: "quarter",
      kpis: library("certification_rate", "training_hours_per_employee"),
    });
    // 5 rows × 2.5 hours over 3 distinct employees.
    expect(values).toEqual({
      "2025-Q1": { certification_rate: 2 / 3, training_hours_per_employee: 12.5 / 3 },
    });
  });

  it("breaks ad KPIs down by platform and campaign", async () => {
    await insertRows(storage(), org, "google_ads", [
      google("2025-05-01", "Brand", "100", "300"),
      google("2025-05-02", "Shoes", "50", "25"),
    ]);
    await insertRows(storage(), org, "meta_ads", [meta("2025-05-01", "Brand", "40")]);
    const table = await compute({
      bucketing: "month",
      kpis: library("ad_spend", "roas"),
      breakdown: ["platform", "campaign"],
    });
    expect(table.rows).toEqual([
      {
        period: "2025-05",
        dimensions: ["google_ads", "Brand"],
        values: { ad_spend: 100, roas: 3 },
      },
      {
        period: "2025-05",
        dimensions: ["google_ads", "Shoes"],
        values: { ad_spend: 50, roas: 0.5 },
      },
      { period: "2025-05", dimensions: ["meta_ads", "Brand"], values: { ad_spend: 40, roas: 0 } },
    ]);
  });

  it("refuses to break a KPI down by a dimension one of its sources lacks", async () => {
    await expect(
      compute({ bucketing: "month", kpis: library("cac_paid"), breakdown: ["campaign"] }),
    ).rejects.toThrow(
      "cac_paid cannot be broken down by campaign: hubspot_contacts has no campaign",
    );
  });

  it("never counts another organisation's rows", async () => {
    const other = await createOrganisation(storage(), { id: "org-other" });
    await insertRows(storage(), other, "google_ads", [google("2025-05-01", "Brand", "999")]);
    await insertRows(storage(), org, "google_ads", [google("2025-05-01", "Brand", "1")]);
    expect(await valuesOf({ bucketing: "month", kpis: library("ad_spend") })).toEqual({
      "2025-05": { ad_spend: 1 },
    });
  });

  it("compares with a text holding quotes as a value, on both engines", async () => {
    await insertRows(storage(), org, "hubspot_contacts", [
      contact("1", "2025-01-05", "O'Brien'); drop table organisation; --"),
      contact("2", "2025-01-06", "Paid Search"),
    ]);
    const values = await valuesOf({
      bucketing: "month",
      kpis: [
        custom(
          "odd",
          "count(hubspot_contacts where original_source = 'O''Brien''); drop table organisation; --')",
        ),
      ],
    });
    expect(values).toEqual({ "2025-01": { odd: 1 } });
  });

  it("counts a contact without a source in neither `= 'Paid Search'` nor `!= 'Paid Search'`", async () => {
    await insertRows(storage(), org, "hubspot_contacts", [
      contact("1", "2025-01-05", null),
      contact("2", "2025-01-06", "Paid Search"),
      contact("3", "2025-01-07", "Referrals"),
    ]);
    const values = await valuesOf({
      bucketing: "month",
      kpis: [
        custom("paid", "count(hubspot_contacts where original_source = 'Paid Search')"),
        custom("not_paid", "count(hubspot_contacts where original_source != 'Paid Search')"),
        custom("no_source", "count(hubspot_contacts where original_source is null)"),
      ],
    });
    expect(values).toEqual({ "2025-01": { paid: 1, not_paid: 1, no_source: 1 } });
  });

  it("computes the whole library for any number of periods in one statement", async () => {
    await insertRows(storage(), org, "google_ads", [google("2024-05-01", "Brand", "1")]);
    await insertRows(storage(), org, "finance_monthly", [
      finance("2024-05-01", "10"),
      finance("2025-05-01", "20"),
    ]);
    let queries = 0;
    // Kysely hands every executed query's result to a plugin once (subqueries included in it).
    const db = storage().db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        queries += 1;
        return args.result;
      },
    });
    const table = await computeKpis(db, {
      organisationId: org,
      fiscal: calendar,
      bucketing: "day",
      range: { from: "2024-01-01", to: "2025-12-31" },
      kpis: kpiLibrary,
    });
    expect(table.rows.map((row) => row.period)).toEqual(["2024-05-01", "2025-05-01"]);
    // The periods, 10 sources-and-dates and revenue one year earlier: one round trip.
    expect(queries).toBe(1);
  });
});
