import { describe, expect, it } from "vitest";
import { recogniseSource } from "./registry.ts";

const recognised = (headers: string[]) => {
  const recognition = recogniseSource(headers);
  return recognition.ok ? [recognition.source.name, recognition.language] : recognition.message;
};

describe("recogniseSource", () => {
  it("recognises each export from its header, whatever the order of its columns", () => {
    expect(
      recognised(["Cost", "Day", "Conv. value", "Campaign", "Impr.", "Conversions", "Clicks"]),
    ).toEqual(["google_ads", "english"]);
    expect(recognised(["score", "response_id", "comment", "submitted_at"])).toEqual([
      "nps_responses",
      "english",
    ]);
  });

  it("ignores the columns a tool adds on request, such as Cost / conv. and Reach", () => {
    const google = [
      "Day",
      "Campaign",
      "Impr.",
      "Clicks",
      "Cost",
      "Avg. CPC",
      "Cost / conv.",
      "Conversions",
      "Conv. value",
    ];
    expect(recognised(google)).toEqual(["google_ads", "english"]);
    const meta = [
      "Campaign name",
      "Day",
      "Reach",
      "Results",
      "Amount spent (EUR)",
      "Impressions",
      "Link clicks",
      "Purchases",
      "Purchases conversion value",
    ];
    expect(recognised(meta)).toEqual(["meta_ads", "english"]);
  });

  it("recognises Danish interfaces, and so Danish numbers", () => {
    const meta = [
      "Kampagnenavn",
      "Dag",
      "Beløb brugt (DKK)",
      "Visninger",
      "Linkklik",
      "Køb",
      "Konverteringsværdi for køb",
    ];
    expect(recognised(meta)).toEqual(["meta_ads", "danish"]);
    const finance = [
      "Måned",
      "Omsætning (DKK)",
      "Marketingbudget (DKK)",
      "Marketingomkostninger (DKK)",
      "Markedsstørrelse (DKK)",
    ];
    expect(recognised(finance)).toEqual(["finance_monthly", "danish"]);
  });

  it("reads the currency from a header such as Amount spent (EUR)", () => {
    const recognition = recogniseSource([
      "Campaign name",
      "Day",
      "Amount spent (EUR)",
      "Impressions",
      "Link clicks",
      "Purchases",
      "Purchases conversion value",
    ]);
    expect(recognition.ok && recognition.bindings.find((b) => b.field === "cost")?.currency).toBe(
      "EUR",
    );
  });

  it("refuses a header with two columns for the same thing", () => {
    expect(
      recognised([
        "Day",
        "Campaign",
        "Impr.",
        "Clicks",
        "Cost",
        "Cost (DKK)",
        "Conversions",
        "Conv. value",
      ]),
    ).toBe(
      "columns `Cost` and `Cost (DKK)` hold the same thing in a Google Ads campaign report: keep one of them",
    );
  });
});
