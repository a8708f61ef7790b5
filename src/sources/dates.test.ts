import { describe, expect, it } from "vitest";
import { dateProblem, monthProblem, readTimestamp } from "./dates.ts";

describe("dates", () => {
  it("accepts real dates, 29 February of a leap year included", () => {
    expect([dateProblem("2025-01-31"), dateProblem("2024-02-29")]).toEqual([undefined, undefined]);
  });

  it.each([
    ["2025-02-30", "is not a date: February 2025 has 28 days"],
    ["2025-04-31", "is not a date: April 2025 has 30 days"],
    ["2025-13-01", "is not a date: months run from 01 to 12"],
    ["2025-00-10", "is not a date: months run from 01 to 12"],
    ["31/01/2025", "is not a date in the form YYYY-MM-DD (e.g. 2025-01-31)"],
    ["2025-1-5", "is not a date in the form YYYY-MM-DD (e.g. 2025-01-31)"],
    ["2025-01-3", "is not a date in the form YYYY-MM-DD (e.g. 2025-01-31)"],
    ["0025-01-01", "is not a date: the year must have four digits, e.g. 2025"],
  ])("says what is wrong with %s", (text, problem) => {
    expect(dateProblem(text)).toBe(problem);
  });

  it("checks months YYYY-MM", () => {
    expect(monthProblem("2025-03")).toBeUndefined();
    expect(monthProblem("2025-3")).toBe("is not a month in the form YYYY-MM (e.g. 2025-03)");
    expect(monthProblem("2025-03-01")).toBe("is not a month in the form YYYY-MM (e.g. 2025-03)");
  });
});

describe("timestamps", () => {
  const zone = "Europe/Copenhagen";

  it("reads a zoneless time as local time in the organisation's zone", () => {
    expect(readTimestamp("2025-07-01 14:49", zone)).toEqual({
      local: "2025-07-01T14:49:00",
      date: "2025-07-01",
      instant: "2025-07-01T12:49:00.000Z",
    });
  });

  it("places an instant with a zone on the organisation's local day", () => {
    expect(readTimestamp("2025-01-31T23:30:00Z", zone)).toEqual({
      local: "2025-02-01T00:30:00",
      date: "2025-02-01",
      instant: "2025-01-31T23:30:00.000Z",
    });
    expect(readTimestamp("2025-07-31T20:30:00-0200", zone)).toMatchObject({
      date: "2025-08-01",
      instant: "2025-07-31T22:30:00.000Z",
    });
  });

  it("reads a local time in the hour skipped by daylight saving as an hour later", () => {
    expect(readTimestamp("2025-03-30 02:30", zone)).toMatchObject({
      instant: "2025-03-30T01:30:00.000Z",
    });
  });

  it.each([
    ["2025-02-30 10:00", "is not a date: February 2025 has 28 days"],
    ["2025-01-31", "is not a date and time in the form YYYY-MM-DD HH:MM"],
    ["2025-01-31 24:00", "is not a date and time in the form YYYY-MM-DD HH:MM"],
    ["2025-01-31 10:00 CET", "is not a date and time in the form YYYY-MM-DD HH:MM"],
    ["2025-01-31T10:00:00+25:00", "is not a date and time in the form YYYY-MM-DD HH:MM"],
  ])("says what is wrong with %s", (text, problem) => {
    expect(readTimestamp(text, zone)).toContain(problem);
  });
});
