// The scorecard model (issue 5; scorecard-file.md): an organisation's scorecard has up to
// the four perspectives of the balanced scorecard, each with weighted objectives, each with
// the KPIs that measure it and their targets; links say which objective drives which.
// Optional fields are kept as the author wrote them (absent = the default), so a scorecard
// exported to a file reads like the file it came from.

import type { KpiDefinition } from "./kpi-definition.ts";
import type { KpiKind, Phasing } from "./phasing.ts";
import type { MissingData } from "./roll-up.ts";
import type { Polarity, Thresholds } from "./scoring.ts";

/** A name or description: one text for both languages, or one per language. */
export type Wording = string | { en: string; da: string };

/** The wording in `locale`; one text serves both languages. */
export function wordingIn(wording: Wording, locale: "en" | "da"): string {
  return typeof wording === "string" ? wording : wording[locale];
}

export type PerspectiveKey = "financial" | "customer" | "internal" | "learning";

export const perspectiveKeys: readonly PerspectiveKey[] = [
  "financial",
  "customer",
  "internal",
  "learning",
];

/** Kaplan & Norton's names, which a scorecard may rename. */
export const defaultPerspectiveNames: Readonly<Record<PerspectiveKey, Wording>> = {
  financial: { en: "Financial", da: "Økonomi" },
  customer: { en: "Customer", da: "Kunder" },
  internal: { en: "Internal processes", da: "Interne processer" },
  learning: { en: "Learning & growth", da: "Læring og vækst" },
};

/**
 * A KPI as one objective uses it: which KPI, how it is scored there (anything left out comes
 * from the KPI, e.g. its polarity, or from the scorecard, e.g. the cap), its targets and its
 * weight. `target` is the same in every period; `targets` are set by period and phased.
 */
export type ScorecardKpi = Omit<KpiDefinition, "polarity"> & {
  kpi: string;
  polarity?: Polarity | undefined;
  phasing?: Phasing | undefined;
};

export interface Objective {
  key: string;
  name: Wording;
  description?: Wording | undefined;
  owner?: string | undefined;
  weight?: number | undefined;
  kpis: ScorecardKpi[];
}

export interface Perspective {
  key: PerspectiveKey;
  /** Absent: the default name of `key`. */
  name?: Wording | undefined;
  weight?: number | undefined;
  objectives: Objective[];
}

/** Cause and effect: reaching `from` helps reach `to` (objective keys). */
export interface Link {
  from: string;
  to: string;
}

export interface Scorecard {
  key: string;
  name: Wording;
  /** Default `skip` (scoring.md, Roll-up). */
  missingData?: MissingData | undefined;
  /** The cap of every KPI that sets none. */
  cap?: number | undefined;
  /** KPI progress thresholds for every KPI that sets none (default green 1, amber 0.8). */
  thresholds?: Thresholds | undefined;
  /** Roll-up thresholds in score points (default green 90, amber 70). */
  rollUpThresholds?: Thresholds | undefined;
  perspectives: Perspective[];
  links: Link[];
}

/** Units a KPI's values are shown in; `percent` values are fractions (0.35 is 35 %). */
export type KpiUnit = "currency" | "percent" | "ratio" | "count" | "days" | "hours" | "points";

export const kpiUnits: readonly KpiUnit[] = [
  "currency",
  "percent",
  "ratio",
  "count",
  "days",
  "hours",
  "points",
];

/**
 * A KPI a scorecard file defines beyond the library. It belongs to the organisation, not to
 * one scorecard, so every scorecard that uses it shares its values. A `manual` KPI's values
 * are entered by hand; an `expression` KPI is computed from imports like a library KPI.
 */
export interface CustomKpi {
  key: string;
  name: Wording;
  unit: KpiUnit;
  polarity: Polarity;
  kind: KpiKind;
  source: "manual" | "expression";
  /** The formula in the metrics expression language; only for source `expression`. */
  expression?: string | undefined;
}

/** A value of a manual KPI for a period; null removes the value stored for it. */
export interface ManualValue {
  kpi: string;
  period: string;
  value: number | null;
}

/** Everything one scorecard file holds (scorecard-file.md). */
export interface ScorecardFile {
  scorecard: Scorecard;
  kpis: CustomKpi[];
  values: ManualValue[];
}

/** What a scorecard needs to know of any KPI, from the library or defined by a file. */
export interface KpiFacts {
  key: string;
  name?: Wording | undefined;
  unit: string;
  polarity: Polarity;
  kind: KpiKind;
  /** Where its values come from: computed from imports (library or expression), or by hand. */
  source: "library" | "expression" | "manual";
  expression?: string | undefined;
}

/** Every objective of a scorecard with its perspective, in order. */
export function objectivesOf(
  scorecard: Scorecard,
): { perspective: Perspective; objective: Objective }[] {
  return scorecard.perspectives.flatMap((perspective) =>
    perspective.objectives.map((objective) => ({ perspective, objective })),
  );
}

/** The distinct KPI keys a scorecard uses, in the order they first appear. */
export function kpiKeysOf(scorecard: Scorecard): string[] {
  const keys = objectivesOf(scorecard).flatMap(({ objective }) => objective.kpis.map((k) => k.kpi));
  return [...new Set(keys)];
}
