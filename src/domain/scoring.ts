// A KPI's score in a period, exactly as scoring.md ("KPI progress") defines it: progress `p`
// by the KPI's method, score = 100 · clamp(p, 0, cap), status from p and the thresholds.
// Every score carries the explanation it was computed from ("Explanation").

import { kpiReason } from "./reasons.ts";

export type Polarity = "higher" | "lower" | "range";
export type ScoringMethod = "linear" | "ratio" | "range" | "bands";
export type Status = "green" | "amber" | "red" | "no_data";

/** Progress thresholds: green when `p ≥ green`, amber when `p ≥ amber`, red below. */
export interface Thresholds {
  green: number;
  amber: number;
}

/** scoring.md, "KPI progress": green when the target is met, amber from 80 %. */
export const defaultKpiThresholds: Thresholds = { green: 1, amber: 0.8 };

/** scoring.md: over-achievement is not credited unless a KPI or scorecard raises the cap. */
export const defaultCap = 1;

/** A closed interval `[low, high]` in the KPI's unit. */
export type Interval = readonly [number, number];

/**
 * The user's own thresholds on the actual value, in the KPI's unit (the `bands` method).
 * Higher is better: green from `green`, amber from `amber`. Lower is better: green up to
 * `green`, amber up to `amber`. Range: green inside the `green` interval, amber inside the
 * `amber` interval (which contains it).
 */
export type Bands = { green: number; amber: number } | { green: Interval; amber: Interval };

/** How a KPI is scored: its polarity, method and the values the method needs. */
export interface KpiScoring {
  polarity: Polarity;
  /** When absent, see `scoringMethodOf`. */
  method?: ScoringMethod | undefined;
  baseline?: number | null | undefined;
  range?: Interval | null | undefined;
  tolerance?: number | null | undefined;
  bands?: Bands | null | undefined;
  cap?: number | undefined;
  thresholds?: Thresholds | undefined;
}

/** Which case of the rules decided the score, for an app to phrase the reason itself. */
export type ScoreRule =
  | "no_actual"
  | "no_target"
  | "target_cannot_score"
  | "progress"
  | "zero_actual_meets_target"
  | "inside_range"
  | "below_range"
  | "above_range"
  | "band";

/** The inputs of the method a KPI was scored by. */
export type MethodInputs =
  | { method: "ratio" }
  | { method: "linear"; baseline: number }
  | { method: "range"; range: Interval; tolerance: number }
  | { method: "bands"; bands: Bands };

/** Everything a score was computed from: "why is this amber?" is answered from it alone. */
export type KpiExplanation = MethodInputs & {
  polarity: Polarity;
  actual: number | null;
  target: number | null;
  progress: number | null;
  cap: number;
  thresholds: Thresholds;
  score: number | null;
  status: Status;
  rule: ScoreRule;
  /** One English sentence, e.g. "amber: 3.2 is 80% of the target 4; amber from 80%". */
  reason: string;
};

export interface KpiScore {
  score: number | null;
  status: Status;
  progress: number | null;
  explanation: KpiExplanation;
}

/**
 * The method a KPI is scored by: the one it names, else bands when it has bands, range when
 * its polarity is range, linear when it has a baseline and ratio when it has none (scoring.md:
 * ratio is "the default when none is set").
 */
export function scoringMethodOf(scoring: KpiScoring): ScoringMethod {
  if (scoring.method) return scoring.method;
  if (scoring.bands) return "bands";
  if (scoring.polarity === "range") return "range";
  return scoring.baseline == null ? "ratio" : "linear";
}

/**
 * Progress is rounded to 9 decimal places before it is compared with thresholds or turned
 * into a score. Float noise lives below that (3.2 / 4 = 0.8000000000000002, and a sum can
 * come out 0.7999999999999999), so the rounding keeps such cases on the status the
 * arithmetic means, and a reviewer redoing the sum by hand gets the same status.
 */
export function roundProgress(progress: number): number {
  return Math.round(progress * 1e9) / 1e9 + 0; // + 0 turns -0 into 0
}

/** A score is 100 · progress, so 7 decimals keep exactly the precision progress has. */
export function roundScore(score: number): number {
  return Math.round(score * 1e7) / 1e7 + 0;
}

/** The score and status of a KPI with `actual` and `target` in a period (scoring.md). */
export function scoreKpi(input: {
  actual: number | null;
  target: number | null;
  scoring: KpiScoring;
}): KpiScore {
  const { actual, target, scoring } = input;
  const inputs = methodInputs(scoringMethodOf(scoring), scoring);
  const cap = scoring.cap ?? defaultCap;
  const thresholds = scoring.thresholds ?? defaultKpiThresholds;
  const measured = measureProgress(inputs, actual, target, scoring, thresholds);
  const progress = measured.progress === null ? null : roundProgress(measured.progress);
  const status = measured.band ?? (progress === null ? "no_data" : statusOf(progress, thresholds));
  const score = progress === null ? null : roundScore(100 * clamp(progress, 0, cap));
  const explanation: KpiExplanation = {
    ...inputs,
    polarity: scoring.polarity,
    actual,
    target,
    progress,
    cap,
    thresholds,
    score,
    status,
    rule: measured.rule,
    reason: "",
  };
  explanation.reason = kpiReason(explanation);
  return { score, status, progress, explanation };
}

