import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RollUpChild, rollUp } from "./roll-up.ts";

describe("rollUp", () => {
  it("weighs children by 1 when no weight is given", () => {
    const result = rollUp([
      { key: "nps", score: 100 },
      { key: "brand_awareness", score: 80 },
    ]);
    expect(result).toMatchObject({ score: 90, status: "green" });
    expect(result.explanation.reason).toBe(
      "green: 90 is the weighted mean of 2 children; green from 90",
    );
  });

  it("is amber from 70 and red below", () => {
    expect(rollUp([{ key: "a", score: 70 }]).status).toBe("amber");
    expect(rollUp([{ key: "a", score: 69.99 }]).status).toBe("red");
  });

  it("has no data when all its children lack data, even when missing data counts as 0", () => {
    const children = [
      { key: "roas", score: null },
      { key: "cpc", score: null },
    ];
    expect(rollUp(children)).toMatchObject({ score: null, status: "no_data" });
    expect(rollUp(children, { missingData: "zero" })).toMatchObject({
      score: null,
      status: "no_data",
    });
    expect(rollUp(children).explanation.reason).toBe("no data: none of its 2 children has data");
  });

  it("has no data when it has no children", () => {
    expect(rollUp([])).toMatchObject({ score: null, status: "no_data" });
  });

  it("leaves out a child of weight 0", () => {
    const result = rollUp([
      { key: "roas", score: 40, weight: 0 },
      { key: "cpc", score: 95, weight: 1 },
    ]);
    expect(result.score).toBe(95);
  });

  it("has no data when the children with data all weigh 0", () => {
    const result = rollUp([{ key: "roas", score: 40, weight: 0 }]);
    expect(result).toMatchObject({ score: null, status: "no_data" });
    expect(result.explanation.reason).toBe("no data: the children with data all have weight 0");
  });

  it("uses the scorecard's own roll-up thresholds", () => {
    const result = rollUp([{ key: "a", score: 85 }], { thresholds: { green: 80, amber: 60 } });
    expect(result.status).toBe("green");
  });

  it("lists each child with its score, weight and treatment in the explanation", () => {
    const result = rollUp(
      [
        { key: "financial", score: 60, weight: 2 },
        { key: "customer", score: null },
      ],
      { missingData: "zero" },
    );
    expect(result.explanation).toMatchObject({
      missingData: "zero",
      thresholds: { green: 90, amber: 70 },
      children: [
        { key: "financial", score: 60, weight: 2, treatment: "scored" },
        { key: "customer", score: null, weight: 1, treatment: "counted_as_zero" },
      ],
      score: 40,
      status: "red",
      reason:
        "red: 40 is the weighted mean of 2 children, 1 without data counted as 0; amber from 70",
    });
  });

  it("lies between its children's lowest and highest score", () => {
    const child = fc.record({
      key: fc.string(),
      score: fc.double({ min: 0, max: 120, noNaN: true }),
      weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(child, { minLength: 1, maxLength: 12 }), (children: RollUpChild[]) => {
        const scores = children.map((c) => c.score ?? Number.NaN);
        const result = rollUp(children).score ?? Number.NaN;
        expect(result).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-7);
        expect(result).toBeLessThanOrEqual(Math.max(...scores) + 1e-7);
      }),
    );
  });

  it("never depends on the children without data when they are left out", () => {
    const scored = fc.record({ key: fc.string(), score: fc.integer({ min: 0, max: 100 }) });
    const missing = fc.record({ key: fc.string(), score: fc.constant(null) });
    fc.assert(
      fc.property(fc.array(scored, { minLength: 1 }), fc.array(missing), (withData, without) => {
        expect(rollUp([...withData, ...without]).score).toBe(rollUp(withData).score);
      }),
    );
  });
});
