// The API's answers as the web app reads them (the contract of issue 6). The evaluated
// scorecard is the domain's own type: the server sends it as it is.

import type { Wording } from "../../src/domain/scorecard.ts";
import type {
  KpiNode,
  RollUpNode,
  ScorecardEvaluation,
  ScorecardNode,
  TrendPoint,
} from "../../src/domain/scorecard-evaluation.ts";
import type { Polarity, Status } from "../../src/domain/scoring.ts";
import type { Unit } from "../../src/metrics/model.ts";

export type {
  KpiNode,
  Polarity,
  RollUpNode,
  ScorecardEvaluation,
  ScorecardNode,
  Status,
  Unit,
  Wording,
};

/** A trend point; the API may add the period's actual to a KPI's points. */
export type TrendPointWithActual = TrendPoint & { actual?: number | null; target?: number | null };

export type PerspectiveKey = "financial" | "customer" | "internal" | "learning";

export interface Organisation {
  id: string;
  name: string;
  time_zone: string;
  currency: string;
  fiscal_year_start_month: number;
  locale: "en" | "da";
}

/** All null while no import holds data. */
export interface DataRange {
  firstDay: string | null;
  lastDay: string | null;
  latest: { month: string | null; quarter: string | null; year: string | null };
}

/** How far Fourfold is set up (GET /api/status). */
export interface FourfoldStatus {
  organisation: { name: string; locale: "en" | "da" } | null;
  scorecards: number;
  lastDayWithData: string | null;
}

export interface ScorecardSummary {
  key: string;
  name: { en: string; da: string };
}

/** The scorecard file's shape (shared/spec/scorecard-file.md), as far as the app reads it. */
export interface ScorecardDefinition {
  scorecard: { key: string; name: Wording };
  perspectives: {
    key: PerspectiveKey;
    name?: Wording;
    objectives: {
      key: string;
      name: Wording;
      owner?: string;
      kpis: { kpi: string; target?: number }[];
    }[];
  }[];
  /** Left out of the file when there are none. */
  links?: { from: string; to: string }[];
}

export type BreakdownDimension = "campaign" | "platform" | "original_source" | (string & {});

export interface KpiInfo {
  key: string;
  name: { en: string; da: string };
  /** Empty for the organisation's own KPIs. */
  description: { en: string; da: string };
  unit: Unit;
  polarity: Polarity;
  kind: "flow" | "level";
  perspective: PerspectiveKey | null;
  expression: string | null;
  source: "library" | "custom" | "manual";
  breakdowns: BreakdownDimension[];
}

export interface KpiValues {
  kpi: string;
  grain: string;
  values: Record<string, number | null>;
}

export interface KpiBreakdownValues {
  kpi: string;
  grain: string;
  breakdown: string;
  values: Record<string, Record<string, number | null>>;
}

export interface KpiPlacement {
  scorecard: { key: string; name: Wording };
  objective: { key: string; name: Wording };
  perspective: PerspectiveKey;
}

export type AdPlatform = "google_ads" | "meta_ads" | "linkedin_ads";

export interface Campaign {
  campaign: string;
  platform: AdPlatform;
  spend: number;
  revenue: number;
  roas: number | null;
  impressions: number;
  clicks: number;
  conversions: number;
  ctr: number | null;
  cpc: number | null;
  cpa: number | null;
  conversion_rate: number | null;
  first_day: string;
  last_day: string;
  trend: { period: string; spend: number; revenue: number; roas: number | null }[];
}
