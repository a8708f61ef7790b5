import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type KpiScoring,
  type Polarity,
  roundProgress,
  scoreKpi,
  scoringMethodOf,
} from "./scoring.ts";

const score = (actual: number | null, target: number | null, scoring: KpiScoring) =>
  scoreKpi({ actual, target, scoring });

describe("scoreKpi: no data", () => {
  it("has no data, and no score, when there is no actual", () => {
    const result = score(null, 4, { polarity: "higher" });
    expect(result).toMatchObject({ score: null, status: "no_data", progress: null });
    expect(result.explanation.rule).toBe("no_actual");
    expect(result.explanation.reason).toBe("no data: there is no actual for this period");
  });

  it("has no data when there is no target", () => {
    const result = score(3.2, null, { polarity: "higher" });
    expect(result.status).toBe("no_data");
    expect(result.explanation.reason).toBe("no data: there is no target for this period");
  });

  it("counts an actual of 0 as data, not as missing", () => {
    expect(score(0, 4, { polarity: "higher" })).toMatchObject({ score: 0, status: "red" });
  });

  it("has no data when a phased target lands exactly on a linear KPI's baseline", () => {
    const result = score(6, 8, { polarity: "lower", method: "linear", baseline: 8 });
    expect(result).toMatchObject({ score: null, status: "no_data" });
    expect(result.explanation.rule).toBe("target_cannot_score");
  });
});

describe("scoreKpi: methods", () => {
  it("uses ratio when no method and no baseline are set", () => {
    expect(scoringMethodOf({ polarity: "higher" })).toBe("ratio");
  });

  it("uses linear when a baseline is set and no method", () => {
    expect(scoringMethodOf({ polarity: "higher", baseline: 0 })).toBe("linear");
  });

  it("scores a lower-is-better ratio with an actual of 0 as target met", () => {
    const result = score(0, 400, { polarity: "lower" });
    expect(result).toMatchObject({ progress: 1, score: 100, status: "green" });
    expect(result.explanation.rule).toBe("zero_actual_meets_target");
  });

  it("scores a linear higher KPI: 30 leads from baseline 10 towards 50 is 50, red", () => {
    const result = score(30, 50, { polarity: "higher", method: "linear", baseline: 10 });
    expect(result).toMatchObject({ progress: 0.5, score: 50, status: "red" });
  });

  it("scores a linear KPI that went backwards past the baseline as 0, keeping its negative progress", () => {
    const result = score(9, 5, { polarity: "lower", method: "linear", baseline: 8 });
    expect(result.score).toBe(0);
    expect(result.progress).toBeCloseTo(-1 / 3, 9);
  });

  it("scores a value exactly on the edge of its range as 100", () => {
    const variance: KpiScoring = { polarity: "range", range: [-0.05, 0.05], tolerance: 0.1 };
    expect(score(0.05, null, variance).score).toBe(100);
    expect(score(-0.05, null, variance).score).toBe(100);
  });

  it("gives NPS bands 40/30 a green 100, an amber 80 and a red 40, status from the bands", () => {
    const nps: KpiScoring = { polarity: "higher", bands: { green: 40, amber: 30 } };
    expect(score(40, null, nps)).toMatchObject({ score: 100, status: "green" });
    expect(score(35, null, nps)).toMatchObject({ score: 80, status: "amber" });
    expect(score(29, null, nps)).toMatchObject({ score: 40, status: "red" });
    expect(score(35, null, nps).explanation.reason).toBe(
      "amber: 35 is in the amber band (from 30), which scores 80%; amber from 80%",
    );
  });

  it("reads lower-is-better bands as upper limits", () => {
    const cpc: KpiScoring = { polarity: "lower", bands: { green: 5, amber: 6 } };
    expect(score(5, null, cpc).status).toBe("green");
    expect(score(5.5, null, cpc).status).toBe("amber");
    expect(score(6.5, null, cpc)).toMatchObject({ status: "red", score: 40 });
  });

  it("reads range bands as intervals, amber around green", () => {
    const variance: KpiScoring = {
      polarity: "range",
      bands: { green: [-0.05, 0.05], amber: [-0.1, 0.1] },
    };
    expect(score(0, null, variance).status).toBe("green");
    expect(score(-0.08, null, variance).status).toBe("amber");
    expect(score(0.2, null, variance).status).toBe("red");
  });

  it("scores the bands' amber as the KPI's own amber threshold, 70 when amber starts at 0.7", () => {
    const nps: KpiScoring = {
      polarity: "higher",
      bands: { green: 40, amber: 30 },
      thresholds: { green: 1, amber: 0.7 },
    };
    expect(score(35, null, nps)).toMatchObject({ score: 70, status: "amber" });
    expect(score(20, null, nps)).toMatchObject({ score: 35, status: "red" });
  });
});

