// The one-sentence English reason of an explanation (scoring.md, "Explanation"). The web app
// may phrase its own from the structured fields (`rule`, `status`, the numbers); this is
// the wording for the CLI, the API and the logs.

import type { RollUpExplanation } from "./roll-up.ts";
import type { Interval, KpiExplanation, Thresholds } from "./scoring.ts";

// One formatter per precision: toLocaleString builds a new one on every call, which made
// formatting the reasons a good part of evaluating a scorecard.
const formatters = new Map<number, Intl.NumberFormat>();

/** `24,000,000`, `3.2`, `-0.05`: at most 4 decimals. */
function formatNumber(value: number, decimals = 4): string {
  let format = formatters.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals });
    formatters.set(decimals, format);
  }
  return format.format(value);
}

/** Progress as a percentage: 0.8 → `80%`. */
function formatPercent(progress: number): string {
  return `${formatNumber(progress * 100, 2)}%`;
}

function formatInterval([low, high]: Interval): string {
  return `${formatNumber(low)} to ${formatNumber(high)}`;
}

/** The reason for a KPI's score: "amber: 3.2 is 80% of the target 4; amber from 80%". */
export function kpiReason(e: KpiExplanation): string {
  const finding = kpiFinding(e);
  if (e.status === "no_data" || e.progress === null) return `no data: ${finding}`;
  const credited = e.progress > e.cap ? `; credited up to ${formatPercent(e.cap)}` : "";
  return `${e.status}: ${finding}; ${thresholdPhrase(e.status, e.thresholds, "%")}${credited}`;
}

/** What was found, in the words of the KPI's method. */
function kpiFinding(e: KpiExplanation): string {
  if (e.actual === null) return "there is no actual for this period";
  const progress = formatPercent(e.progress ?? Number.NaN);
  switch (e.method) {
    case "range":
      return rangeFinding(e.actual, e.range, e.tolerance, progress);
    case "bands":
      return `${formatNumber(e.actual)} is in the ${e.status} band (${bandLimit(e)}), which scores ${progress}`;
  }
  if (e.target === null) return "there is no target for this period";
  const [a, t] = [formatNumber(e.actual), formatNumber(e.target)];
  if (e.method === "linear") {
    const b = formatNumber(e.baseline);
    if (e.rule === "target_cannot_score") {
      return `the target ${t} equals the baseline ${b}, so there is no way to go`;
    }
    return `${a} has come ${progress} of the way from the baseline ${b} to the target ${t}`;
  }
  switch (e.rule) {
    case "target_cannot_score":
      return `a ratio KPI cannot be scored against the target ${t}; it needs a target ${e.polarity === "lower" ? "at least 0" : "above 0"}`;
    case "zero_actual_meets_target":
      return `an actual of 0 meets the target ${t} (lower is better)`;
    default:
      if (e.polarity === "lower") return `the target ${t} is ${progress} of ${a} (lower is better)`;
      return `${a} is ${progress} of the target ${t}`;
  }
}

function rangeFinding(
  actual: number,
  range: Interval,
  tolerance: number,
  progress: string,
): string {
  const [a, inRange] = [formatNumber(actual), `the range ${formatInterval(range)}`];
  const [low, high] = range;
  if (actual >= low && actual <= high) return `${a} is inside ${inRange}`;
  const [distance, side] = actual < low ? [low - actual, "below"] : [actual - high, "above"];
  const tol = formatNumber(tolerance);
  return `${a} is ${formatNumber(distance)} ${side} ${inRange}, which with tolerance ${tol} leaves ${progress}`;
}

/** The band's limit as the user set it: "from 30", "up to 6", "-0.1 to 0.1". */
function bandLimit(e: KpiExplanation & { method: "bands" }): string {
  const limit = e.status === "green" ? e.bands.green : e.bands.amber;
  if (typeof limit !== "number") {
    return e.status === "red" ? `outside ${formatInterval(limit)}` : formatInterval(limit);
  }
  const lower = e.polarity === "lower";
  if (e.status === "red") return `${lower ? "above" : "below"} ${formatNumber(limit)}`;
  return `${lower ? "up to" : "from"} ${formatNumber(limit)}`;
}

/** "green from 100%" for a green status, else where amber starts: "amber from 80%". */
function thresholdPhrase(status: string, thresholds: Thresholds, unit: "%" | "points"): string {
  const level = status === "green" ? "green" : "amber";
  const value = thresholds[level];
  return `${level} from ${unit === "%" ? formatPercent(value) : formatNumber(value)}`;
}

/** The reason for a roll-up: "amber: 86.67 is the weighted mean of 2 of 3 children …". */
export function rollUpReason(e: RollUpExplanation): string {
  const total = e.children.length;
  const withData = e.children.filter((child) => child.treatment === "scored").length;
  const without = total - withData;
  if (e.score === null) {
    if (total === 0) return "no data: there is nothing to roll up";
    if (withData === 0 && total === 1) return "no data: its only child has no data";
    if (withData === 0) return `no data: none of its ${total} children has data`;
    return "no data: the children with data all have weight 0";
  }
  const children = total === 1 ? "1 child" : `${total} children`;
  let which = `the weighted mean of ${children}`;
  if (without > 0 && e.missingData === "zero") {
    which = `the weighted mean of ${children}, ${without} without data counted as 0`;
  } else if (without > 0) {
    which = `the weighted mean of ${withData} of ${children}, ${without} without data left out`;
  }
  const threshold = thresholdPhrase(e.status, e.thresholds, "points");
  return `${e.status}: ${formatNumber(e.score, 2)} is ${which}; ${threshold}`;
}
