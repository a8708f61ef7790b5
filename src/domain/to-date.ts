// To-date views (scoring.md, "Targets over time"): a week, month, quarter or year seen from
// its first day up to a given date, i.e. WTD, MTD, QTD and YTD.

import { addDays, checkDate, daysFrom, earlierOf } from "./calendar-date.ts";
import { daysIn, type Period } from "./periods.ts";

/**
 * A period cut off at a date. `grain` and `key` are the whole period's; `start` is its first
 * day and `end` the last day counted. `elapsedDays` of `daysInPeriod` have passed.
 */
export interface ToDateView extends Period {
  elapsedDays: number;
  daysInPeriod: number;
}

/**
 * The to-date view of `period` as of `asOf`: from its start to `asOf` or its end, whichever
 * is earlier. `asOf` is the last day counted (pass yesterday to count complete days only;
 * the domain has no clock). Before the period starts nothing has elapsed: `elapsedDays` is 0
 * and `end` is the day before `start`, an empty span.
 */
export function toDate(period: Period, asOf: string): ToDateView {
  checkDate(asOf, "asOf");
  const end = asOf < period.start ? addDays(period.start, -1) : earlierOf(asOf, period.end);
  return {
    ...period,
    end,
    elapsedDays: daysFrom(period.start, end) + 1,
    daysInPeriod: daysIn(period),
  };
}

/**
 * The one "to date" rule (docs/scoring.md, "To date"): a to-date view runs through the
 * earlier of yesterday in the organisation's time zone (today's data is still coming in)
 * and the last day holding data (a day after it would count as nothing happened).
 */
export function toDateThrough(yesterday: string, lastDayWithData: string | null): string {
  return lastDayWithData === null ? yesterday : earlierOf(yesterday, lastDayWithData);
}

/**
 * The day a period is evaluated through when the user does not ask for the whole period:
 * the last day with data when the data ends inside the period (2026-Q4 holding only
 * October), so actual and target cover the same days; undefined (the whole period) when
 * the period is complete, or holds no data at all.
 */
export function partialPeriodThrough(
  period: Period,
  lastDayWithData: string | null,
): string | undefined {
  if (lastDayWithData === null) return undefined;
  return lastDayWithData >= period.start && lastDayWithData < period.end
    ? lastDayWithData
    : undefined;
}
