// Evaluating a scorecard for a period (scoring.md; cli.md `scorecard`; the API's
// evaluation): which days are counted is decided here, once, for both faces.

import { z } from "zod";
import { parsePeriod } from "../domain/periods.ts";
import type { ScorecardEvaluation } from "../domain/scorecard-evaluation.ts";
import { partialPeriodThrough, toDateThrough } from "../domain/to-date.ts";
import { scorecardKpiSources } from "../metrics/kpi-sources.ts";
import { fiscalCalendarOfOrganisation } from "../storage/organisations.ts";
import { evaluateStoredScorecard } from "../storage/scorecard-evaluations.ts";
import type { ServiceContext } from "./context.ts";
import { flag, isOn, isoDate, parseInput } from "./input.ts";
import { getDataRange, yesterdayOf } from "./organisation.ts";

/** What an evaluation is asked with: the API's query string, the CLI's options. */
export const evaluationQuery = z.object({
  period: z
    .string({ error: "is required: the period to score, e.g. 2026-Q1, 2026-03 or 2026" })
    .min(1),
  toDate: flag.optional(),
  asOf: isoDate.optional(),
  whole: flag.optional(),
  trend: z.coerce
    .number({ error: "is not a number of periods: use a whole number from 0 to 60, e.g. 12" })
    .int("is not a number of periods: use a whole number from 0 to 60, e.g. 12")
    .min(0, "is not a number of periods: use a whole number from 0 to 60, e.g. 12")
    .max(60, "is not a number of periods: use a whole number from 0 to 60, e.g. 12")
    .optional(),
});
export type EvaluationQuery = z.input<typeof evaluationQuery>;

/**
 * The scorecard `key` (the only one when absent) evaluated for a period. The days counted:
 * through `asOf` when given; with `toDate`, through the earlier of yesterday in the
 * organisation's time zone and the last day with data; otherwise the whole period, except
 * that a period whose data ends before its end is counted through its last day with data
 * (the evaluation says `through`) unless `whole` asks for all of it.
 */
export async function evaluateScorecard(
  context: ServiceContext,
  key: string | undefined,
  input: EvaluationQuery,
): Promise<ScorecardEvaluation> {
  const query = parseInput(evaluationQuery, input);
  const { storage, organisation } = context;
  const period = parsePeriod(query.period, fiscalCalendarOfOrganisation(organisation), "period");
  const asOf = query.asOf ?? (await defaultThrough(context, period, query));
  return evaluateStoredScorecard(
    storage.db,
    organisation,
    { scorecard: key, period: query.period, asOf, trend: query.trend },
    scorecardKpiSources(storage.db),
  );
}

async function defaultThrough(
  context: ServiceContext,
  period: ReturnType<typeof parsePeriod>,
  query: z.output<typeof evaluationQuery>,
): Promise<string | undefined> {
  if (!isOn(query.toDate) && isOn(query.whole)) return undefined;
  const { lastDay } = await getDataRange(context);
  if (isOn(query.toDate)) return toDateThrough(yesterdayOf(context.organisation), lastDay);
  return partialPeriodThrough(period, lastDay);
}
