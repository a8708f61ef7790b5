import { describe, expect, it } from "vitest";
import { calendarYear } from "./fiscal-year.ts";
import { parsePeriod } from "./periods.ts";
import { partialPeriodThrough, toDate, toDateThrough } from "./to-date.ts";

const parse = (key: string) => parsePeriod(key, calendarYear);

describe("toDate", () => {
  it("makes month-to-date on 15 March 2025 the 15 days from 1 March", () => {
    expect(toDate(parse("2025-03"), "2025-03-15")).toEqual({
      grain: "month",
      key: "2025-03",
      start: "2025-03-01",
      end: "2025-03-15",
      elapsedDays: 15,
      daysInPeriod: 31,
    });
  });

  it("makes quarter-to-date on 15 February 2025 46 of Q1's 90 days", () => {
    expect(toDate(parse("2025-Q1"), "2025-02-15")).toMatchObject({
      elapsedDays: 46,
      daysInPeriod: 90,
    });
  });

  it("makes year-to-date on 31 March 2025 the 90 days of Q1", () => {
    expect(toDate(parse("2025"), "2025-03-31")).toMatchObject({
      end: "2025-03-31",
      elapsedDays: 90,
    });
  });

  it("counts the leap day in year-to-date on 1 March 2024", () => {
    expect(toDate(parse("2024"), "2024-03-01").elapsedDays).toBe(61);
  });

  it("stops at the period's end when the date is after it", () => {
    expect(toDate(parse("2025-02"), "2025-06-01")).toMatchObject({
      end: "2025-02-28",
      elapsedDays: 28,
    });
  });

  it("is empty before the period starts", () => {
    expect(toDate(parse("2025-04"), "2025-03-31")).toMatchObject({
      end: "2025-03-31",
      elapsedDays: 0,
    });
  });

  it("counts fiscal year-to-date from the fiscal year's start", () => {
    const fy2026 = parsePeriod("FY2026", { fiscalYearStartMonth: 7 });
    expect(toDate(fy2026, "2025-08-10")).toMatchObject({ start: "2025-07-01", elapsedDays: 41 });
  });

  it("counts week-to-date across a clock change as whole days", () => {
    expect(toDate(parse("2025-W13"), "2025-03-30").elapsedDays).toBe(7);
  });
});

describe("toDateThrough", () => {
  it("runs to yesterday when the data reaches today", () => {
    expect(toDateThrough("2026-11-30", "2026-12-01")).toBe("2026-11-30");
  });
  it("runs to the last day with data when the data stops earlier", () => {
    expect(toDateThrough("2026-11-30", "2026-10-31")).toBe("2026-10-31");
  });
  it("runs to yesterday when there is no data at all", () => {
    expect(toDateThrough("2026-11-30", null)).toBe("2026-11-30");
  });
});

describe("partialPeriodThrough", () => {
  it("evaluates 2026-Q4 through 31 October when the data ends there", () => {
    expect(partialPeriodThrough(parse("2026-Q4"), "2026-10-31")).toBe("2026-10-31");
  });
  it("leaves a complete period whole", () => {
    expect(partialPeriodThrough(parse("2026-10"), "2026-10-31")).toBeUndefined();
    expect(partialPeriodThrough(parse("2026-09"), "2026-10-31")).toBeUndefined();
  });
  it("leaves a period whole when its data has not started", () => {
    expect(partialPeriodThrough(parse("2026-11"), "2026-10-31")).toBeUndefined();
    expect(partialPeriodThrough(parse("2026-11"), null)).toBeUndefined();
  });
});
