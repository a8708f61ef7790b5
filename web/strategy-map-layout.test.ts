import { describe, expect, it } from "vitest";
import { layOutStrategyMap } from "./strategy-map-layout.ts";

describe("the strategy map's layout", () => {
  it("puts learning & growth at the bottom and financial at the top", () => {
    const layout = layOutStrategyMap({
      lanes: [
        { key: "learning", objectives: ["skills"] },
        { key: "financial", objectives: ["revenue"] },
        { key: "customer", objectives: ["loyalty"] },
        { key: "internal", objectives: ["launches"] },
      ],
      links: [],
    });
    const y = (key: string) => layout.objectives.get(key)?.y ?? Number.NaN;
    expect(y("revenue")).toBeLessThan(y("loyalty"));
    expect(y("loyalty")).toBeLessThan(y("launches"));
    expect(y("launches")).toBeLessThan(y("skills"));
  });

  it("places an objective under the objective it drives, not under its neighbour", () => {
    const layout = layOutStrategyMap({
      lanes: [
        { key: "financial", objectives: ["revenue", "margin"] },
        { key: "customer", objectives: ["loyalty", "reach"] },
      ],
      links: [
        { from: "reach", to: "revenue" },
        { from: "loyalty", to: "margin" },
      ],
    });
    const x = (key: string) => layout.objectives.get(key)?.x ?? Number.NaN;
    expect(x("reach")).toBe(x("revenue"));
    expect(x("loyalty")).toBe(x("margin"));
  });
});
