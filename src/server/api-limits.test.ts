// Input no store or parser can take answers 400 naming the field and the limit: a formula
// too long or too deep (issue 9, finding 2) and a manual value too large (finding 7).
import { expect, it } from "vitest";
import { describeDemoApiOnBothEngines } from "../../test/api.ts";

/** A scorecard file in its JSON form whose one custom KPI is `expression`. */
function fileWithFormula(key: string, expression: string) {
  return {
    version: 1,
    scorecard: { key, name: "Paid media" },
    perspectives: [
      {
        key: "financial",
        objectives: [
          { key: "efficient", name: "Efficient", kpis: [{ kpi: "search_cost", target: 1 }] },
        ],
      },
    ],
    kpis: [
      {
        key: "search_cost",
        name: "Search cost",
        unit: "currency",
        polarity: "lower",
        kind: "flow",
        expression,
      },
    ],
  };
}

const tooLong = {
  error: "invalid_input",
  issues: [
    {
      path: "kpis[0].expression",
      message:
        "column 10001: the expression is longer than 10000 characters: split it into KPIs that name one another",
    },
  ],
};

describeDemoApiOnBothEngines("input too large for Fourfold", (api) => {
  it("refuses a 64 KB `1+1+…` formula when creating a scorecard, at its column", async () => {
    const response = await api().app.inject({
      method: "POST",
      url: "/api/scorecards",
      payload: fileWithFormula("paid", "1+".repeat(32 * 1024).concat("1")),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual(tooLong);
  });

  it("refuses parentheses 5,000 deep when replacing a scorecard, at its column", async () => {
    const response = await api().app.inject({
      method: "PUT",
      url: "/api/scorecards/paid",
      payload: fileWithFormula("paid", `${"(".repeat(5000)}1${")".repeat(5000)}`),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual(tooLong);
  });

  it("refuses a formula 101 levels deep when replacing a scorecard, at its column", async () => {
    const response = await api().app.inject({
      method: "PUT",
      url: "/api/scorecards/paid",
      payload: fileWithFormula("paid", `${"(".repeat(101)}1${")".repeat(101)}`),
    });
    expect(response.json()).toEqual({
      error: "invalid_input",
      issues: [
        {
          path: "kpis[0].expression",
          message:
            "column 101: the expression nests more than 100 levels of operators, parentheses and functions: split it into KPIs that name one another",
        },
      ],
    });
  });

  it("refuses a body holding a 1 MiB formula as too large (413), before reading it", async () => {
    const response = await api().app.inject({
      method: "POST",
      url: "/api/scorecards",
      payload: fileWithFormula("paid", "sum(google_ads.cost) + ".repeat(45_591).concat("1")),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      error: "bad_request",
      message: "the body is larger than the 1 MiB (1048576 bytes) the API reads",
    });
  });

  it("refuses a manual value of 1e300 with 400 naming the field and the limit", async () => {
    const response = await api().app.inject({
      method: "PUT",
      url: "/api/kpis/brand_awareness/manual-values/2026-04",
      payload: { value: 1e300 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: "invalid_input",
      issues: [
        {
          path: "value",
          message: "`1e+300` must be smaller than 10^18 in size",
        },
      ],
    });
  });
});
