// "Why is this amber?" in the user's language, phrased from the structured explanation the
// API sends with every score (scoring.md, "Explanation"), with the KPI's own number format:
// "amber: 3.20 is 80% of the target 4.00; amber from 80%".

import type { RollUpExplanation } from "../../src/domain/roll-up.ts";
import type { KpiExplanation } from "../../src/domain/scoring.ts";
import type { Unit } from "../api/types.ts";
import { formatNumber, formatProgress, formatScore, formatValue } from "./format.ts";
import type { Language, Translate } from "./language.tsx";

interface Wording {
  t: Translate;
  language: Language;
  currency: string;
}

/** The reason for a KPI's score, one sentence. */
export function kpiReason(e: KpiExplanation, unit: Unit | string, w: Wording): string {
  const { t, language } = w;
  const value = (v: number) => formatValue(v, unit, language, w.currency);
  const status = t(`reason.status.${e.status}`);
  const finding = kpiFinding(e, value, w);
  if (e.status === "no_data" || e.progress === null) return `${status}: ${finding}`;
  const level = e.status === "green" ? "green" : "amber";
  const threshold = t(`reason.threshold.${level}`, {
    value: formatProgress(e.thresholds[level], language),
  });
  const credited =
    e.progress > e.cap ? t("reason.credited", { cap: formatProgress(e.cap, language) }) : "";
  return `${status}: ${finding}; ${threshold}${credited}`;
}

function kpiFinding(e: KpiExplanation, value: (v: number) => string, w: Wording): string {
  const { t, language } = w;
  if (e.actual === null) return t("reason.noActual");
  const progress = e.progress === null ? "–" : formatProgress(e.progress, language);
  const actual = value(e.actual);
  if (e.method === "range") {
    const [low, high] = e.range;
    const range = { low: value(low), high: value(high) };
    if (e.actual >= low && e.actual <= high) return t("reason.insideRange", { actual, ...range });
    const below = e.actual < low;
    return t(below ? "reason.belowRange" : "reason.aboveRange", {
      actual,
      ...range,
      distance: value(below ? low - e.actual : e.actual - high),
      tolerance: value(e.tolerance),
      progress,
    });
  }
  if (e.method === "bands") {
    return t("reason.band", { actual, band: t(`reason.status.${e.status}`), progress });
  }
  if (e.target === null) return t("reason.noTarget");
  const target = value(e.target);
  if (e.method === "linear") {
    const baseline = value(e.baseline);
    if (e.rule === "target_cannot_score") return t("reason.targetIsBaseline", { target, baseline });
    return t("reason.linear", { actual, progress, baseline, target });
  }
  if (e.rule === "target_cannot_score") return t("reason.cannotScore", { target });
  if (e.rule === "zero_actual_meets_target") return t("reason.zeroMeetsTarget", { target });
  if (e.polarity === "lower") return t("reason.ratioLower", { actual, progress, target });
  return t("reason.ratio", { actual, progress, target });
}

/** The reason for an objective's, perspective's or scorecard's score. */
export function rollUpReason(e: RollUpExplanation, w: Wording): string {
  const { t, language } = w;
  const status = t(`reason.status.${e.status}`);
  const total = e.children.length;
  const scored = e.children.filter((child) => child.treatment === "scored").length;
  if (e.score === null) return `${status}: ${t("reason.rollUpNoData")}`;
  const without = total - scored;
  const mean =
    total === 1 && without === 0
      ? t("reason.rollUpOne")
      : without === 0
        ? t("reason.rollUpAll", { count: total })
        : e.missingData === "zero"
          ? t("reason.rollUpZero", { count: total, without })
          : t("reason.rollUpSkip", { scored, count: total, without });
  const level = e.status === "green" ? "green" : "amber";
  const threshold = t(`reason.threshold.${level}`, {
    value: formatNumber(e.thresholds[level], language),
  });
  return `${status}: ${formatScore(e.score, language)} ${mean}; ${threshold}`;
}
