import { describe, expect, it } from "vitest";
import { calendarYear } from "./fiscal-year.ts";
import { periodToDate, wholePeriod } from "./kpi-actuals.ts";
import { manualActual } from "./manual-values.ts";
import { parsePeriod } from "./periods.ts";

const period = (key: string) => parsePeriod(key, calendarYear);
const values = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("the actual of a manual KPI", () => {
  it("is the period's own value when one was entered", () => {
    const awareness = values({ "2026-Q1": 0.31, "2026-01": 0.2, "2026-03": 0.25 });
    expect(manualActual(awareness, wholePeriod(period("2026-Q1")), "level")).toBe(0.31);
  });

  it("sums the months of a quarter for a flow KPI", () => {
    const leads = values({ "2026-01": 120, "2026-02": 80, "2026-03": 100 });
    expect(manualActual(leads, wholePeriod(period("2026-Q1")), "flow")).toBe(300);
  });

  it("takes the latest month with a value of a quarter for a level KPI", () => {
    const awareness = values({ "2026-01": 0.28, "2026-02": 0.3 });
    expect(manualActual(awareness, wholePeriod(period("2026-Q1")), "level")).toBe(0.3);
  });

  it("derives a year from its quarters, each its own value or its months'", () => {
    const leads = values({ "2026-Q1": 300, "2026-04": 50, "2026-05": 70 });
    expect(manualActual(leads, wholePeriod(period("2026")), "flow")).toBe(420);
    expect(manualActual(leads, wholePeriod(period("2026")), "level")).toBe(70);
  });

  it("derives a month from its days", () => {
    const hours = values({ "2026-03-02": 1.5, "2026-03-20": 2 });
    expect(manualActual(hours, wholePeriod(period("2026-03")), "flow")).toBe(3.5);
  });

  it("counts only the parts that have started in a to-date view", () => {
    const leads = values({ "2026-01": 120, "2026-02": 80, "2026-03": 100 });
    expect(manualActual(leads, periodToDate(period("2026-Q1"), "2026-02-10"), "flow")).toBe(200);
  });

  it("has no value, not 0, when no part has one", () => {
    const leads = values({ "2025-12": 90 });
    expect(manualActual(leads, wholePeriod(period("2026-Q1")), "flow")).toBeNull();
    expect(manualActual(new Map(), wholePeriod(period("2026-01")), "level")).toBeNull();
  });
});
