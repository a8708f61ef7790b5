// Keeps the metrics benchmark honest: Fourfold's report and the hand-written query must give
// the same periods, the same KPIs and the same values (within 1e-9 relative) before their
// times are compared.

import type { FiscalCalendar } from "../src/domain/fiscal-year.ts";
import { periodContaining } from "../src/domain/periods.ts";
import type { KpiReport } from "../src/metrics/kpi-report.ts";
import type { ReferenceGrain, ReferenceRow } from "./metrics-reference.ts";

const TOLERANCE = 1e-9;

export interface Agreement {
  /** KPI values compared (KPIs × periods). */
  compared: number;
  /** What differs, described for the console; empty when they agree. */
  differences: string[];
}

function close(ours: number | null, reference: number | null): boolean {
  if (ours === null || reference === null) return ours === reference;
  return Math.abs(ours - reference) <= TOLERANCE * Math.max(Math.abs(ours), Math.abs(reference));
}

export function compareWithReference(
  report: KpiReport,
  reference: readonly ReferenceRow[],
  grain: ReferenceGrain,
  fiscal: FiscalCalendar,
): Agreement {
  const differences: string[] = [];
  const referenceByPeriod = new Map(
    reference.map((row) => [periodContaining(row.period_start, grain, fiscal).key, row]),
  );
  const ourPeriods = report.periods.map((period) => period.key);
  const theirPeriods = [...referenceByPeriod.keys()];
  if (ourPeriods.join() !== theirPeriods.join()) {
    differences.push(
      `periods: Fourfold has ${ourPeriods.length} (${ourPeriods[0]} … ${ourPeriods.at(-1)}), the query ${theirPeriods.length} (${theirPeriods[0]} … ${theirPeriods.at(-1)})`,
    );
  }
  const ourKeys = new Set(report.kpis.map((kpi) => kpi.key));
  const theirKeys = Object.keys(reference[0] ?? {}).filter((key) => key !== "period_start");
  const missing = theirKeys.filter((key) => !ourKeys.has(key));
  const extra = [...ourKeys].filter((key) => !theirKeys.includes(key));
  if (missing.length > 0) differences.push(`KPIs only the query has: ${missing.join(", ")}`);
  if (extra.length > 0) differences.push(`KPIs only Fourfold has: ${extra.join(", ")}`);
  let compared = 0;
  for (const kpi of report.kpis) {
    if (!theirKeys.includes(kpi.key)) continue;
    for (const [period, row] of referenceByPeriod) {
      const ours = kpi.values[period] ?? null;
      const theirs = row[kpi.key] ?? null;
      compared++;
      if (!close(ours, theirs)) differences.push(`${kpi.key} ${period}: ${ours} ≠ ${theirs}`);
    }
  }
  return { compared, differences };
}

/** Throws, listing the first differences, when the two sides do not agree. */
export function requireAgreement(agreement: Agreement, what: string): void {
  if (agreement.differences.length === 0) return;
  const shown = agreement.differences.slice(0, 10).join("\n  ");
  throw new Error(
    `${what} differs from the hand-written query in ${agreement.differences.length} places, so its time means nothing:\n  ${shown}`,
  );
}
