// Every KPI that can sit on a scorecard has a description and a history through the API
// (issue 9, finding 3). Expected values are the demo's own numbers, written out by hand:
// the manual values of src/demo/marketing-scorecard.yaml and the reference values of the
// Fjordline exports (shared fixtures, expected.json).

import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { describeDemoApiOnBothEngines } from "../../test/api.ts";

async function getJson<T>(app: FastifyInstance, url: string): Promise<{ status: number; body: T }> {
  const response = await app.inject({ method: "GET", url });
  return { status: response.statusCode, body: response.json<T>() };
}

// A scorecard of the organisation's own KPIs: one computed from an expression over the
// library, one entered by hand that adds up over time (a flow).
const ownKpis = {
  version: 1,
  scorecard: { key: "own-kpis", name: "Own KPIs" },
  perspectives: [
    {
      key: "customer",
      objectives: [
        {
          key: "be-seen",
          name: "Be seen",
          kpis: [
            { kpi: "ad_spend_thousands", target: 50 },
            { kpi: "events_held", target: 3 },
          ],
        },
      ],
    },
  ],
  kpis: [
    {
      key: "ad_spend_thousands",
      name: { en: "Ad spend in thousands", da: "Annonceforbrug i tusinder" },
      unit: "points",
      polarity: "lower",
      kind: "flow",
      source: "expression",
      expression: "ad_spend / 1000",
    },
    {
      key: "events_held",
      name: "Events held",
      unit: "count",
      polarity: "higher",
      kind: "flow",
      source: "manual",
    },
  ],
  values: [
    { kpi: "events_held", period: "2026-Q2", value: 5 },
    { kpi: "events_held", period: "2026-07", value: 2 },
    { kpi: "events_held", period: "2026-08", value: 3 },
    { kpi: "events_held", period: "2026-09", value: 4 },
  ],
};

