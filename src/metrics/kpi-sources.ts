// Where the scorecard commands get KPIs from: the metrics library (facts, expressions,
// values computed from imports) and the manual values in storage. The server can wire the
// same two the same way.

import type { Kysely } from "kysely";
import { InvalidInput } from "../domain/errors.ts";
import {
  type ActualSpan,
  actualsBySource,
  isWholePeriod,
  type KpiActuals,
} from "../domain/kpi-actuals.ts";
import type { KpiLibrary } from "../domain/kpi-library.ts";
import type { KpiFacts } from "../domain/scorecard.ts";
import { manualActuals } from "../storage/manual-values.ts";
import type { Database } from "../storage/schema.ts";
import type { KpiSources } from "../storage/scorecard-evaluations.ts";
import { closestName } from "./closest-name.ts";
import { computeKpiTables, sourcesOf } from "./compute-kpis.ts";
import { findLibraryKpi, libraryKpiKeys, parseCustomKpiFormula } from "./kpi-library.ts";
import type { DateRange } from "./measure-query.ts";
import type { Formula } from "./model.ts";
import type { Bucketing } from "./period-buckets.ts";
import { findSourceCoverage } from "./source-coverage.ts";
import { WHOLE_RANGE_KEY } from "./year-earlier.ts";

/** The library of src/metrics, as scorecards ask it. */
export const metricsLibrary: KpiLibrary = {
  find(key) {
    const kpi = findLibraryKpi(key);
    if (!kpi) return undefined;
    const { name, unit, polarity, kind } = kpi;
    return { key, name, unit, polarity, kind, source: "library" };
  },
  expressionIssues(expression) {
    try {
      parseCustomKpiFormula(expression);
      return [];
    } catch (error) {
      if (error instanceof InvalidInput) return error.issues.map((issue) => issue.message);
      throw error;
    }
  },
  closestKey: (key) => closestName(key, libraryKpiKeys),
};

/**
 * Library and expression KPIs computed from imported rows. Whole periods of one grain are
 * computed together (one pass per source over their range), a to-date view as a range of
 * its own, all in one statement. A span wholly outside the coverage of every source of a KPI has no value (scoring.md,
 * "When a KPI has a value"); coverage is over all history, so a period's answer never
 * depends on which other periods (a trend) are asked with it.
 */
export function metricsActuals(db: Kysely<Database>): KpiActuals {
  return {
    async valuesFor(query) {
      const kpis = query.kpis.map((kpi) => ({ key: kpi.key, formula: formulaOf(kpi) }));
      const answer = new Map(kpis.map((kpi) => [kpi.key, new Map<string, number | null>()]));
      const sources = kpis.flatMap((kpi) => sourcesOf(kpi.formula));
      const coverage = await findSourceCoverage(db, query.organisationId, sources);
      const batches = batchesOf(query.spans);
      // The current period, the trend and the to-date view: one statement, one round trip.
      const tables = await computeKpiTables(
        db,
        batches.map((batch) => ({
          organisationId: query.organisationId,
          fiscal: query.fiscal,
          bucketing: batch.bucketing,
          range: batch.range,
          kpis,
        })),
      );
      batches.forEach((batch, i) => {
        const table = tables[i];
        if (!table) throw new Error("one table per batch");
        const rows = new Map(table.rows.map((row) => [row.period, row.values]));
        for (const kpi of kpis) {
          for (const [bucket, span] of batch.spans) {
            const covered = sourcesOf(kpi.formula).some((name) => {
              const range = coverage.get(name);
              return (
                range !== undefined &&
                range.first <= span.through &&
                range.last >= span.period.start
              );
            });
            const value = covered ? (rows.get(bucket)?.[kpi.key] ?? null) : null;
            answer.get(kpi.key)?.set(span.key, value);
          }
        }
      });
      return answer;
    },
  };
}

function formulaOf(kpi: KpiFacts): Formula {
  if (kpi.source === "expression" && kpi.expression !== undefined) {
    return parseCustomKpiFormula(kpi.expression);
  }
  const found = findLibraryKpi(kpi.key);
  // Scorecards are checked against the library when applied; reaching here is a bug.
  if (!found) throw new Error(`KPI ${kpi.key} is neither in the library nor an expression`);
  return found.formula;
}

interface Batch {
  bucketing: Bucketing;
  range: DateRange;
  /** Bucket key → the span it answers. */
  spans: Map<string, ActualSpan>;
}

function batchesOf(spans: readonly ActualSpan[]): Batch[] {
  const batches: Batch[] = [];
  const byGrain = new Map<string, ActualSpan[]>();
  for (const span of spans) {
    if (!isWholePeriod(span)) {
      const range = { from: span.period.start, to: span.through };
      batches.push({ bucketing: "whole_range", range, spans: new Map([[WHOLE_RANGE_KEY, span]]) });
      continue;
    }
    byGrain.set(span.period.grain, [...(byGrain.get(span.period.grain) ?? []), span]);
  }
  for (const [grain, whole] of byGrain) {
    const from = whole.map((s) => s.period.start).reduce((a, b) => (a < b ? a : b));
    const to = whole.map((s) => s.period.end).reduce((a, b) => (a > b ? a : b));
    const bucketing = grain as Bucketing;
    batches.push({
      bucketing,
      range: { from, to },
      spans: new Map(whole.map((s) => [s.period.key, s])),
    });
  }
  return batches;
}

/** Facts and actuals of every KPI a scorecard can use. */
export function scorecardKpiSources(db: Kysely<Database>): KpiSources {
  return {
    library: metricsLibrary,
    actuals: actualsBySource({ manual: manualActuals(db), computed: metricsActuals(db) }),
  };
}
