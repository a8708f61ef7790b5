// Fiscal years that start in any month. When the fiscal year starts in January, years and
// quarters are the calendar ones and keep their plain keys (`2025`, `2025-Q1`).
//
// Otherwise they take `FY` keys, and a fiscal year is named by the calendar year in which it
// ENDS (the common usage, e.g. the US federal FY2026 ends in September 2026). With a start
// month of 7: FY2026 = 2025-07-01 … 2026-06-30, FY2026-Q1 = 2025-07 … 2025-09 and
// FY2026-Q4 = 2026-04 … 2026-06. Days, weeks and months keep their calendar keys (`2025-07`)
// under any fiscal year: only quarters and years are cut differently.

import { addDays, addMonths, dateOf, partsOf } from "./calendar-date.ts";
import { InvalidInput } from "./errors.ts";

/** The organisation's fiscal year setting: the month (1–12) in which a fiscal year starts. */
export interface FiscalCalendar {
  fiscalYearStartMonth: number;
}

/** Fiscal years that are calendar years. */
export const calendarYear: FiscalCalendar = { fiscalYearStartMonth: 1 };

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `fiscal` when its start month is a whole number 1–12, else InvalidInput. */
export function checkFiscalCalendar(fiscal: FiscalCalendar): FiscalCalendar {
  const month = fiscal.fiscalYearStartMonth;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new InvalidInput([
      {
        path: "fiscalYearStartMonth",
        message: `${month} is not a month: the fiscal year start is a month number from 1 (January) to 12 (December)`,
      },
    ]);
  }
  return fiscal;
}

/** True when quarters and years take `FY` keys (the fiscal year does not start in January). */
export function hasFiscalKeys(fiscal: FiscalCalendar): boolean {
  return fiscal.fiscalYearStartMonth !== 1;
}

/** The name of the fiscal year a date is in: the calendar year that fiscal year ends in. */
export function fiscalYearOf(date: string, fiscal: FiscalCalendar): number {
  const { year, month } = partsOf(date);
  return hasFiscalKeys(fiscal) && month >= fiscal.fiscalYearStartMonth ? year + 1 : year;
}

/** The fiscal quarter (1–4) a date is in. */
export function fiscalQuarterOf(date: string, fiscal: FiscalCalendar): number {
  const monthsIntoYear = (partsOf(date).month - fiscal.fiscalYearStartMonth + 12) % 12;
  return Math.floor(monthsIntoYear / 3) + 1;
}

/** First and last day of fiscal year `fiscalYear` (named by the year it ends in). */
export function fiscalYearSpan(fiscalYear: number, fiscal: FiscalCalendar): [string, string] {
  const startYear = hasFiscalKeys(fiscal) ? fiscalYear - 1 : fiscalYear;
  const start = dateOf(startYear, fiscal.fiscalYearStartMonth, 1);
  return [start, addDays(addMonths(start, 12), -1)];
}

/** First and last day of quarter `quarter` (1–4) of fiscal year `fiscalYear`. */
export function fiscalQuarterSpan(
  fiscalYear: number,
  quarter: number,
  fiscal: FiscalCalendar,
): [string, string] {
  const start = addMonths(fiscalYearSpan(fiscalYear, fiscal)[0], 3 * (quarter - 1));
  return [start, addDays(addMonths(start, 3), -1)];
}

/** `2025` or `FY2026`. */
export function fiscalYearKey(fiscalYear: number, fiscal: FiscalCalendar): string {
  return `${hasFiscalKeys(fiscal) ? "FY" : ""}${fiscalYear}`;
}

/** `2025-Q1` or `FY2026-Q1`. */
export function fiscalQuarterKey(
  fiscalYear: number,
  quarter: number,
  fiscal: FiscalCalendar,
): string {
  return `${fiscalYearKey(fiscalYear, fiscal)}-Q${quarter}`;
}

/** `July`. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}
