import { describe, expect, it } from "vitest";
import { calendarYear } from "./fiscal-year.ts";
import { parsePeriod } from "./periods.ts";
import { type TargetRules, targetFor, toDateTarget } from "./targets.ts";

const parse = (key: string) => parsePeriod(key, calendarYear);
const flow: TargetRules = { kind: "flow", fiscal: calendarYear };
const level: TargetRules = { kind: "level", fiscal: calendarYear };

/** scorecard-file.md's revenue: 24,000,000 for 2026, with December set on its own. */
const revenue = { "2026": 24_000_000, "2026-12": 3_500_000 };

describe("targetFor", () => {
  it("takes a period's own target first: December 2026 is 3,500,000 as set", () => {
    expect(targetFor({ ...flow, targets: revenue, period: parse("2026-12") })).toEqual({
      value: 3_500_000,
      setFor: "2026-12",
      phasing: "as_set",
    });
  });

  it("phases the others from the year: November 2026 is 24e6 · 30/365", () => {
    const november = targetFor({ ...flow, targets: revenue, period: parse("2026-11") });
    expect(november?.value).toBeCloseTo((24e6 * 30) / 365, 6);
    expect(november?.setFor).toBe("2026");
  });

  it("phases a December day from December's own target, the nearest enclosing one", () => {
    const day = targetFor({ ...flow, targets: revenue, period: parse("2026-12-24") });
    expect(day?.value).toBeCloseTo(3_500_000 / 31, 6);
    expect(day?.setFor).toBe("2026-12");
  });

  it("phases a week from the month its Thursday falls in", () => {
    const week = targetFor({ ...flow, targets: { "2026-01": 3_100 }, period: parse("2026-W05") });
    expect(week).toEqual({ value: 700, setFor: "2026-01", phasing: "linear" });
  });

  it("phases a day from its week when the week has a target", () => {
    const day = targetFor({
      ...flow,
      targets: { "2026-W05": 700, "2026-01": 3_100 },
      period: parse("2026-01-27"),
    });
    expect(day).toEqual({ value: 100, setFor: "2026-W05", phasing: "linear" });
  });

  it("has no target when no enclosing period has one", () => {
    expect(targetFor({ ...flow, targets: revenue, period: parse("2027-01") })).toBeNull();
  });

  it("gives a level KPI its year's target in every month", () => {
    expect(targetFor({ ...level, targets: { "2026": 40 }, period: parse("2026-07") })).toEqual({
      value: 40,
      setFor: "2026",
      phasing: "level",
    });
  });

  it("phases from a fiscal year: FY2026 starting in July gives July 2025 31/365 of it", () => {
    const july = { fiscalYearStartMonth: 7 };
    const month = targetFor({
      kind: "flow",
      fiscal: july,
      targets: { FY2026: 365_000 },
      period: parsePeriod("2025-07", july),
    });
    expect(month?.value).toBeCloseTo(31_000, 6);
  });
});

describe("toDateTarget", () => {
  const yearOnly = { "2025": 24_000_000 };

  it("makes the MTD target on 15 January 15 days' worth of January", () => {
    const mtd = toDateTarget({
      ...flow,
      targets: yearOnly,
      period: parse("2025-01"),
      asOf: "2025-01-15",
    });
    expect(mtd).toBeCloseTo((24e6 * 15) / 365, 2);
  });

  it("makes the YTD target on 15 March January and February, plus 15/31 of March", () => {
    const ytd = toDateTarget({
      ...flow,
      targets: yearOnly,
      period: parse("2025"),
      asOf: "2025-03-15",
    });
    expect(ytd).toBeCloseTo((24e6 * (31 + 28 + 15)) / 365, 2);
  });

  it("sums the elapsed months as they are set, overrides included", () => {
    const targets = { "2025": 24_000_000, "2025-01": 1_000_000 };
    const ytd = toDateTarget({ ...flow, targets, period: parse("2025"), asOf: "2025-02-28" });
    expect(ytd).toBeCloseTo(1_000_000 + (24e6 * 28) / 365, 2);
  });

  it("makes a full year's YTD target the year's target", () => {
    const ytd = toDateTarget({
      ...flow,
      targets: yearOnly,
      period: parse("2025"),
      asOf: "2025-12-31",
    });
    expect(ytd).toBeCloseTo(24e6, 2);
  });

  it("has no to-date target when an elapsed month has none", () => {
    const targets = { "2025-01": 100, "2025-03": 100 };
    expect(
      toDateTarget({ ...flow, targets, period: parse("2025-Q1"), asOf: "2025-03-01" }),
    ).toBeNull();
  });

  it("is 0 before the period starts", () => {
    expect(
      toDateTarget({ ...flow, targets: yearOnly, period: parse("2025"), asOf: "2024-12-31" }),
    ).toBe(0);
  });

  it("gives a level KPI the period's own target in every to-date view", () => {
    expect(
      toDateTarget({
        ...level,
        targets: { "2025": 0.35 },
        period: parse("2025-Q2"),
        asOf: "2025-05-01",
      }),
    ).toBe(0.35);
  });
});
