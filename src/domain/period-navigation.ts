// Moving between periods: up to the enclosing one, down to the parts, along to the
// neighbours, and back a year for comparisons.
//
// Weeks do not nest in months, quarters or years. Like ISO 8601, which gives a week to the
// year its Thursday falls in, Fourfold gives a week to the month (and quarter, and year) its
// Thursday falls in: the weeks of January 2025 are 2025-W01 (Mon 30 Dec 2024) to 2025-W05
// (Mon 27 Jan 2025), and 2025-W05's parent month is January although it ends on 2 February.
// So every week has exactly one parent month, and a year's weeks are its ISO weeks.

import { addDays, addMonths } from "./calendar-date.ts";
import { InvalidInput } from "./errors.ts";
import type { FiscalCalendar } from "./fiscal-year.ts";
import { isoWeekOf, mondayOfIsoWeek, thursdayOfWeek, weeksInWeekYear } from "./iso-week.ts";
import {
  fiscalCalendarOf,
  type Grain,
  isCoarser,
  type Period,
  parsePeriod,
  periodContaining,
} from "./periods.ts";

/**
 * The period of the coarser `grain` that encloses `period` (for a week, the one its
 * Thursday falls in). `fiscal` decides how quarters and years are cut.
 */
export function parentPeriod(period: Period, grain: Grain, fiscal: FiscalCalendar): Period {
  if (!isCoarser(grain, period.grain)) {
    throw grainError(`a ${period.grain} has no enclosing ${grain}: choose a coarser grain`);
  }
  const representative = period.grain === "week" ? thursdayOfWeek(period.start) : period.start;
  return periodContaining(representative, grain, fiscal);
}

/**
 * The periods of the finer `grain` that make up `period`, in order: a year's quarters or
 * months, a quarter's months, a month's days. A period's weeks are those whose Thursday falls
 * in it (see the top of this file), so they may start before it or end after it.
 */
export function childPeriods(period: Period, grain: Grain): Period[] {
  if (!isCoarser(period.grain, grain)) {
    throw grainError(`a ${period.grain} is not made of ${grain}s: choose a finer grain`);
  }
  const fiscal = fiscalCalendarOf(period);
  let child = periodContaining(period.start, grain, fiscal);
  if (grain === "week" && thursdayOfWeek(child.start) < period.start) child = nextPeriod(child);
  const children: Period[] = [];
  const belongs = (p: Period) => (grain === "week" ? thursdayOfWeek(p.start) : p.start);
  while (belongs(child) <= period.end) {
    children.push(child);
    child = nextPeriod(child);
  }
  return children;
}

/** The period of the same grain just before `period` (2025-Q1 → 2024-Q4). */
export function previousPeriod(period: Period): Period {
  return periodContaining(addDays(period.start, -1), period.grain, fiscalCalendarOf(period));
}

/** The period of the same grain just after `period` (2025-W52 → 2026-W01). */
export function nextPeriod(period: Period): Period {
  return periodContaining(addDays(period.end, 1), period.grain, fiscalCalendarOf(period));
}

/**
 * The same period one year earlier, for year-on-year comparison: 2025-02 → 2024-02,
 * FY2026-Q1 → FY2025-Q1, 2025-W03 → 2024-W03. Two cases have no exact twin, and take the
 * nearest: 29 February → 28 February, and week 53 → week 52 of last year (2026-W53 →
 * 2025-W52; two years in a row never both have 53 weeks). A week is matched by number, not
 * by going back 52 weeks, so W01 compares with last year's W01 in 53-week years too.
 */
export function samePeriodLastYear(period: Period): Period {
  const fiscal = fiscalCalendarOf(period);
  if (period.grain === "week") {
    const { weekYear, week } = isoWeekOf(period.start);
    const lastWeek = Math.min(week, weeksInWeekYear(weekYear - 1));
    return periodContaining(mondayOfIsoWeek(weekYear - 1, lastWeek), "week", fiscal);
  }
  return periodContaining(addMonths(period.start, -12), period.grain, fiscal);
}

/**
 * Every period of `grain` that overlaps the span from the start of `fromKey` to the end of
 * `toKey`, in order: (`2025-01`, `2025-03`, month) → 2025-01, 2025-02, 2025-03. The keys
 * may be of any grain; InvalidInput when a key is malformed or `toKey` ends before
 * `fromKey` starts.
 */
export function periodsBetween(
  fromKey: string,
  toKey: string,
  grain: Grain,
  fiscal: FiscalCalendar,
): Period[] {
  const from = parsePeriod(fromKey, fiscal, "from");
  const to = parsePeriod(toKey, fiscal, "to");
  if (to.end < from.start) {
    throw new InvalidInput([
      {
        path: "to",
        message: `"${toKey}" ends before "${fromKey}" starts: "to" must not be earlier than "from"`,
      },
    ]);
  }
  const periods: Period[] = [];
  for (let p = periodContaining(from.start, grain, fiscal); p.start <= to.end; p = nextPeriod(p)) {
    periods.push(p);
  }
  return periods;
}

function grainError(message: string): InvalidInput {
  return new InvalidInput([{ path: "grain", message }]);
}
