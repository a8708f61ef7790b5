// Where a scorecard's actuals come from (issue 5, "Evaluation"). Scoring asks one question
// of the outside world: the value of these KPIs over these spans. Library and expression
// KPIs are answered by the metrics engine from imported rows, manual KPIs from the values
// users entered; `actualsBySource` sends each KPI to the right one, so a KPI that sits on
// several scorecards is asked for, and computed, once per question.

import { addDays } from "./calendar-date.ts";
import type { FiscalCalendar } from "./fiscal-year.ts";
import type { Period } from "./periods.ts";
import type { KpiFacts } from "./scorecard.ts";

/**
 * What an actual is asked for: a whole period (`through` = its last day), or a to-date view
 * of it (MTD, QTD, YTD) from its first day through `through`. `key` names the span in the
 * answer: the period's key, with `..through` for a to-date view (`2026-Q1..2026-02-15`).
 */
export interface ActualSpan {
  key: string;
  period: Period;
  through: string;
}

export function wholePeriod(period: Period): ActualSpan {
  return { key: period.key, period, through: period.end };
}

/**
 * The to-date view of `period` as of `asOf`, the last day counted. After the period it is
 * the whole period; before it, an empty span ending the day before it starts.
 */
export function periodToDate(period: Period, asOf: string): ActualSpan {
  if (asOf >= period.end) return wholePeriod(period);
  const through = asOf < period.start ? addDays(period.start, -1) : asOf;
  return { key: `${period.key}..${through}`, period, through };
}

export function isWholePeriod(span: ActualSpan): boolean {
  return span.through === span.period.end;
}

export interface ActualsQuery {
  organisationId: string;
  fiscal: FiscalCalendar;
  /** IANA name: the organisation's periods are cut in its local time. */
  timeZone: string;
  kpis: readonly KpiFacts[];
  spans: readonly ActualSpan[];
}

/** KPI key → span key → actual; null (or absent) is "no value", never 0. */
export type ActualsTable = ReadonlyMap<string, ReadonlyMap<string, number | null>>;

/** Answers an `ActualsQuery`: the metrics engine for computed KPIs, storage for manual ones. */
export interface KpiActuals {
  valuesFor(query: ActualsQuery): Promise<ActualsTable>;
}

/** The actual of `kpi` over the span `spanKey`; null when the table has none. */
export function actualOf(table: ActualsTable, kpi: string, spanKey: string): number | null {
  return table.get(kpi)?.get(spanKey) ?? null;
}

/** Manual KPIs to `manual`, library and expression KPIs to `computed`, as one source. */
export function actualsBySource(sources: { manual: KpiActuals; computed: KpiActuals }): KpiActuals {
  return {
    async valuesFor(query) {
      const manual = query.kpis.filter((kpi) => kpi.source === "manual");
      const computed = query.kpis.filter((kpi) => kpi.source !== "manual");
      const ask = (source: KpiActuals, kpis: readonly KpiFacts[]) =>
        kpis.length === 0 ? Promise.resolve(new Map()) : source.valuesFor({ ...query, kpis });
      // One after the other: both may read the same database connection.
      const fromManual = await ask(sources.manual, manual);
      const fromComputed = await ask(sources.computed, computed);
      return new Map([...fromManual, ...fromComputed]);
    },
  };
}
