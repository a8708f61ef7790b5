// ISO 8601 weeks: a week starts on Monday and belongs to the year its Thursday falls in,
// so 2021-01-01 (a Friday) is in 2020-W53 and 2025-12-29 (a Monday) is in 2026-W01. A
// week key carries that week-year, which is not always the calendar year of its days.

import { addDays, dateOf, daysFrom, isoWeekday, partsOf } from "./calendar-date.ts";

/** An ISO week: its week-year and number (1–53). */
export interface IsoWeek {
  weekYear: number;
  week: number;
}

/** The Thursday of the ISO week a date is in: it decides the week's year (and, here, month). */
export function thursdayOfWeek(date: string): string {
  return addDays(date, 4 - isoWeekday(date));
}

/** The Monday of the ISO week a date is in. */
export function mondayOfWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The ISO week a date is in. */
export function isoWeekOf(date: string): IsoWeek {
  const thursday = thursdayOfWeek(date);
  const weekYear = partsOf(thursday).year;
  const firstThursday = thursdayOfWeek(dateOf(weekYear, 1, 4)); // 4 January is always in W01
  return { weekYear, week: daysFrom(firstThursday, thursday) / 7 + 1 };
}

/** The Monday of week `week` of ISO week-year `weekYear`. */
export function mondayOfIsoWeek(weekYear: number, week: number): string {
  return addDays(mondayOfWeek(dateOf(weekYear, 1, 4)), (week - 1) * 7);
}

/** 52 or 53: a week-year has 53 weeks when 28 December (always in its last week) is in W53. */
export function weeksInWeekYear(weekYear: number): number {
  return isoWeekOf(dateOf(weekYear, 12, 28)).week;
}
