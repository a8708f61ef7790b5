// Numbers, periods and dates as people read them in the app's language. KPI values use the
// same formatting as the command line (src/metrics/kpi-value-format.ts): `1.234.567 kr.`
// in Danish, `DKK 1,234,567` in English, `2,6 %` / `2.6%`, `31,5 dage` / `31.5 days`.

import { formatKpiValue, localeOf } from "../../src/metrics/kpi-value-format.ts";
import type { Unit } from "../api/types.ts";
import type { Language } from "./language.tsx";

export { localeOf };

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Intl formats are costly to create and the pages format hundreds of dates: keep them. */
function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = language + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: "UTC" });
    dateFormats.set(key, format);
  }
  return format;
}

export function formatValue(
  value: number | null | undefined,
  unit: Unit | string,
  language: Language,
  currency: string,
): string {
  return formatKpiValue(value ?? null, asUnit(unit), language, currency);
}

const units: readonly Unit[] = ["currency", "percent", "ratio", "count", "days", "hours", "points"];

/** A custom KPI may carry a unit the app does not know: it is shown as a plain number. */
function asUnit(unit: string): Unit {
  return (units as readonly string[]).includes(unit) ? (unit as Unit) : "points";
}

/** A score out of 100, `75` or `75,7`: one decimal only where it matters. */
export function formatScore(score: number | null | undefined, language: Language): string {
  if (score === null || score === undefined) return "–";
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 }).format(score);
}

export function formatNumber(value: number | null, language: Language, digits = 0): string {
  if (value === null) return "–";
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: digits }).format(value);
}

/** Progress as a percentage: 0.8 → `80 %` / `80%`. */
export function formatProgress(progress: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(progress);
}

/** A signed difference in the KPI's unit: `+DKK 12,000`, `−2.1%` (percentage points). */
export function formatChange(
  change: number,
  unit: Unit | string,
  language: Language,
  currency: string,
): string {
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  return `${sign}${formatValue(Math.abs(change), unit, language, currency)}`;
}

/** `October 2026` / `oktober 2026`, `Q4 2026` / `4. kvt. 2026`, `2026`, `FY2026`. */
export function formatPeriod(key: string, language: Language): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return dateFormat(language, { month: "long", year: "numeric" }).format(date);
  }
  const quarter = /^(FY)?(\d{4})-Q(\d)$/.exec(key);
  if (quarter) {
    const year = `${quarter[1] ?? ""}${quarter[2]}`;
    return language === "da" ? `${quarter[3]}. kvt. ${year}` : `Q${quarter[3]} ${year}`;
  }
  return key;
}

/** A short period label for chart axes: `okt. 26` / `Oct 26`. */
export function formatPeriodShort(key: string, language: Language): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (!month) return formatPeriod(key, language);
  const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  return dateFormat(language, { month: "short", year: "2-digit" }).format(date);
}

/** A day (`2026-10-31`) as `31 Oct 2026` / `31. okt. 2026`. */
export function formatDay(day: string, language: Language): string {
  const [year, month, date] = day.split("-").map(Number);
  return dateFormat(language, { day: "numeric", month: "short", year: "numeric" }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1)),
  );
}
