import type { Generated } from "kysely";
import type * as scorecards from "./scorecard-tables.ts";

/** The tables Fourfold stores, as Kysely sees them. Money and rates are exact decimal strings. */
export interface Database {
  organisation: OrganisationTable;
  import_batch: ImportBatchTable;
  import_mapping: ImportMappingTable;
  scorecard: scorecards.ScorecardTable;
  scorecard_perspective: scorecards.ScorecardPerspectiveTable;
  scorecard_objective: scorecards.ScorecardObjectiveTable;
  scorecard_kpi: scorecards.ScorecardKpiTable;
  scorecard_target: scorecards.ScorecardTargetTable;
  scorecard_link: scorecards.ScorecardLinkTable;
  custom_kpi: scorecards.CustomKpiTable;
  manual_value: scorecards.ManualValueTable;
  scorecard_version: ScorecardVersionTable;
}

/** A number every change of the scorecard `scorecard_key` raises (its ETag in the API). */
export interface ScorecardVersionTable {
  organisation_id: string;
  scorecard_key: string;
  version: number;
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

export interface ImportBatchTable {
  id: string;
  organisation_id: string;
  invocation_id: string;
  file_name: string;
  size_bytes: number;
  sha256: string;
  source: string;
  format: string;
  rows_read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  imported_at: string;
  undone_at: string | null;
}

export interface ImportMappingTable {
  organisation_id: string;
  name: string;
  definition: string;
  saved_at: string;
}