describe("scoreKpi: thresholds, cap and rounding", () => {
  it("uses the KPI's own thresholds: amber from 90% makes 3.2 of 4 red", () => {
    const result = score(3.2, 4, { polarity: "higher", thresholds: { green: 1, amber: 0.9 } });
    expect(result.status).toBe("red");
    expect(result.explanation.reason).toBe("red: 3.2 is 80% of the target 4; amber from 90%");
  });

  it("says when over-achievement was cut at the cap", () => {
    expect(score(6, 4, { polarity: "higher", cap: 1.2 }).explanation.reason).toBe(
      "green: 6 is 150% of the target 4; green from 100%; credited up to 120%",
    );
  });

  it("rounds float noise away: an actual summed to 0.7999999999999999 against 1 is amber 80", () => {
    const actual = 0.1 + 0.7; // 0.7999999999999999
    expect(score(actual, 1, { polarity: "higher" })).toMatchObject({
      progress: 0.8,
      score: 80,
      status: "amber",
    });
  });

  it("keeps a real shortfall: 0.7999 of the target is red", () => {
    expect(score(0.7999, 1, { polarity: "higher" }).status).toBe("red");
  });

  it("rounds progress to 9 decimals", () => {
    expect(roundProgress(3.2 / 4)).toBe(0.8);
    expect(roundProgress(2 / 3)).toBe(0.666666667);
    expect(Object.is(roundProgress(-1e-12), 0)).toBe(true);
  });

  it("explains every input of a linear score", () => {
    const result = score(6.2, 5, { polarity: "lower", method: "linear", baseline: 8 });
    expect(result.explanation).toEqual({
      method: "linear",
      baseline: 8,
      polarity: "lower",
      actual: 6.2,
      target: 5,
      progress: 0.6,
      cap: 1,
      thresholds: { green: 1, amber: 0.8 },
      score: 60,
      status: "red",
      rule: "progress",
      reason:
        "red: 6.2 has come 60% of the way from the baseline 8 to the target 5; amber from 80%",
    });
  });
});

describe("scoreKpi: properties", () => {
  const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const positive = fc.double({ min: 0.001, max: 1e6, noNaN: true });
  const cap = fc.constantFrom(1, 1.1, 1.2, 1.5, 2);

  /** Every way of scoring a KPI with a definition that can score. */
  const anyKpi = fc.oneof(
    fc
      .record({ polarity: fc.constantFrom<Polarity>("higher", "lower"), target: positive })
      .map(({ polarity, target }) => ({
        scoring: { polarity, method: "ratio" } as KpiScoring,
        target,
      })),
    fc
      .record({
        polarity: fc.constantFrom<Polarity>("higher", "lower"),
        target: value,
        baseline: value,
      })
      .filter(({ target, baseline }) => target !== baseline)
      .map(({ polarity, target, baseline }) => ({
        scoring: { polarity, method: "linear", baseline } as KpiScoring,
        target,
      })),
    fc
      .record({ low: value, width: positive, tolerance: positive })
      .map(({ low, width, tolerance }) => ({
        scoring: { polarity: "range", range: [low, low + width], tolerance } as KpiScoring,
        target: null,
      })),
  );

  it("always scores between 0 and 100 · cap", () => {
    fc.assert(
      fc.property(anyKpi, value, cap, ({ scoring, target }, actual, kpiCap) => {
        const result = score(actual, target, { ...scoring, cap: kpiCap });
        expect(result.score).not.toBeNull();
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100 * kpiCap);
      }),
    );
  });

  /** Higher: more actual never lowers the score. Lower: more actual never raises it. */
  function expectMonotone(scoring: KpiScoring, target: number | null, a: number, b: number) {
    const [less, more] = a <= b ? [a, b] : [b, a];
    const lessScore = score(less, target, scoring).score ?? Number.NaN;
    const moreScore = score(more, target, scoring).score ?? Number.NaN;
    if (scoring.polarity === "higher") expect(moreScore).toBeGreaterThanOrEqual(lessScore);
    else expect(moreScore).toBeLessThanOrEqual(lessScore);
  }

  for (const polarity of ["higher", "lower"] as const) {
    it(`never lowers the score of a ${polarity}-is-better ratio KPI when the actual moves the good way`, () => {
      // Ratio lower is only monotone for actuals ≥ 0 (t / a); costs and counts are never negative.
      const actual = fc.double({ min: 0, max: 1e6, noNaN: true });
      fc.assert(
        fc.property(positive, actual, actual, (target, a, b) =>
          expectMonotone({ polarity, method: "ratio" }, target, a, b),
        ),
      );
    });

    it(`never lowers the score of a ${polarity}-is-better linear KPI when the actual moves the good way`, () => {
      fc.assert(
        fc.property(value, positive, value, value, cap, (baseline, distance, a, b, kpiCap) => {
          const target = polarity === "higher" ? baseline + distance : baseline - distance;
          fc.pre(target !== baseline);
          expectMonotone({ polarity, method: "linear", baseline, cap: kpiCap }, target, a, b);
        }),
      );
    });

    it(`never lowers the score of a ${polarity}-is-better bands KPI when the actual moves the good way`, () => {
      fc.assert(
        fc.property(value, positive, value, value, (green, gap, a, b) => {
          const amber = polarity === "higher" ? green - gap : green + gap;
          expectMonotone({ polarity, bands: { green, amber } }, null, a, b);
        }),
      );
    });
  }

  it("scores a range KPI 100 inside its range and less the further outside it is", () => {
    fc.assert(
      fc.property(
        value,
        positive,
        positive,
        positive,
        positive,
        (low, width, tolerance, d1, d2) => {
          const scoring: KpiScoring = { polarity: "range", range: [low, low + width], tolerance };
          expect(score(low + width / 2, null, scoring).score).toBe(100);
          const [near, far] = d1 <= d2 ? [d1, d2] : [d2, d1];
          const above = (d: number) => score(low + width + d, null, scoring).score ?? Number.NaN;
          const below = (d: number) => score(low - d, null, scoring).score ?? Number.NaN;
          expect(above(far)).toBeLessThanOrEqual(above(near));
          expect(below(far)).toBeLessThanOrEqual(below(near));
        },
      ),
    );
  });
});