describeDemoApiOnBothEngines("any KPI's description and history", (api) => {
  beforeAll(async () => {
    const applied = await api().app.inject({
      method: "PUT",
      url: "/api/scorecards/own-kpis",
      payload: ownKpis,
    });
    expect(applied.statusCode).toBe(200);
  });

  it("describes the demo's brand awareness as a manual KPI in both languages", async () => {
    const { status, body } = await getJson(api().app, "/api/kpis/brand_awareness");

    expect(status).toBe(200);
    expect(body).toEqual({
      key: "brand_awareness",
      name: { en: "Brand awareness", da: "Kendskabsgrad" },
      description: { en: "", da: "" },
      unit: "percent",
      polarity: "higher",
      kind: "level",
      perspective: null,
      expression: null,
      source: "manual",
      breakdowns: [],
    });
  });

  it("describes ROAS as a library KPI that breaks down by campaign and platform", async () => {
    const { body } = await getJson<Record<string, unknown>>(api().app, "/api/kpis/roas");

    expect(body).toMatchObject({ key: "roas", source: "library", unit: "ratio" });
    expect(body.breakdowns).toEqual(expect.arrayContaining(["campaign", "platform"]));
  });

  it("describes an expression KPI of the organisation's own as custom, with its expression", async () => {
    const { body } = await getJson(api().app, "/api/kpis/ad_spend_thousands");

    expect(body).toMatchObject({
      source: "custom",
      expression: "ad_spend / 1000",
      name: { en: "Ad spend in thousands", da: "Annonceforbrug i tusinder" },
    });
  });

  it("answers 404 for a KPI that is neither in the library nor the organisation's", async () => {
    const { status, body } = await getJson(api().app, "/api/kpis/brand_awarenes/history");

    expect(status).toBe(404);
    expect(body).toMatchObject({ error: "not_found" });
  });

  it("gives brand awareness per month as entered: 34.7 %, 35.9 %, 36.2 % from August to October 2026", async () => {
    const { status, body } = await getJson(
      api().app,
      "/api/kpis/brand_awareness/history?grain=month&from=2026-08&to=2026-10",
    );

    expect(status).toBe(200);
    expect(body).toEqual({
      kpi: "brand_awareness",
      grain: "month",
      values: { "2026-08": 0.347, "2026-09": 0.359, "2026-10": 0.362 },
    });
  });

  it("gives a level KPI's quarter the latest month's value: brand awareness Q1–Q4 2025 is March, June, September, December", async () => {
    const { body } = await getJson(
      api().app,
      "/api/kpis/brand_awareness/history?grain=quarter&from=2025-Q1&to=2025-Q4",
    );

    expect(body).toEqual({
      kpi: "brand_awareness",
      grain: "quarter",
      values: { "2025-Q1": 0.287, "2025-Q2": 0.28, "2025-Q3": 0.312, "2025-Q4": 0.304 },
    });
  });

  it("takes a quarter's own value over its months', and the latest quarter for a year: employee satisfaction", async () => {
    const quarters = await getJson(
      api().app,
      "/api/kpis/employee_satisfaction/history?grain=quarter&from=2026-Q1&to=2026-Q4",
    );
    const years = await getJson(api().app, "/api/kpis/employee_satisfaction/history?grain=year");

    // 2026-Q3 has its own 4.08 beside August's 4.0 and September's 4.05; Q4 has only October's 3.9.
    expect(quarters.body).toMatchObject({
      values: { "2026-Q1": 3.92, "2026-Q2": 4, "2026-Q3": 4.08, "2026-Q4": 3.9 },
    });
    expect(years.body).toEqual({
      kpi: "employee_satisfaction",
      grain: "year",
      values: { "2025": 3.84, "2026": 3.9 },
    });
  });

  it("gives no value, not 0, to a month without an entered value", async () => {
    const { body } = await getJson(
      api().app,
      "/api/kpis/employee_satisfaction/history?grain=month&from=2026-06&to=2026-08",
    );

    expect(body).toMatchObject({ values: { "2026-06": null, "2026-07": null, "2026-08": 4 } });
  });

  it("sums a flow KPI's months for a quarter, and keeps a quarter's own value: events held", async () => {
    const { body } = await getJson(
      api().app,
      "/api/kpis/events_held/history?grain=quarter&from=2026-Q2&to=2026-Q3",
    );
    const year = await getJson(api().app, "/api/kpis/events_held/history?grain=year");

    expect(body).toMatchObject({ values: { "2026-Q2": 5, "2026-Q3": 9 } });
    expect(year.body).toMatchObject({ values: { "2026": 14 } });
  });

  it("computes an expression KPI from imports: ad spend in thousands, Q3 and Q4 2026", async () => {
    const { body } = await getJson<{ values: Record<string, number> }>(
      api().app,
      "/api/kpis/ad_spend_thousands/history?grain=quarter&from=2026-Q3&to=2026-Q4",
    );

    // expected.json: ad_spend 79,855.84 in 2026-Q3 and 1,155.16 in 2026-Q4.
    expect(Object.keys(body.values)).toEqual(["2026-Q3", "2026-Q4"]);
    expect(body.values["2026-Q3"]).toBeCloseTo(79.85584, 9);
    expect(body.values["2026-Q4"]).toBeCloseTo(1.15516, 9);
  });

  it("gives a library KPI the same history as its values: ROAS 4.99 in Q3 2026", async () => {
    const { body } = await getJson<{ values: Record<string, number> }>(
      api().app,
      "/api/kpis/roas/history?grain=quarter&from=2026-Q3&to=2026-Q3",
    );

    expect(body.values["2026-Q3"]).toBeCloseTo(4.98872731161553, 9);
  });

  it("refuses a period that is not one, naming the field", async () => {
    const { status, body } = await getJson<{ issues: { path: string }[] }>(
      api().app,
      "/api/kpis/brand_awareness/history?from=2026-13",
    );

    expect(status).toBe(400);
    expect(body.issues.map((issue) => issue.path)).toEqual(["from"]);
  });
});
