// The periods a user can pick: every month, quarter or year that holds data, newest first,
// cut by the organisation's fiscal year (the domain's own period rules).

import { addMonths } from "../src/domain/calendar-date.ts";
import { InvalidInput } from "../src/domain/errors.ts";
import { periodsBetween, samePeriodLastYear } from "../src/domain/period-navigation.ts";
import { parsePeriod, periodContaining } from "../src/domain/periods.ts";
import type { DataRange } from "./api/types.ts";
import type { Grain } from "./selection.ts";

const viewGrains: readonly string[] = ["month", "quarter", "year"];

/**
 * The period an address names, when it is a month, quarter or year of the organisation's
 * calendar (`2026-10`, `2026-Q4`, `2026`, `FY2026`); undefined for anything else
 * (`9999-99`, `abc`, a week), which the app cannot show.
 */
export function periodOfAddress(
  key: string,
  fiscal: Fiscal,
): { key: string; grain: Grain } | undefined {
  try {
    const period = parsePeriod(key, fiscal);
    return viewGrains.includes(period.grain)
      ? { key: period.key, grain: period.grain as Grain }
      : undefined;
  } catch (error) {
    if (error instanceof InvalidInput) return undefined;
    throw error;
  }
}

export interface Fiscal {
  fiscalYearStartMonth: number;
}

/** Newest first: the period a CMO opens on Monday is the first one offered. */
export function periodChoices(
  range: Pick<DataRange, "firstDay" | "lastDay">,
  grain: Grain,
  fiscal: Fiscal,
): string[] {
  // No month holds data yet: there is nothing to choose from.
  if (!range.firstDay || !range.lastDay) return [];
  return periodsBetween(range.firstDay, range.lastDay, grain, fiscal)
    .map((period) => period.key)
    .reverse();
}

/**
 * The same time in another grain, at the period's last day with data: 2026-10 → 2026-Q4 →
 * 2026, and back from 2026 to its latest month with data, 2026-10, not to January.
 */
export function sameTimeIn(key: string, grain: Grain, fiscal: Fiscal, lastDay: string): string {
  const { end } = parsePeriod(key, fiscal);
  return periodContaining(end < lastDay ? end : lastDay, grain, fiscal).key;
}

/** The `count` periods of `key`'s grain ending with it, oldest first. */
export function periodsEndingWith(key: string, count: number, fiscal: Fiscal): string[] {
  const period = parsePeriod(key, fiscal);
  const first = periodContaining(
    addMonths(period.start, -monthsIn(period.grain) * (count - 1)),
    period.grain,
    fiscal,
  );
  return periodsBetween(first.key, key, period.grain, fiscal).map((p) => p.key);
}

/** The same period one year earlier (2026-10 → 2025-10). */
export function yearEarlier(key: string, fiscal: Fiscal): string {
  return samePeriodLastYear(parsePeriod(key, fiscal)).key;
}

/** The first and last day of a period. */
export function daysOf(key: string, fiscal: Fiscal): { start: string; end: string } {
  const { start, end } = parsePeriod(key, fiscal);
  return { start, end };
}

function monthsIn(grain: string): number {
  return grain === "year" ? 12 : grain === "quarter" ? 3 : 1;
}
