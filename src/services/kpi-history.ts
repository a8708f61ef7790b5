// Any KPI that can sit on a scorecard, described and valued period by period (issue 9,
// finding 3): a library KPI, a custom KPI computed from an expression, or a manual KPI whose
// values people enter. Computed KPIs are valued as `GET /api/kpis/:key/values` and
// `fourfold kpis` value them (src/metrics/compute-kpis.ts); manual KPIs as scorecards value
// them (src/domain/manual-values.ts: a period's own value, else its sub-periods', the latest
// for a level KPI and the sum for a flow KPI).

import type { Kysely } from "kysely";
import { InvalidInput, NotFound } from "../domain/errors.ts";
import { wholePeriod } from "../domain/kpi-actuals.ts";
import { periodsBetween } from "../domain/period-navigation.ts";
import { type Grain, type Period, parsePeriod } from "../domain/periods.ts";
import type { CustomKpi, KpiFacts, Wording } from "../domain/scorecard.ts";
import type { Polarity } from "../domain/scoring.ts";
import { canBreakDown, computeKpis } from "../metrics/compute-kpis.ts";
import { findLibraryKpi, parseCustomKpiFormula } from "../metrics/kpi-library.ts";
import type { Formula, Perspective, Translated, Unit } from "../metrics/model.ts";
import { type Dimension, dimensions } from "../metrics/source-catalogue.ts";
import { listCustomKpis } from "../storage/custom-kpis.ts";
import { listManualValues, manualActuals } from "../storage/manual-values.ts";
import { fiscalCalendarOfOrganisation, type Organisation } from "../storage/organisations.ts";
import type { Database } from "../storage/schema.ts";

/** Where a KPI comes from: the library, an expression of the organisation's, or by hand. */
export type KpiOrigin = "library" | "custom" | "manual";

export interface KpiDescription {
  key: string;
  name: Translated;
  /** The library's explanation; empty for the organisation's own KPIs, which have none. */
  description: Translated;
  unit: Unit;
  polarity: Polarity;
  kind: "flow" | "level";
  /** The library's perspective; null for the organisation's own KPIs. */
  perspective: Perspective | null;
  /** The formula in the expression language; null for a manual KPI. */
  expression: string | null;
  source: KpiOrigin;
  /** Dimensions its values can be broken down by (only library KPIs, through /values). */
  breakdowns: Dimension[];
}

export interface KpiHistoryQuery {
  key: string;
  grain: Grain;
  /** Period keys; absent: from the first / to the last period with a value. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface KpiHistory {
  kpi: string;
  grain: Grain;
  /** Period key → value; null is "no value", never 0. */
  values: Record<string, number | null>;
}

type FoundKpi =
  | { origin: "library"; description: KpiDescription; formula: Formula }
  | { origin: "custom"; description: KpiDescription; formula: Formula }
  | { origin: "manual"; description: KpiDescription; facts: KpiFacts };

/** The KPI `key` as a client shows and explains it; NotFound when there is none. */
export async function describeKpi(
  db: Kysely<Database>,
  organisation: Organisation,
  key: string,
): Promise<KpiDescription> {
  return (await findKpi(db, organisation, key)).description;
}

/** The KPI's value in each period of `grain` from `from` to `to`. */
export async function kpiHistory(
  db: Kysely<Database>,
  organisation: Organisation,
  query: KpiHistoryQuery,
): Promise<KpiHistory> {
  const found = await findKpi(db, organisation, query.key);
  const fiscal = fiscalCalendarOfOrganisation(organisation);
  const from = query.from ? parsePeriod(query.from, fiscal, "from") : undefined;
  const to = query.to ? parsePeriod(query.to, fiscal, "to") : undefined;
  if (from && to && to.end < from.start) {
    const message = `"${query.to}" ends before "${query.from}" starts: "to" must not be earlier than "from"`;
    throw new InvalidInput([{ path: "to", message }]);
  }
  if (found.origin === "manual") {
    const values = await manualHistory(db, organisation, found.facts, { ...query, from, to });
    return { kpi: query.key, grain: query.grain, values };
  }
  const table = await computeKpis(db, {
    organisationId: organisation.id,
    fiscal,
    bucketing: query.grain,
    range:
      from || to ? { from: from?.start ?? "0001-01-01", to: to?.end ?? "9999-12-31" } : undefined,
    kpis: [{ key: query.key, formula: found.formula }],
  });
  return {
    kpi: query.key,
    grain: query.grain,
    values: Object.fromEntries(
      table.rows.map((row) => [row.period, row.values[query.key] ?? null]),
    ),
  };
}

async function findKpi(
  db: Kysely<Database>,
  organisation: Organisation,
  key: string,
): Promise<FoundKpi> {
  const library = findLibraryKpi(key);
  if (library) {
    const { name, description, unit, polarity, kind, perspective, expression, formula } = library;
    const breakdowns = dimensions.filter((dimension) => canBreakDown(formula, [dimension]));
    return {
      origin: "library",
      formula,
      description: {
        key,
        name,
        description,
        unit,
        polarity,
        kind,
        perspective,
        expression,
        source: "library",
        breakdowns,
      },
    };
  }
  const custom = (await listCustomKpis(db, organisation.id)).get(key);
  if (!custom) throw new NotFound("KPI", key);
  const description = describeCustomKpi(custom);
  if (custom.source === "manual") return { origin: "manual", description, facts: custom };
  const formula = parseCustomKpiFormula(custom.expression ?? "");
  return { origin: "custom", description, formula };
}

function describeCustomKpi(kpi: CustomKpi): KpiDescription {
  return {
    key: kpi.key,
    name: translated(kpi.name),
    description: { en: "", da: "" },
    unit: kpi.unit,
    polarity: kpi.polarity,
    kind: kpi.kind,
    perspective: null,
    expression: kpi.source === "expression" ? (kpi.expression ?? null) : null,
    source: kpi.source === "manual" ? "manual" : "custom",
    breakdowns: [],
  };
}

function translated(wording: Wording): Translated {
  return typeof wording === "string" ? { en: wording, da: wording } : wording;
}

/**
 * A manual KPI's value per period, over the periods from `from` (else the first period with
 * an entered value) to `to` (else the last): never more periods than its values span.
 */
async function manualHistory(
  db: Kysely<Database>,
  organisation: Organisation,
  kpi: KpiFacts,
  range: { grain: Grain; from: Period | undefined; to: Period | undefined },
): Promise<Record<string, number | null>> {
  const fiscal = fiscalCalendarOfOrganisation(organisation);
  const entered = await listManualValues(db, organisation.id, [kpi.key]);
  if (entered.length === 0) return {};
  const periods = entered.map((value) => parsePeriod(value.period, fiscal));
  const first = periods.map((p) => p.start).reduce((a, b) => (a < b ? a : b));
  const last = periods.map((p) => p.end).reduce((a, b) => (a > b ? a : b));
  const start = range.from && range.from.start > first ? range.from.start : first;
  const end = range.to && range.to.end < last ? range.to.end : last;
  if (end < start) return {};
  const spans = periodsBetween(start, end, range.grain, fiscal).map(wholePeriod);
  const actuals = await manualActuals(db).valuesFor({
    organisationId: organisation.id,
    fiscal,
    timeZone: organisation.time_zone,
    kpis: [kpi],
    spans,
  });
  const byPeriod = actuals.get(kpi.key);
  return Object.fromEntries(spans.map((span) => [span.key, byPeriod?.get(span.key) ?? null]));
}
