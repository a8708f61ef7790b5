// The date forms of exports that do not write ISO dates: GA4's `20250103`, and the US
// month-first `3/5/2025` of LinkedIn and Meta Business Suite. Each returns the ISO date
// `YYYY-MM-DD`, or what is wrong with the text, checked as strictly as dates.ts does.

import { dateProblem } from "./dates.ts";

export type DateReading = { ok: true; date: string } | { ok: false; problem: string };

const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const MONTH_FIRST_WITH_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{2}):(\d{2})(?::(\d{2}))?$/;

function checked(iso: string, form: string): DateReading {
  const problem = dateProblem(iso);
  if (problem === undefined) return { ok: true, date: iso };
  // A shape that matched but names no real day (2025-02-30) says why; else name the form.
  return { ok: false, problem: problem.startsWith("is not a date:") ? problem : form };
}

const COMPACT_FORM = "is not a date in the form YYYYMMDD (e.g. 20250131)";

/** GA4's `Date`/`Dato`: `20250103`. */
export function compactDate(text: string): DateReading {
  const match = COMPACT.exec(text);
  if (!match) return { ok: false, problem: COMPACT_FORM };
  return checked(`${match[1]}-${match[2]}-${match[3]}`, COMPACT_FORM);
}

const US_FORM = "is not a date in the US form M/D/YYYY, month first (e.g. 1/31/2025)";

function isoOf(month: string, day: string, year: string): string {
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** LinkedIn's `Start Date (in UTC)`: `3/5/2025` is 5 March 2025. */
export function monthFirstDate(text: string): DateReading {
  const match = MONTH_FIRST.exec(text);
  if (!match) return { ok: false, problem: US_FORM };
  return checked(isoOf(match[1]!, match[2]!, match[3]!), US_FORM);
}

const US_TIME_FORM =
  "is not a date and time in the US form MM/DD/YYYY HH:MM:SS, month first (e.g. 01/31/2025 14:05:00)";

/** Meta Business Suite's `Posted`: `01/03/2025 14:05:00`, local time; its date part. */
export function monthFirstDateOfTime(text: string): DateReading {
  const match = MONTH_FIRST_WITH_TIME.exec(text);
  if (!match || Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6] ?? 0) > 59)
    return { ok: false, problem: US_TIME_FORM };
  return checked(isoOf(match[1]!, match[2]!, match[3]!), US_TIME_FORM);
}
