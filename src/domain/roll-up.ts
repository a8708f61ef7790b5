// Rolling scores up (scoring.md, "Roll-up"): an objective's score is the weighted mean of its
// KPIs' scores, a perspective's of its objectives', a scorecard's of its perspectives'.

import { rollUpReason } from "./reasons.ts";
import { roundScore, type Status, type Thresholds } from "./scoring.ts";

/** What a roll-up does with a child that has no data: leave it out (`skip`) or count 0. */
export type MissingData = "skip" | "zero";

/** scoring.md: roll-up status green from 90, amber from 70, in score points. */
export const defaultRollUpThresholds: Thresholds = { green: 90, amber: 70 };

/** A KPI, objective or perspective as its parent sees it. Weight defaults to 1. */
export interface RollUpChild {
  key: string;
  score: number | null;
  weight?: number | undefined;
}

export interface RollUpOptions {
  /** Default `skip` (scoring.md); a scorecard may choose `zero`. */
  missingData?: MissingData | undefined;
  /** In score points; default green 90, amber 70. */
  thresholds?: Thresholds | undefined;
}

/** How a child entered its parent's score. */
export type ChildTreatment = "scored" | "left_out_no_data" | "counted_as_zero";

export interface RollUpChildExplanation {
  key: string;
  score: number | null;
  weight: number;
  treatment: ChildTreatment;
}

/** Everything a roll-up was computed from (scoring.md, "Explanation"). */
export interface RollUpExplanation {
  missingData: MissingData;
  thresholds: Thresholds;
  children: RollUpChildExplanation[];
  score: number | null;
  status: Status;
  /** One English sentence, e.g. "amber: 86.67 is the weighted mean of 2 of 3 children, …". */
  reason: string;
}

export interface RollUp {
  score: number | null;
  status: Status;
  explanation: RollUpExplanation;
}

/**
 * The weighted mean of the children's scores. Children with no data are left out and the
 * others' weights renormalised, or, with `missingData: "zero"`, counted as 0. A parent whose
 * children all lack data has no data in either mode: counting them all as 0 would paint
 * every period not yet reported red. Children with data whose weights are all 0 also leave
 * the parent without data. The mean uses the children's scores as given, so the sum can be
 * redone by hand from the explanation.
 */
export function rollUp(children: readonly RollUpChild[], options: RollUpOptions = {}): RollUp {
  const missingData = options.missingData ?? "skip";
  const thresholds = options.thresholds ?? defaultRollUpThresholds;
  const explained = children.map((child) => explainChild(child, missingData));
  const counted = explained.filter((child) => child.treatment !== "left_out_no_data");
  const anyData = explained.some((child) => child.treatment === "scored");
  const totalWeight = counted.reduce((sum, child) => sum + child.weight, 0);
  const weightedSum = counted.reduce((sum, child) => sum + (child.score ?? 0) * child.weight, 0);
  const score = anyData && totalWeight > 0 ? roundScore(weightedSum / totalWeight) : null;
  const status = score === null ? "no_data" : statusOfScore(score, thresholds);
  const explanation: RollUpExplanation = {
    missingData,
    thresholds,
    children: explained,
    score,
    status,
    reason: "",
  };
  explanation.reason = rollUpReason(explanation);
  return { score, status, explanation };
}

function explainChild(child: RollUpChild, missingData: MissingData): RollUpChildExplanation {
  const weight = child.weight ?? 1;
  // kpi-definition.ts rejects negative weights when a scorecard is saved.
  if (!(weight >= 0)) throw new Error(`weight of ${child.key} is ${weight}, not ≥ 0`);
  if (child.score !== null)
    return { key: child.key, score: child.score, weight, treatment: "scored" };
  const treatment = missingData === "zero" ? "counted_as_zero" : "left_out_no_data";
  return { key: child.key, score: null, weight, treatment };
}

function statusOfScore(score: number, thresholds: Thresholds): Status {
  if (score >= thresholds.green) return "green";
  return score >= thresholds.amber ? "amber" : "red";
}