function statusOf(progress: number, thresholds: Thresholds): Status {
  if (progress >= thresholds.green) return "green";
  return progress >= thresholds.amber ? "amber" : "red";
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

function methodInputs(method: ScoringMethod, scoring: KpiScoring): MethodInputs {
  switch (method) {
    case "ratio":
      return { method };
    case "linear":
      return { method, baseline: required(scoring.baseline, "baseline") };
    case "range":
      return {
        method,
        range: required(scoring.range, "range"),
        tolerance: required(scoring.tolerance, "tolerance"),
      };
    case "bands":
      return { method, bands: required(scoring.bands, "bands") };
  }
}

interface Measured {
  progress: number | null;
  rule: ScoreRule;
  /** Bands give the status directly. */
  band?: Status;
}

function measureProgress(
  inputs: MethodInputs,
  actual: number | null,
  target: number | null,
  scoring: KpiScoring,
  thresholds: Thresholds,
): Measured {
  if (actual === null) return { progress: null, rule: "no_actual" };
  if (inputs.method === "range") return rangeProgress(actual, inputs.range, inputs.tolerance);
  if (inputs.method === "bands") {
    return bandProgress(actual, inputs.bands, scoring.polarity, thresholds);
  }
  if (target === null) return { progress: null, rule: "no_target" };
  if (inputs.method === "linear") return linearProgress(actual, target, inputs.baseline);
  return ratioProgress(actual, target, scoring.polarity);
}

/** `(a − b) / (t − b)`: `t − b` carries the sign, so one formula serves both polarities. */
function linearProgress(actual: number, target: number, baseline: number): Measured {
  // Definitions with t = b are rejected when saved; a phased target can still land on b.
  if (target === baseline) return { progress: null, rule: "target_cannot_score" };
  return { progress: (actual - baseline) / (target - baseline), rule: "progress" };
}

/** Higher: `a / t`. Lower: `t / a`, and `p = 1` when `a = 0` and `t ≥ 0`. */
function ratioProgress(actual: number, target: number, polarity: Polarity): Measured {
  if (polarity === "lower") {
    if (target < 0) return { progress: null, rule: "target_cannot_score" };
    if (actual === 0) return { progress: 1, rule: "zero_actual_meets_target" };
    return { progress: target / actual, rule: "progress" };
  }
  if (target <= 0) return { progress: null, rule: "target_cannot_score" };
  return { progress: actual / target, rule: "progress" };
}

/** 1 inside `[lo, hi]`, falling linearly to 0 at `tol` outside either end. */
function rangeProgress(actual: number, [low, high]: Interval, tolerance: number): Measured {
  if (actual < low) {
    return { progress: Math.max(0, 1 - (low - actual) / tolerance), rule: "below_range" };
  }
  if (actual > high) {
    return { progress: Math.max(0, 1 - (actual - high) / tolerance), rule: "above_range" };
  }
  return { progress: 1, rule: "inside_range" };
}

/**
 * scoring.md: "the user's ordered thresholds give the status directly; the score is the
 * band's progress value (red 0.5·amber, amber threshold, green 1)". Read as: the green band
 * scores progress 1, the amber band the amber progress threshold (0.8 by default, so 80)
 * and the red band half of it (0.4, so 40): with the default thresholds, progress values
 * that the ordinary rule would also call green, amber and red. The bands include their
 * limits: with green from 40, an NPS of exactly 40 is green.
 */
function bandProgress(
  actual: number,
  bands: Bands,
  polarity: Polarity,
  thresholds: Thresholds,
): Measured {
  const band = bandOf(actual, bands, polarity);
  const progress = { green: 1, amber: thresholds.amber, red: 0.5 * thresholds.amber }[band];
  return { progress, rule: "band", band };
}

function bandOf(actual: number, bands: Bands, polarity: Polarity): "green" | "amber" | "red" {
  const within = (limit: number | Interval): boolean => {
    if (typeof limit !== "number") return actual >= limit[0] && actual <= limit[1];
    return polarity === "lower" ? actual <= limit : actual >= limit;
  };
  if (within(bands.green)) return "green";
  return within(bands.amber) ? "amber" : "red";
}

function required<T>(value: T | null | undefined, field: string): T {
  // kpi-definition.ts rejects such definitions when they are saved: reaching here is a bug.
  if (value === null || value === undefined) throw new Error(`KPI scoring lacks ${field}`);
  return value;
}
