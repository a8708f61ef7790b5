import { InvalidInput } from "./errors.ts";
import { isKnownTimeZone } from "./time-zone.ts";

/** An organisation's settings: every period and amount is read through them. */
export interface OrganisationSettings {
  name: string;
  /** IANA name, e.g. `Europe/Copenhagen`. */
  time_zone: string;
  /** ISO 4217 code, e.g. `DKK`. */
  currency: string;
  /** 1 = January (the calendar year) … 12 = December. */
  fiscal_year_start_month: number;
  locale: "en" | "da";
}

export interface OrganisationSettingsInput {
  name?: string | boolean | undefined;
  timeZone?: string | boolean | undefined;
  currency?: string | boolean | undefined;
  /** A month number 1–12 or an English or Danish month name (`july`, `juli`, `jul`). */
  fiscalYearStart?: string | boolean | undefined;
  locale?: string | boolean | undefined;
}

const monthNames = [
  ["january", "januar"],
  ["february", "februar"],
  ["march", "marts"],
  ["april"],
  ["may", "maj"],
  ["june", "juni"],
  ["july", "juli"],
  ["august"],
  ["september"],
  ["october", "oktober"],
  ["november"],
  ["december"],
];

const knownCurrencies = new Set(Intl.supportedValuesOf("currency"));

/**
 * Checks the settings `init` is given and says, for each bad one, what to write instead.
 * Every problem is reported at once, so the user fixes the command in one go.
 */
export function parseOrganisationSettings(input: OrganisationSettingsInput): OrganisationSettings {
  const issues: { path: string; message: string }[] = [];
  const text = (value: string | boolean | undefined) =>
    typeof value === "string" ? value.trim() : undefined;

  const name = text(input.name);
  if (!name)
    issues.push({ path: "name", message: 'is required, e.g. --name "Fjordline Cycling ApS"' });

  const timeZone = text(input.timeZone);
  if (!timeZone) {
    issues.push({
      path: "timezone",
      message: "is required: an IANA time zone such as Europe/Copenhagen",
    });
  } else if (!isKnownTimeZone(timeZone)) {
    issues.push({
      path: "timezone",
      message: `\`${timeZone}\` is not a time zone this system knows; use an IANA name such as Europe/Copenhagen`,
    });
  }

  const currency = text(input.currency)?.toUpperCase();
  if (!currency) {
    issues.push({ path: "currency", message: "is required: an ISO 4217 code such as DKK or EUR" });
  } else if (!knownCurrencies.has(currency)) {
    issues.push({
      path: "currency",
      message: `\`${text(input.currency)}\` is not an ISO 4217 currency code; use one such as DKK, EUR or USD`,
    });
  }

  const fiscalYearStart = text(input.fiscalYearStart) ?? "1";
  const month = monthOf(fiscalYearStart);
  if (month === undefined) {
    issues.push({
      path: "fiscal-year-start",
      message: `\`${fiscalYearStart}\` is not a month; use 1–12 or a month name such as july`,
    });
  }

  const locale = text(input.locale) ?? "en";
  if (locale !== "en" && locale !== "da") {
    issues.push({
      path: "locale",
      message: `\`${locale}\` is not a language Fourfold speaks; use en or da`,
    });
  }

  if (issues.length > 0 || !name || !timeZone || !currency || month === undefined) {
    throw new InvalidInput(issues);
  }
  return {
    name,
    time_zone: timeZone,
    currency,
    fiscal_year_start_month: month,
    locale: locale as "en" | "da",
  };
}

function monthOf(value: string): number | undefined {
  if (/^\d{1,2}$/.test(value)) {
    const month = Number(value);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  const lower = value.toLowerCase();
  const index = monthNames.findIndex((names) =>
    names.some((name) => name === lower || (lower.length >= 3 && name.startsWith(lower))),
  );
  return index === -1 ? undefined : index + 1;
}
