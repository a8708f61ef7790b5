import { sparklinePeriods } from "../trend.ts";
import { apiPath } from "./client.ts";

/**
 * The evaluated scorecard of a view, with the trend sparklines need. Every page asks with
 * the same path, so moving between pages reuses the answer.
 */
export function evaluationPath(
  view: {
    scorecard?: { key: string } | undefined;
    period: string;
    toDate: boolean;
    whole: boolean;
  },
  trend = sparklinePeriods,
): string | null {
  if (!view.scorecard) return null;
  return apiPath(`/api/scorecards/${encodeURIComponent(view.scorecard.key)}/evaluation`, {
    period: view.period,
    toDate: view.toDate,
    // The whole period even when its data ends early (else: counted to its last day with data).
    whole: view.whole ? true : undefined,
    trend,
  });
}
