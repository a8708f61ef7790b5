import { describe, expect, it } from "vitest";
import { InvalidInput } from "./errors.ts";
import { calendarYear } from "./fiscal-year.ts";
import {
  childPeriods,
  nextPeriod,
  parentPeriod,
  periodsBetween,
  previousPeriod,
  samePeriodLastYear,
} from "./period-navigation.ts";
import { parsePeriod } from "./periods.ts";

const parse = (key: string) => parsePeriod(key, calendarYear);
const keys = (periods: { key: string }[]) => periods.map((p) => p.key);
const july = { fiscalYearStartMonth: 7 };

describe("childPeriods", () => {
  it("splits a year into 4 quarters and 12 months", () => {
    expect(keys(childPeriods(parse("2025"), "quarter"))).toEqual([
      "2025-Q1",
      "2025-Q2",
      "2025-Q3",
      "2025-Q4",
    ]);
    expect(childPeriods(parse("2025"), "month")).toHaveLength(12);
  });

  it("splits a quarter into its 3 months and a month into its days", () => {
    expect(keys(childPeriods(parse("2025-Q3"), "month"))).toEqual([
      "2025-07",
      "2025-08",
      "2025-09",
    ]);
    expect(childPeriods(parse("2024-02"), "day")).toHaveLength(29);
  });

  it("gives a month the weeks whose Thursday falls in it: January 2025 has W01 to W05", () => {
    expect(keys(childPeriods(parse("2025-01"), "week"))).toEqual([
      "2025-W01",
      "2025-W02",
      "2025-W03",
      "2025-W04",
      "2025-W05",
    ]);
  });

  it("leaves out of February 2025 the week of 27 January, whose Thursday is in January", () => {
    expect(keys(childPeriods(parse("2025-02"), "week"))).toEqual([
      "2025-W06",
      "2025-W07",
      "2025-W08",
      "2025-W09",
    ]);
  });

  it("gives a year exactly its ISO weeks: 53 in 2020, 52 in 2025", () => {
    expect(childPeriods(parse("2020"), "week")).toHaveLength(53);
    expect(childPeriods(parse("2025"), "week").at(-1)?.key).toBe("2025-W52");
  });

  it("gives a week its 7 days, Monday first", () => {
    expect(keys(childPeriods(parse("2026-W01"), "day"))[0]).toBe("2025-12-29");
    expect(childPeriods(parse("2026-W01"), "day")).toHaveLength(7);
  });

  it("refuses to split a month into quarters", () => {
    expect(() => childPeriods(parse("2025-01"), "quarter")).toThrow(InvalidInput);
  });
});

describe("parentPeriod", () => {
  it("gives a week the month its Thursday falls in: 2025-W05 (27 Jan to 2 Feb) is January's", () => {
    expect(parentPeriod(parse("2025-W05"), "month", calendarYear).key).toBe("2025-01");
  });

  it("gives 2026-W01, which starts on 29 December 2025, the year 2026", () => {
    expect(parentPeriod(parse("2026-W01"), "year", calendarYear).key).toBe("2026");
  });

  it("gives a day its quarter", () => {
    expect(parentPeriod(parse("2025-05-17"), "quarter", calendarYear).key).toBe("2025-Q2");
  });

  it("refuses a grain that is not coarser", () => {
    expect(() => parentPeriod(parse("2025-Q2"), "month", calendarYear)).toThrow(InvalidInput);
  });
});

describe("previousPeriod and nextPeriod", () => {
  it("steps over year ends: 2025-Q1 comes after 2024-Q4, 2026-W01 after 2025-W52", () => {
    expect(previousPeriod(parse("2025-Q1")).key).toBe("2024-Q4");
    expect(nextPeriod(parse("2025-W52")).key).toBe("2026-W01");
    expect(nextPeriod(parse("2020-W52")).key).toBe("2020-W53");
  });

  it("steps from 28 February to 29 February in a leap year", () => {
    expect(nextPeriod(parse("2024-02-28")).key).toBe("2024-02-29");
    expect(nextPeriod(parse("2025-02-28")).key).toBe("2025-03-01");
  });

  it("stays on the fiscal calendar: before FY2026-Q1 comes FY2025-Q4", () => {
    expect(previousPeriod(parsePeriod("FY2026-Q1", july)).key).toBe("FY2025-Q4");
    expect(nextPeriod(parsePeriod("FY2026", july))).toMatchObject({
      key: "FY2027",
      start: "2026-07-01",
    });
  });
});

describe("samePeriodLastYear", () => {
  it("compares 2025-W03 with 2024-W03 and 2025-02 with 2024-02", () => {
    expect(samePeriodLastYear(parse("2025-W03")).key).toBe("2024-W03");
    expect(samePeriodLastYear(parse("2025-02")).key).toBe("2024-02");
  });

  it("compares quarters, years and fiscal quarters with the same one a year earlier", () => {
    expect(samePeriodLastYear(parse("2025-Q3")).key).toBe("2024-Q3");
    expect(samePeriodLastYear(parse("2025")).key).toBe("2024");
    expect(samePeriodLastYear(parsePeriod("FY2026-Q1", july))).toMatchObject({
      key: "FY2025-Q1",
      start: "2024-07-01",
    });
  });

  it("compares week 53 of 2026 with week 52 of 2025, which has no week 53", () => {
    expect(samePeriodLastYear(parse("2026-W53")).key).toBe("2025-W52");
  });

  it("compares week 1 of 2021, after the 53-week 2020, with week 1 of 2020", () => {
    expect(samePeriodLastYear(parse("2021-W01")).key).toBe("2020-W01");
  });

  it("compares 29 February 2024 with 28 February 2023, and 1 March 2025 with 1 March 2024", () => {
    expect(samePeriodLastYear(parse("2024-02-29")).key).toBe("2023-02-28");
    expect(samePeriodLastYear(parse("2025-03-01")).key).toBe("2024-03-01");
  });
});

describe("periodsBetween", () => {
  it("lists the months from 2024-11 to 2025-02", () => {
    expect(keys(periodsBetween("2024-11", "2025-02", "month", calendarYear))).toEqual([
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
    ]);
  });

  it("lists the quarters of the years 2024 to 2025", () => {
    expect(periodsBetween("2024", "2025", "quarter", calendarYear)).toHaveLength(8);
  });

  it("lists the fiscal quarters from FY2026-Q1 to FY2026-Q3", () => {
    expect(keys(periodsBetween("FY2026-Q1", "FY2026-Q3", "quarter", july))).toEqual([
      "FY2026-Q1",
      "FY2026-Q2",
      "FY2026-Q3",
    ]);
  });

  it("lists every week that overlaps January 2021, starting with 2020-W53", () => {
    const weeks = periodsBetween("2021-01", "2021-01", "week", calendarYear);
    expect(weeks[0]?.key).toBe("2020-W53");
    expect(weeks.at(-1)?.key).toBe("2021-W04");
  });

  it("rejects a range that ends before it starts, naming `to`", () => {
    expect(() => periodsBetween("2025-06", "2025-01", "month", calendarYear)).toThrow(
      'to: "2025-01" ends before "2025-06" starts: "to" must not be earlier than "from"',
    );
  });
});
