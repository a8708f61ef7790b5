// Evaluating a stored scorecard (cli.md, `scorecard`; the API's scorecard view): the stored
// definition, the facts of its KPIs, one question for all their actuals, and the domain's
// scoring of the tree.

import type { Kysely } from "kysely";
import { checkDate } from "../domain/calendar-date.ts";
import { InvalidInput } from "../domain/errors.ts";
import type { KpiActuals } from "../domain/kpi-actuals.ts";
import type { KpiLibrary } from "../domain/kpi-library.ts";
import { parsePeriod } from "../domain/periods.ts";
import { type KpiFacts, kpiKeysOf, type Scorecard } from "../domain/scorecard.ts";
import type { ScorecardEvaluation } from "../domain/scorecard-evaluation.ts";
import { evaluateWithTrend, spansToEvaluate } from "../domain/scorecard-trend.ts";
import { listCustomKpis } from "./custom-kpis.ts";
import type { Organisation } from "./organisations.ts";
import { fiscalCalendarOfOrganisation } from "./organisations.ts";
import type { Database } from "./schema.ts";
import { chooseScorecardKey, getScorecard } from "./scorecards.ts";

export interface ScorecardQuestion {
  /** The scorecard's key; the organisation's only scorecard when absent. */
  scorecard?: string | undefined;
  /** A period key: `2026-01`, `2026-Q1`, `2026` (`FY2026-Q1` under a fiscal year). */
  period: string;
  /** A to-date view of the period through this day (`YYYY-MM-DD`); whole when absent. */
  asOf?: string | undefined;
  /** How many earlier periods the trend shows (none when absent). */
  trend?: number | undefined;
}

/** Where the KPIs' facts and actuals come from. */
export interface KpiSources {
  library: KpiLibrary;
  actuals: KpiActuals;
}

/** The evaluated tree of a stored scorecard (scoring.md), for a period or to date. */
export async function evaluateStoredScorecard(
  db: Kysely<Database>,
  organisation: Organisation,
  question: ScorecardQuestion,
  sources: KpiSources,
): Promise<ScorecardEvaluation> {
  const fiscal = fiscalCalendarOfOrganisation(organisation);
  const period = parsePeriod(question.period, fiscal, "period");
  if (question.asOf !== undefined) checkDate(question.asOf, "as-of");
  const trend = question.trend;
  if (trend !== undefined && !(Number.isInteger(trend) && trend >= 0 && trend <= 60)) {
    const message = `${trend} is not a number of periods: use a whole number from 0 to 60`;
    throw new InvalidInput([{ path: "trend", message }]);
  }
  const key = await chooseScorecardKey(db, organisation.id, question.scorecard);
  const scorecard = await getScorecard(db, organisation.id, key);
  const kpis = await kpiFactsOf(db, organisation.id, scorecard, sources.library);
  const request = { period, asOf: question.asOf, trend };
  const spans = spansToEvaluate(scorecard, fiscal, request);
  const actuals = await sources.actuals.valuesFor({
    organisationId: organisation.id,
    fiscal,
    timeZone: organisation.time_zone,
    kpis: [...kpis.values()],
    spans: spans.all,
  });
  return evaluateWithTrend({ scorecard, kpis, fiscal, request, actuals });
}

/** The facts of every KPI `scorecard` uses: the library's, else the organisation's own. */
export async function kpiFactsOf(
  db: Kysely<Database>,
  organisationId: string,
  scorecard: Scorecard,
  library: KpiLibrary,
): Promise<Map<string, KpiFacts>> {
  const own = await listCustomKpis(db, organisationId);
  const facts = new Map<string, KpiFacts>();
  for (const key of kpiKeysOf(scorecard)) {
    const found = library.find(key) ?? own.get(key);
    if (!found) {
      // Checked when the scorecard was applied; a library that lost a KPI since is told here.
      const message = `scorecard ${scorecard.key} uses the KPI ${key}, which the library no longer has: apply a file without it`;
      throw new InvalidInput([{ path: "scorecard", message }]);
    }
    facts.set(key, found);
  }
  return facts;
}
