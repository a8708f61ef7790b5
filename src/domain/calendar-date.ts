// Calendar dates as `YYYY-MM-DD` strings, with arithmetic done on UTC day numbers. A local
// date has no time of day and no time zone (style guide, Numbers: periods are computed from
// local dates), so it is never put through a local-time Date: daylight saving cannot move it.

import { InvalidInput } from "./errors.ts";

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year, month (1–12) and day of a `YYYY-MM-DD` date. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The parts of a date this module made or checked; use `checkDate` on a user's text. */
export function partsOf(date: string): DateParts {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * `text` when it is a real date `YYYY-MM-DD` between the years 1000 and 9999; otherwise
 * InvalidInput at `path` ("`2025-02-29` is not a date: 2025-02 has 28 days").
 */
export function checkDate(text: string, path = "date"): string {
  const reject = (why: string) => new InvalidInput([{ path, message: `"${text}" ${why}` }]);
  if (!DATE_PATTERN.test(text) || text < "1000") {
    throw reject("is not a date: use YYYY-MM-DD, e.g. 2025-01-15");
  }
  const { year, month, day } = partsOf(text);
  if (month < 1 || month > 12) throw reject("is not a date: months run from 01 to 12");
  if (day < 1 || day > daysInMonth(year, month)) {
    throw reject(
      `is not a date: ${dateOf(year, month, 1).slice(0, 7)} has ${daysInMonth(year, month)} days`,
    );
  }
  return text;
}

/** The date `YYYY-MM-DD` of a year, month (1–12) and day. */
export function dateOf(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (negative before it). */
function dayNumber(date: string): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function dateOfDayNumber(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** How many days `to` is after `from`: 0 for the same date, negative when `to` is earlier. */
export function daysFrom(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The ISO day of the week: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const sundayIsZero = new Date(dayNumber(date) * MS_PER_DAY).getUTCDay();
  return sundayIsZero === 0 ? 7 : sundayIsZero;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 28–31. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The same day `months` later; a day the target month lacks becomes its last day
 * (2024-01-31 plus one month is 2024-02-29).
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = partsOf(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = (monthIndex % 12) + 1;
  return dateOf(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** The earlier of two dates. */
export function earlierOf(a: string, b: string): string {
  return a <= b ? a : b;
}
