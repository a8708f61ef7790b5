// Periods: the day, ISO week, month, quarter or year a value, target or score is for.
// Keys: `2025-01-15`, `2025-W03` (ISO week-year, see iso-week.ts), `2025-01`, `2025-Q1`,
// `2025`; with a fiscal year that does not start in January, `FY2026-Q1` and `FY2026`
// (see fiscal-year.ts for how FY years are named).

import { addDays, checkDate, dateOf, daysFrom, daysInMonth, partsOf } from "./calendar-date.ts";
import { InvalidInput } from "./errors.ts";
import {
  calendarYear,
  checkFiscalCalendar,
  type FiscalCalendar,
  fiscalQuarterKey,
  fiscalQuarterOf,
  fiscalQuarterSpan,
  fiscalYearKey,
  fiscalYearOf,
  fiscalYearSpan,
  hasFiscalKeys,
  monthName,
} from "./fiscal-year.ts";
import { isoWeekOf, mondayOfIsoWeek, mondayOfWeek, weeksInWeekYear } from "./iso-week.ts";

export type Grain = "day" | "week" | "month" | "quarter" | "year";

/** Grains from finest to coarsest. */
export const grains: readonly Grain[] = ["day", "week", "month", "quarter", "year"];

/** A period: its grain, key, and first and last day (both inclusive, `YYYY-MM-DD`). */
export interface Period {
  grain: Grain;
  key: string;
  start: string;
  end: string;
}

/** True when `grain` is coarser than `than` (a year is coarser than a month). */
export function isCoarser(grain: Grain, than: Grain): boolean {
  return grains.indexOf(grain) > grains.indexOf(than);
}

/** How many days a period has, first and last included. */
export function daysIn(period: Period): number {
  return daysFrom(period.start, period.end) + 1;
}

/** The period of `grain` that contains `date`. */
export function periodContaining(date: string, grain: Grain, fiscal: FiscalCalendar): Period {
  checkDate(date);
  checkFiscalCalendar(fiscal);
  switch (grain) {
    case "day":
      return { grain, key: date, start: date, end: date };
    case "week": {
      const { weekYear, week } = isoWeekOf(date);
      const start = mondayOfWeek(date);
      return { grain, key: `${weekYear}-W${pad2(week)}`, start, end: addDays(start, 6) };
    }
    case "month": {
      const { year, month } = partsOf(date);
      const [start, end] = [dateOf(year, month, 1), dateOf(year, month, daysInMonth(year, month))];
      return { grain, key: start.slice(0, 7), start, end };
    }
    case "quarter": {
      const [year, quarter] = [fiscalYearOf(date, fiscal), fiscalQuarterOf(date, fiscal)];
      const [start, end] = fiscalQuarterSpan(year, quarter, fiscal);
      return { grain, key: fiscalQuarterKey(year, quarter, fiscal), start, end };
    }
    case "year": {
      const year = fiscalYearOf(date, fiscal);
      const [start, end] = fiscalYearSpan(year, fiscal);
      return { grain, key: fiscalYearKey(year, fiscal), start, end };
    }
  }
}

/**
 * The fiscal calendar a period was cut with, read back from the period itself: an `FY`
 * quarter or year tells its start month; any other period fits the calendar year.
 */
export function fiscalCalendarOf(period: Period): FiscalCalendar {
  if (!period.key.startsWith("FY")) return calendarYear;
  const quartersIn = period.grain === "quarter" ? Number(period.key.slice(-1)) - 1 : 0;
  const startMonth = ((partsOf(period.start).month - 1 - 3 * quartersIn + 12) % 12) + 1;
  return { fiscalYearStartMonth: startMonth };
}

type Reject = (why: string) => InvalidInput;

/**
 * The period a key names, e.g. `2025-W03` or (fiscal year starting in July) `FY2026-Q1`.
 * A malformed key, or a calendar quarter or year key where the fiscal year needs `FY` keys
 * (and the other way round), is InvalidInput at `path` saying which key to use.
 */
