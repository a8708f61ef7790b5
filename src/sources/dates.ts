// Dates, months and timestamps as exports write them, checked strictly: `2025-02-30` is an
// error, never 2 March. Each check returns what is wrong (to follow the cell's value in a
// message), or undefined when the text is fine, so valid cells cost no allocation.

import { daysInMonth } from "../domain/calendar-date.ts";
import { monthName } from "../domain/fiscal-year.ts";
import { instantOf, localOf } from "./zone-offsets.ts";

const ZERO = 48;
/** Why a cell that is not shaped YYYY-MM-DD is not a date. */
export const DATE_FORM = "is not a date in the form YYYY-MM-DD (e.g. 2025-01-31)";
const DASH = 45;
const COLON = 58;

/** The number written by `length` digits at `start`, or -1 if any is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    // Past the end charCodeAt is NaN, which fails this test too.
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function yearMonthProblem(year: number, month: number, what: string): string | undefined {
  if (year < 1000) return `is not a ${what}: the year must have four digits, e.g. 2025`;
  if (month < 1 || month > 12) return `is not a ${what}: months run from 01 to 12`;
  return undefined;
}

/** What is wrong with `text` as a date `YYYY-MM-DD`, or undefined when it is a real date. */
export function dateProblem(text: string): string | undefined {
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const shaped = text.length === 10 && text.charCodeAt(4) === DASH && text.charCodeAt(7) === DASH;
  if (!shaped || year < 0 || month < 0 || day < 0) {
    return DATE_FORM;
  }
  const problem = yearMonthProblem(year, month, "date");
  if (problem !== undefined) return problem;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `is not a date: ${monthName(month)} ${year} has ${days} days`;
  return undefined;
}

/** What is wrong with `text` as a month `YYYY-MM`, or undefined when it is one. */
export function monthProblem(text: string): string | undefined {
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  if (text.length !== 7 || text.charCodeAt(4) !== DASH || year < 0 || month < 0) {
    return "is not a month in the form YYYY-MM (e.g. 2025-03)";
  }
  return yearMonthProblem(year, month, "month");
}

/** A moment as the organisation sees it: its local wall-clock time and date, and the instant. */
export interface Timestamp {
  /** Local date-time `YYYY-MM-DDTHH:MM:SS` in the organisation's time zone. */
  local: string;
  /** Local date `YYYY-MM-DD`: the day (and so the period) the moment belongs to. */
  date: string;
  /** The UTC instant, ISO 8601 (`2025-01-31T22:30:00.000Z`). */
  instant: string;
}

const TIMESTAMP_FORM =
  "is not a date and time in the form YYYY-MM-DD HH:MM (e.g. 2025-01-31 14:05), " +
  "or with a zone (e.g. 2025-01-31T13:05:00Z)";

/**
 * The moment `text` writes, or what is wrong with it. With a zone (`Z`, `+01:00`) it is an
 * instant, placed in `timeZone`; without one it is already local time in `timeZone`
 * (HubSpot writes `2025-01-01 14:49` in the portal's zone).
 */
export function readTimestamp(text: string, timeZone: string): Timestamp | string {
  const date = text.slice(0, 10);
  const problem = dateProblem(date);
  if (problem !== undefined) return problem === DATE_FORM ? TIMESTAMP_FORM : problem;
  const separator = text.charCodeAt(10);
  const time = separator === 32 || separator === 84 /* T */ ? timeOfDay(text) : undefined;
  if (time === undefined) return TIMESTAMP_FORM;
  const local = `${date}T${time.text}`;
  // Shopify writes a space before the offset: `2025-01-03 14:22:10 +0100`.
  const zone = zoneOf(text.slice(time.end).trimStart());
  if (zone === "") return { local, date, instant: instantOf(local, timeZone).toISOString() };
  const instant = new Date(`${local}${time.fraction}${zone}`);
  if (zone === undefined || Number.isNaN(instant.getTime())) return TIMESTAMP_FORM;
  const localThere = localOf(instant, timeZone);
  return { local: localThere, date: localThere.slice(0, 10), instant: instant.toISOString() };
}

/** `HH:MM[:SS[.fff]]` from position 11, as `HH:MM:SS`, and where it ends. */
function timeOfDay(text: string): { text: string; fraction: string; end: number } | undefined {
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  if (text.length < 16 || text.charCodeAt(13) !== COLON || hour < 0 || hour > 23) return undefined;
  if (minute < 0 || minute > 59) return undefined;
  if (text.charCodeAt(16) !== COLON)
    return { text: `${text.slice(11, 16)}:00`, fraction: "", end: 16 };
  const second = digitsAt(text, 17, 2);
  if (text.length < 19 || second < 0 || second > 59) return undefined;
  let end = 19;
  if (text.charCodeAt(19) === 46 /* . */) {
    end = 20;
    while (end < text.length && digitsAt(text, end, 1) >= 0) end++;
    if (end === 20) return undefined;
  }
  return { text: text.slice(11, 19), fraction: text.slice(19, end), end };
}

/** `Z`, `+01:00` or `-0500` as Date reads zones (`Z`, `±HH:MM`); "" for none; else undefined. */
function zoneOf(text: string): string | undefined {
  if (text === "" || text === "Z") return text;
  if (text === "z") return "Z";
  const sign = text.charCodeAt(0);
  const hours = digitsAt(text, 1, 2);
  if ((sign !== 43 && sign !== DASH) || hours < 0 || hours > 14) return undefined;
  const colon = text.length === 6 && text.charCodeAt(3) === COLON;
  const minutes = digitsAt(text, colon ? 4 : 3, 2);
  if ((!colon && text.length !== 5) || minutes < 0 || minutes > 59) return undefined;
  return `${text.slice(0, 3)}:${text.slice(colon ? 4 : 3)}`;
}
