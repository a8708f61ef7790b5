import { describe, expect, it } from "vitest";
import { InvalidInput } from "./errors.ts";
import { checkFiscalCalendar } from "./fiscal-year.ts";
import { childPeriods, parentPeriod } from "./period-navigation.ts";
import { parsePeriod, periodContaining } from "./periods.ts";

const july = { fiscalYearStartMonth: 7 };

function rejection(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    if (error instanceof InvalidInput) return error.message;
    throw error;
  }
  throw new Error("expected InvalidInput");
}

describe("a fiscal year starting in July", () => {
  it("names the year by the calendar year it ends in: FY2026 runs 2025-07-01 to 2026-06-30", () => {
    expect(parsePeriod("FY2026", july)).toEqual({
      grain: "year",
      key: "FY2026",
      start: "2025-07-01",
      end: "2026-06-30",
    });
  });

  it("makes FY2026-Q1 July to September 2025 and FY2026-Q4 April to June 2026", () => {
    expect(parsePeriod("FY2026-Q1", july)).toMatchObject({
      start: "2025-07-01",
      end: "2025-09-30",
    });
    expect(parsePeriod("FY2026-Q4", july)).toMatchObject({
      start: "2026-04-01",
      end: "2026-06-30",
    });
  });

  it("puts 30 June 2025 in FY2025-Q4 and 1 July 2025 in FY2026-Q1", () => {
    expect(periodContaining("2025-06-30", "quarter", july).key).toBe("FY2025-Q4");
    expect(periodContaining("2025-07-01", "quarter", july).key).toBe("FY2026-Q1");
  });

  it("keeps calendar keys for months: FY2026's first month is 2025-07", () => {
    const months = childPeriods(parsePeriod("FY2026", july), "month").map((m) => m.key);
    expect(months[0]).toBe("2025-07");
    expect(months.at(-1)).toBe("2026-06");
    expect(months).toHaveLength(12);
  });

  it("makes 2025-08's quarter FY2026-Q1 and its year FY2026", () => {
    const august = parsePeriod("2025-08", july);
    expect(parentPeriod(august, "quarter", july).key).toBe("FY2026-Q1");
    expect(parentPeriod(august, "year", july).key).toBe("FY2026");
  });

  it("gives FY2024 (July 2023 to June 2024) its leap day: 366 days", () => {
    expect(childPeriods(parsePeriod("FY2024", july), "day")).toHaveLength(366);
  });

  it("rejects a calendar quarter key and offers the fiscal quarter with the same months", () => {
    expect(rejection(() => parsePeriod("2025-Q1", july))).toBe(
      'period: "2025-Q1" is a calendar quarter, but the fiscal year starts in July: use the fiscal quarter FY2025-Q3 (2025-01-01 to 2025-03-31)',
    );
  });

  it("rejects a calendar year key and offers the two fiscal years it overlaps", () => {
    expect(rejection(() => parsePeriod("2025", july))).toBe(
      'period: "2025" is a calendar year, but the fiscal year starts in July: use the fiscal years it overlaps, FY2025 (2024-07-01 to 2025-06-30) and FY2026 (2025-07-01 to 2026-06-30)',
    );
  });
});

describe("a fiscal year starting in January", () => {
  it("rejects an FY key and names the calendar key to use", () => {
    expect(rejection(() => parsePeriod("FY2026-Q3", { fiscalYearStartMonth: 1 }))).toBe(
      'period: "FY2026-Q3" is a fiscal key, but the fiscal year is the calendar year: use 2026-Q3',
    );
  });
});

describe("a fiscal year starting in another month", () => {
  it("cuts FY2026 from April 2025 to March 2026 when it starts in April", () => {
    expect(parsePeriod("FY2026", { fiscalYearStartMonth: 4 })).toMatchObject({
      start: "2025-04-01",
      end: "2026-03-31",
    });
  });

  it("cuts FY2026 from February 2025 to January 2026 when it starts in February", () => {
    const february = { fiscalYearStartMonth: 2 };
    expect(parsePeriod("FY2026", february)).toMatchObject({
      start: "2025-02-01",
      end: "2026-01-31",
    });
    expect(periodContaining("2026-01-31", "quarter", february).key).toBe("FY2026-Q4");
  });

  it("rejects a start month that is not 1 to 12", () => {
    expect(rejection(() => checkFiscalCalendar({ fiscalYearStartMonth: 13 }))).toBe(
      "fiscalYearStartMonth: 13 is not a month: the fiscal year start is a month number from 1 (January) to 12 (December)",
    );
  });
});
