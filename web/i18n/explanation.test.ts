import { describe, expect, it } from "vitest";
import { rollUp } from "../../src/domain/roll-up.ts";
import { scoreKpi } from "../../src/domain/scoring.ts";
import { kpiReason, rollUpReason } from "./explanation.ts";
import { translator } from "./messages.ts";

// Intl puts no-break spaces in `80 %` and `DKK 6.20`; the sentences here are written with
// plain ones.
const plain = (text: string) => text.replace(/\u00a0/g, " ");

const english = { t: translator("en"), language: "en" as const, currency: "DKK" };
const danish = { t: translator("da"), language: "da" as const, currency: "DKK" };

describe("the reason for a score, in the user's language", () => {
  it("explains ROAS 3.2 against the target 4.0 as amber at 80 % of the target", () => {
    const { explanation } = scoreKpi({ actual: 3.2, target: 4, scoring: { polarity: "higher" } });
    expect(plain(kpiReason(explanation, "ratio", english))).toBe(
      "amber: 3.20 is 80% of the target 4.00; amber from 80%",
    );
    expect(plain(kpiReason(explanation, "ratio", danish))).toBe(
      "gul: 3,20 er 80 % af målet 4,00; gul fra 80 %",
    );
  });

  it("explains CPC 6.2 from baseline 8 towards target 5 as red, 60 % of the way", () => {
    const scored = scoreKpi({
      actual: 6.2,
      target: 5,
      scoring: { polarity: "lower", method: "linear", baseline: 8 },
    });
    expect(plain(kpiReason(scored.explanation, "currency", english))).toBe(
      "red: DKK 6.20 has come 60% of the way from the baseline DKK 8.00 to the target DKK 5.00; amber from 80%",
    );
  });

  it("explains a budget variance outside its range with the tolerance it was given", () => {
    const scored = scoreKpi({
      actual: 0.09,
      target: null,
      scoring: { polarity: "range", range: [-0.05, 0.05], tolerance: 0.1 },
    });
    expect(plain(kpiReason(scored.explanation, "percent", danish))).toBe(
      "rød: 9,0 % ligger 4,0 % over intervallet -5,0 % til 5,0 %, hvilket med tolerancen 10,0 % giver 60 %; gul fra 80 %",
    );
  });

  it("says a KPI without an actual has no data", () => {
    const { explanation } = scoreKpi({ actual: null, target: 4, scoring: { polarity: "higher" } });
    expect(plain(kpiReason(explanation, "ratio", english))).toBe(
      "no data: there is no actual for this period",
    );
  });

  it("explains an objective's roll-up, naming the KPIs left out for missing data", () => {
    const { explanation } = rollUp([
      { key: "roas", score: 80, weight: 2 },
      { key: "cpc", score: 100 },
      { key: "nps", score: null },
    ]);
    expect(plain(rollUpReason(explanation, english))).toBe(
      "amber: 87 is the weighted mean of 2 of its 3 parts (1 without data left out); amber from 70",
    );
  });
});
