import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarYear } from "./fiscal-year.ts";
import { childPeriods } from "./period-navigation.ts";
import type { Grain } from "./periods.ts";
import { parsePeriod } from "./periods.ts";
import { type ActualsByPeriod, phaseTarget } from "./phasing.ts";

const parse = (key: string) => parsePeriod(key, calendarYear);

/** Revenue in 2024: 100 a month, and 300 in December. */
const lastYear: ActualsByPeriod = Object.fromEntries(
  childPeriods(parse("2024"), "month").map((m) => [m.key, m.key === "2024-12" ? 300 : 100]),
);

describe("phaseTarget", () => {
  it("phases a flow target linearly by days: February 2024 gets 29/366 of the year", () => {
    const february = phaseTarget({
      target: 366_000,
      from: parse("2024"),
      to: parse("2024-02"),
      kind: "flow",
    });
    expect(february).toEqual({ value: 29_000, phasing: "linear" });
  });

  it("keeps a level target the same in the sub-period", () => {
    const march = phaseTarget({
      target: 4,
      from: parse("2025"),
      to: parse("2025-03"),
      kind: "level",
    });
    expect(march).toEqual({ value: 4, phasing: "level" });
  });

  it("phases seasonally by last year's shares: December gets 300 of 1,400", () => {
    const december = phaseTarget({
      target: 1_400_000,
      from: parse("2025"),
      to: parse("2025-12"),
      kind: "flow",
      phasing: "seasonal",
      lastYearActuals: lastYear,
    });
    expect(december.phasing).toBe("seasonal");
    expect(december.value).toBeCloseTo(300_000, 6);
  });

  it("gives a quarter the sum of its months' seasonal shares: Q4 gets 500 of 1,400", () => {
    const q4 = phaseTarget({
      target: 1_400_000,
      from: parse("2025"),
      to: parse("2025-Q4"),
      kind: "flow",
      phasing: "seasonal",
      lastYearActuals: lastYear,
    });
    expect(q4.value).toBeCloseTo(500_000, 6);
  });

  it("splits a month's seasonal share by days: 24 December gets 1/31 of December's", () => {
    const day = phaseTarget({
      target: 1_400_000,
      from: parse("2025"),
      to: parse("2025-12-24"),
      kind: "flow",
      phasing: "seasonal",
      lastYearActuals: lastYear,
    });
    expect(day.value).toBeCloseTo(300_000 / 31, 6);
  });

  it("falls back to linear when a month of last year has no actual", () => {
    const { "2024-03": _march, ...withoutMarch } = lastYear;
    const january = phaseTarget({
      target: 365,
      from: parse("2025"),
      to: parse("2025-01"),
      kind: "flow",
      phasing: "seasonal",
      lastYearActuals: withoutMarch,
    });
    expect(january).toEqual({ value: 31, phasing: "linear" });
  });

  it("falls back to linear when last year's actuals add up to 0", () => {
    const zeros = Object.fromEntries(Object.keys(lastYear).map((key) => [key, 0]));
    const january = phaseTarget({
      target: 365,
      from: parse("2025"),
      to: parse("2025-01"),
      kind: "flow",
      phasing: "seasonal",
      lastYearActuals: zeros,
    });
    expect(january.phasing).toBe("linear");
  });

  it("splits a month's target over its days linearly even when seasonal phasing is asked for", () => {
    const day = phaseTarget({
      target: 3_100,
      from: parse("2025-01"),
      to: parse("2025-01-10"),
      kind: "flow",
      phasing: "seasonal",
      lastYearActuals: lastYear,
    });
    expect(day).toEqual({ value: 100, phasing: "linear" });
  });

  describe("phased flow targets add up to the target they came from", () => {
    const year = fc.integer({ min: 1990, max: 2090 }).map((y) => parse(String(y)));
    const target = fc.double({ min: 0, max: 1e9, noNaN: true });

    for (const grain of ["quarter", "month", "day"] as Grain[]) {
      it(`adds a year's ${grain} targets up to the year's target, linear`, () => {
        fc.assert(
          fc.property(year, target, (from, total) => {
            const parts = childPeriods(from, grain).map(
              (to) => phaseTarget({ target: total, from, to, kind: "flow" }).value,
            );
            expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 3);
          }),
          { numRuns: grain === "day" ? 30 : 100 },
        );
      });
    }

    it("adds a year's month and day targets up to the year's target, seasonal", () => {
      const actual = fc.double({ min: 0.01, max: 1e6, noNaN: true });
      fc.assert(
        fc.property(
          year,
          target,
          fc.array(actual, { minLength: 12, maxLength: 12 }),
          (from, total, values) => {
            const lastYearMonths = childPeriods(parse(String(Number(from.key) - 1)), "month");
            const actuals = Object.fromEntries(lastYearMonths.map((m, i) => [m.key, values[i]]));
            const phase = (grain: Grain) =>
              childPeriods(from, grain)
                .map(
                  (to) =>
                    phaseTarget({
                      target: total,
                      from,
                      to,
                      kind: "flow",
                      phasing: "seasonal",
                      lastYearActuals: actuals,
                    }).value,
                )
                .reduce((a, b) => a + b, 0);
            expect(phase("month")).toBeCloseTo(total, 3);
            expect(phase("quarter")).toBeCloseTo(total, 3);
            expect(phase("day")).toBeCloseTo(total, 3);
          },
        ),
        { numRuns: 30 },
      );
    });
  });
});
