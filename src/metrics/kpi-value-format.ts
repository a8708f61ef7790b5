// KPI values as people read them, in the organisation's language: `82.191 kr.` and `2,6 %`
// in Danish, `DKK 82,191` and `2.6%` in English. JSON output never goes through here.

import type { Unit } from "./model.ts";

export type Language = "en" | "da";

/** The Intl locale of an organisation's language. */
export function localeOf(language: Language): string {
  return language === "da" ? "da-DK" : "en-GB";
}

const suffixes: Record<"days" | "hours", Record<Language, string>> = {
  days: { en: "days", da: "dage" },
  hours: { en: "h", da: "t" },
};

/** `null` (no value) is shown as an en dash, never as 0. */
export function formatKpiValue(
  value: number | null,
  unit: Unit,
  language: Language,
  currency: string,
): string {
  if (value === null) return "–";
  const locale = localeOf(language);
  const number = (options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale, options).format(value);
  switch (unit) {
    case "currency":
      // Cents matter for a CPC of 5.06, not for a spend of 82,191.
      return number({
        style: "currency",
        currency,
        maximumFractionDigits: Math.abs(value) < 100 ? 2 : 0,
        minimumFractionDigits: Math.abs(value) < 100 ? 2 : 0,
      });
    case "percent":
      return number({ style: "percent", maximumFractionDigits: 1, minimumFractionDigits: 1 });
    case "ratio":
      return number({ maximumFractionDigits: 2, minimumFractionDigits: 2 });
    case "count":
      return number({ maximumFractionDigits: 0 });
    case "points":
      return number({ maximumFractionDigits: 1 });
    case "days":
    case "hours":
      return `${number({ maximumFractionDigits: 1 })} ${suffixes[unit][language]}`;
  }
}

/** A plain number in the language, e.g. impressions in a campaign table. */
export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  return new Intl.NumberFormat(localeOf(language), {
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
