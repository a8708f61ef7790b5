import { describe, expect, it } from "vitest";
import { periodChoices, periodOfAddress } from "./periods.ts";

const calendarYear = { fiscalYearStartMonth: 1 };

describe("the period an address names", () => {
  it("reads a month, a quarter and a year", () => {
    expect(periodOfAddress("2026-10", calendarYear)).toEqual({ key: "2026-10", grain: "month" });
    expect(periodOfAddress("2026-Q4", calendarYear)).toEqual({ key: "2026-Q4", grain: "quarter" });
    expect(periodOfAddress("2026", calendarYear)).toEqual({ key: "2026", grain: "year" });
  });

  it("reads a fiscal quarter where the fiscal year starts in July", () => {
    expect(periodOfAddress("FY2026-Q1", { fiscalYearStartMonth: 7 })).toEqual({
      key: "FY2026-Q1",
      grain: "quarter",
    });
  });

  it("has none for 9999-99, abc, a week or a day, which the app cannot show", () => {
    for (const key of ["9999-99", "abc", "2026-W03", "2026-10-08", ""]) {
      expect(periodOfAddress(key, calendarYear)).toBeUndefined();
    }
  });
});

describe("the periods a user can pick", () => {
  it("are none, not an error, when no month holds data", () => {
    expect(periodChoices({ firstDay: null, lastDay: null }, "month", calendarYear)).toEqual([]);
  });

  it("are the months holding data, newest first", () => {
    const range = { firstDay: "2026-08-14", lastDay: "2026-10-08" };
    expect(periodChoices(range, "month", calendarYear)).toEqual(["2026-10", "2026-09", "2026-08"]);
  });
});
