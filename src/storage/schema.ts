import type { Generated } from "kysely";

/** The tables Fourfold stores, as Kysely sees them. Money and rates are exact decimal strings. */
export interface Database {
  organisation: OrganisationTable;
}

export interface OrganisationTable {
  id: string;
  name: string;
  /** IANA name, e.g. `Europe/Copenhagen`: every period is computed from local dates in it. */
  time_zone: string;
  /** ISO 4217 code, e.g. `DKK`. */
  currency: string;
  /** 1 = January: the calendar year. */
  fiscal_year_start_month: number;
  locale: "en" | "da";
  created_at: Generated<string>;
  updated_at: Generated<string>;
}
