// The scorecard tables as Kysely sees them (migration 2026-11-23-03-scorecards.ts). Decimal
// columns come back as exact strings on both engines; they go in as strings too.

/** An exact decimal as text, e.g. `"24000000.0000000000"`. */
export type DecimalText = string;

export interface ScorecardTable {
  organisation_id: string;
  id: string;
  key: string;
  name_en: string;
  name_da: string | null;
  missing_data: "skip" | "zero";
  cap: DecimalText | null;
  green_threshold: DecimalText | null;
  amber_threshold: DecimalText | null;
  roll_up_green_threshold: DecimalText | null;
  roll_up_amber_threshold: DecimalText | null;
  updated_at: string;
}

export interface ScorecardPerspectiveTable {
  organisation_id: string;
  scorecard_id: string;
  key: string;
  position: number;
  name_en: string | null;
  name_da: string | null;
  weight: DecimalText | null;
}

export interface ScorecardObjectiveTable {
  organisation_id: string;
  scorecard_id: string;
  key: string;
  perspective_key: string;
  position: number;
  name_en: string;
  name_da: string | null;
  description_en: string | null;
  description_da: string | null;
  owner: string | null;
  weight: DecimalText | null;
}

export interface ScorecardKpiTable {
  organisation_id: string;
  scorecard_id: string;
  objective_key: string;
  kpi_key: string;
  position: number;
  polarity: string | null;
  method: string | null;
  baseline: DecimalText | null;
  range_low: DecimalText | null;
  range_high: DecimalText | null;
  tolerance: DecimalText | null;
  bands: string | null;
  cap: DecimalText | null;
  green_threshold: DecimalText | null;
  amber_threshold: DecimalText | null;
  weight: DecimalText | null;
  target: DecimalText | null;
  phasing: string | null;
}

export interface ScorecardTargetTable {
  organisation_id: string;
  scorecard_id: string;
  objective_key: string;
  kpi_key: string;
  period: string;
  position: number;
  value: DecimalText;
}

export interface ScorecardLinkTable {
  organisation_id: string;
  scorecard_id: string;
  from_objective: string;
  to_objective: string;
  position: number;
}

export interface CustomKpiTable {
  organisation_id: string;
  key: string;
  name_en: string;
  name_da: string | null;
  unit: string;
  polarity: string;
  kind: "flow" | "level";
  source: "manual" | "expression";
  expression: string | null;
  updated_at: string;
}

export interface ManualValueTable {
  organisation_id: string;
  kpi_key: string;
  period: string;
  value: DecimalText;
  entered_via: "file" | "cli" | "api";
  entered_at: string;
}
