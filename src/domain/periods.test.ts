import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInput } from "./errors.ts";
import { calendarYear } from "./fiscal-year.ts";
import { daysIn, parsePeriod, periodContaining } from "./periods.ts";

const parse = (key: string) => parsePeriod(key, calendarYear);

/** The message of the InvalidInput that `act` throws. */
function rejection(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    if (error instanceof InvalidInput) return error.message;
    throw error;
  }
  throw new Error("expected InvalidInput");
}

describe("parsePeriod", () => {
  it("reads a day, an ISO week, a month, a quarter and a year", () => {
    expect(parse("2025-01-15")).toEqual({
      grain: "day",
      key: "2025-01-15",
      start: "2025-01-15",
      end: "2025-01-15",
    });
    expect(parse("2025-W03")).toEqual({
      grain: "week",
      key: "2025-W03",
      start: "2025-01-13",
      end: "2025-01-19",
    });
    expect(parse("2025-02")).toEqual({
      grain: "month",
      key: "2025-02",
      start: "2025-02-01",
      end: "2025-02-28",
    });
    expect(parse("2025-Q2")).toEqual({
      grain: "quarter",
      key: "2025-Q2",
      start: "2025-04-01",
      end: "2025-06-30",
    });
    expect(parse("2025")).toEqual({
      grain: "year",
      key: "2025",
      start: "2025-01-01",
      end: "2025-12-31",
    });
  });

  it("starts week 1 of 2025 on Monday 30 December 2024", () => {
    expect(parse("2025-W01")).toMatchObject({ start: "2024-12-30", end: "2025-01-05" });
  });

  it("knows 2020 has 53 ISO weeks and 2025 has 52", () => {
    expect(parse("2020-W53")).toMatchObject({ start: "2020-12-28", end: "2021-01-03" });
    expect(rejection(() => parse("2025-W53"))).toBe(
      'period: "2025-W53" is not a week: ISO week-year 2025 has weeks W01 to W52',
    );
  });

  it("gives February 29 days in a leap year and 28 otherwise, including the century rules", () => {
    expect(parse("2024-02").end).toBe("2024-02-29");
    expect(parse("2025-02").end).toBe("2025-02-28");
    expect(parse("1900-02").end).toBe("1900-02-28");
    expect(parse("2000-02").end).toBe("2000-02-29");
  });

  it("rejects month 13 and says months run from 01 to 12", () => {
    expect(rejection(() => parse("2025-13"))).toBe(
      'period: "2025-13" is not a month: months run from 01 to 12, e.g. 2025-01',
    );
  });

  it("rejects quarter 5", () => {
    expect(rejection(() => parse("2025-Q5"))).toBe(
      'period: "2025-Q5" is not a quarter: quarters run from Q1 to Q4',
    );
  });

  it("rejects 29 February in a year that is not a leap year", () => {
    expect(rejection(() => parse("2025-02-29"))).toBe(
      'period: "2025-02-29" is not a date: 2025-02 has 28 days',
    );
  });

  it("rejects text that is no period at all, listing the forms it takes", () => {
    expect(rejection(() => parse("Q1 2025"))).toBe(
      'period: "Q1 2025" is not a period: use a day 2025-01-15, a week 2025-W03, a month 2025-01, a quarter 2025-Q1 or a year 2025',
    );
  });

  it("reports the problem at the path it is given", () => {
    expect(rejection(() => parsePeriod("2025-13", calendarYear, "from"))).toMatch(/^from: /);
  });
});

describe("periodContaining", () => {
  it("puts 1 January 2021, a Friday, in ISO week 2020-W53", () => {
    expect(periodContaining("2021-01-01", "week", calendarYear).key).toBe("2020-W53");
  });

  it("puts Monday 29 December 2025 in ISO week 2026-W01", () => {
    expect(periodContaining("2025-12-29", "week", calendarYear).key).toBe("2026-W01");
  });

  it("puts Sunday 28 December 2025 in 2025-W52", () => {
    expect(periodContaining("2025-12-28", "week", calendarYear).key).toBe("2025-W52");
  });

  it("puts 15 August 2025 in 2025-08, 2025-Q3 and 2025", () => {
    const keys = (["month", "quarter", "year"] as const).map(
      (grain) => periodContaining("2025-08-15", grain, calendarYear).key,
    );
    expect(keys).toEqual(["2025-08", "2025-Q3", "2025"]);
  });

  it("rejects a date that does not exist", () => {
    expect(rejection(() => periodContaining("2025-04-31", "month", calendarYear))).toBe(
      'date: "2025-04-31" is not a date: 2025-04 has 30 days',
    );
  });

  it("gives a period that contains the date and whose key reads back as the same period", () => {
    const date = fc
      .date({
        min: new Date("1990-01-01T00:00:00Z"),
        max: new Date("2090-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const grain = fc.constantFrom("day", "week", "month", "quarter", "year" as const);
    const startMonth = fc.integer({ min: 1, max: 12 });
    fc.assert(
      fc.property(date, grain, startMonth, (day, g, fiscalYearStartMonth) => {
        const fiscal = { fiscalYearStartMonth };
        const period = periodContaining(day, g, fiscal);
        expect(period.start <= day && day <= period.end).toBe(true);
        expect(parsePeriod(period.key, fiscal)).toEqual(period);
      }),
    );
  });
});

describe("daysIn", () => {
  it("counts 365 days in 2025, 366 in 2024, 90 in 2025-Q1, 7 in a week, 1 in a day", () => {
    expect(
      ["2025", "2024", "2025-Q1", "2025-W10", "2025-03-30"].map((k) => daysIn(parse(k))),
    ).toEqual([365, 366, 90, 7, 1]);
  });

  it("counts 31 days in March 2025 and 7 days in the week of its clock change, whatever the machine's time zone", () => {
    const original = process.env.TZ;
    try {
      for (const zone of ["Europe/Copenhagen", "America/Sao_Paulo", "Pacific/Chatham", "UTC"]) {
        process.env.TZ = zone;
        expect(daysIn(parse("2025-03"))).toBe(31);
        expect(periodContaining("2025-03-30", "week", calendarYear)).toMatchObject({
          key: "2025-W13",
          start: "2025-03-24",
          end: "2025-03-30",
        });
        expect(daysIn(parse("2025-10"))).toBe(31);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