export function parsePeriod(key: string, fiscal: FiscalCalendar, path = "period"): Period {
  checkFiscalCalendar(fiscal);
  const reject: Reject = (why) => new InvalidInput([{ path, message: `"${key}" ${why}` }]);
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return periodContaining(checkDate(key, path), "day", fiscal);
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (week) return parseWeek(Number(week[1]), Number(week[2]), reject);
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return parseMonth(Number(month[1]), Number(month[2]), reject);
  const quarterOrYear = /^(FY)?(\d{4})(?:-Q(\d))?$/.exec(key);
  if (quarterOrYear && Number(quarterOrYear[2]) > 1000) {
    const [, fy, year, quarter] = quarterOrYear;
    const fiscalKey = fy !== undefined;
    return parseQuarterOrYear(
      fiscalKey,
      Number(year),
      quarter === undefined ? null : Number(quarter),
      fiscal,
      reject,
    );
  }
  throw reject(`is not a period: use ${keyExamples(fiscal)}`);
}

function parseWeek(weekYear: number, week: number, reject: Reject): Period {
  const weeks = weekYear < 1000 ? 0 : weeksInWeekYear(weekYear);
  if (week < 1 || week > weeks) {
    throw reject(`is not a week: ISO week-year ${weekYear} has weeks W01 to W${weeks}`);
  }
  return periodContaining(mondayOfIsoWeek(weekYear, week), "week", calendarYear);
}

function parseMonth(year: number, month: number, reject: Reject): Period {
  if (year < 1000 || month < 1 || month > 12) {
    throw reject("is not a month: months run from 01 to 12, e.g. 2025-01");
  }
  return periodContaining(dateOf(year, month, 1), "month", calendarYear);
}

/** `2025`, `2025-Q1`, `FY2026`, `FY2026-Q1`: the `FY` must match the fiscal calendar. */
function parseQuarterOrYear(
  fiscalKey: boolean,
  year: number,
  quarter: number | null,
  fiscal: FiscalCalendar,
  reject: Reject,
): Period {
  if (quarter !== null && (quarter < 1 || quarter > 4)) {
    throw reject("is not a quarter: quarters run from Q1 to Q4");
  }
  const period = (fiscalYear: number) =>
    quarter === null
      ? periodContaining(fiscalYearSpan(fiscalYear, fiscal)[0], "year", fiscal)
      : periodContaining(fiscalQuarterSpan(fiscalYear, quarter, fiscal)[0], "quarter", fiscal);
  if (fiscalKey === hasFiscalKeys(fiscal)) return period(year);
  if (!hasFiscalKeys(fiscal)) {
    throw reject(
      `is a fiscal key, but the fiscal year is the calendar year: use ${period(year).key}`,
    );
  }
  // A calendar key under a fiscal year: offer the fiscal periods that overlap it.
  const grain = quarter === null ? "year" : "quarter";
  const [start, end] =
    quarter === null
      ? fiscalYearSpan(year, calendarYear)
      : fiscalQuarterSpan(year, quarter, calendarYear);
  const first = periodContaining(start, grain, fiscal);
  const last = periodContaining(end, grain, fiscal);
  const described = (p: Period) => `${p.key} (${p.start} to ${p.end})`;
  const offer =
    first.key === last.key
      ? `use the fiscal ${grain} ${described(first)}`
      : `use the fiscal ${grain}s it overlaps, ${described(first)} and ${described(last)}`;
  const startMonth = monthName(fiscal.fiscalYearStartMonth);
  throw reject(`is a calendar ${grain}, but the fiscal year starts in ${startMonth}: ${offer}`);
}

function keyExamples(fiscal: FiscalCalendar): string {
  const [quarter, year] = hasFiscalKeys(fiscal) ? ["FY2026-Q1", "FY2026"] : ["2025-Q1", "2025"];
  return `a day 2025-01-15, a week 2025-W03, a month 2025-01, a quarter ${quarter} or a year ${year}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
