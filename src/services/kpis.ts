// KPIs: the library, their values by period (the API's series and the CLI's `kpis`), the
// organisation's own KPIs, manual values, and where a KPI sits on scorecards.

import { z } from "zod";
import { InvalidInput, NotFound } from "../domain/errors.ts";
import { parsePeriod } from "../domain/periods.ts";
import type { CustomKpi, Wording } from "../domain/scorecard.ts";
import { COHORT_KPIS, COHORT_MONTHS, customerCohorts } from "../metrics/cohorts.ts";
import { canBreakDown, computeKpis } from "../metrics/compute-kpis.ts";
import { findLibraryKpi, kpiLibrary, parseCustomKpiFormula } from "../metrics/kpi-library.ts";
import { type KpiReport, kpiReport, libraryKpisNamed } from "../metrics/kpi-report.ts";
import { metricsLibrary } from "../metrics/kpi-sources.ts";
import type { Kpi } from "../metrics/model.ts";
import { type Dimension, dimensions } from "../metrics/source-catalogue.ts";
import { listCustomKpis } from "../storage/custom-kpis.ts";
import { enterManualValue, listManualValues, type SavedValues } from "../storage/manual-values.ts";
import { fiscalCalendarOfOrganisation } from "../storage/organisations.ts";
import { getScorecard, listScorecardKeys } from "../storage/scorecards.ts";
import type { ServiceContext } from "./context.ts";
import { grain, parseInput } from "./input.ts";

/** What a client needs to show and explain a library KPI. */
function describeKpi(kpi: Kpi) {
  return {
    key: kpi.key,
    name: kpi.name,
    description: kpi.description,
    unit: kpi.unit,
    polarity: kpi.polarity,
    kind: kpi.kind,
    perspective: kpi.perspective,
    expression: kpi.expression,
    source: "library" as const,
    breakdowns: dimensions.filter((dimension) => canBreakDown(kpi.formula, [dimension])),
  };
}

/** The KPI library (docs/kpis.md), in both languages. */
export function listLibraryKpis(): { kpis: ReturnType<typeof describeKpi>[] } {
  return { kpis: kpiLibrary.map(describeKpi) };
}

export const kpiValuesQuery = z.object({
  grain: grain.default("month"),
  from: z.string().optional(),
  to: z.string().optional(),
  breakdown: z.enum(dimensions as [Dimension, ...Dimension[]]).optional(),
});

export type KpiValues =
  | { kpi: string; grain: string; values: Record<string, number | null> }
  | {
      kpi: string;
      grain: string;
      breakdown: Dimension;
      values: Record<string, Record<string, number | null>>;
    };

/** A library KPI's value per period from `from` to `to` (any grain), maybe broken down. */
export async function getKpiValues(
  context: ServiceContext,
  key: string,
  input: z.input<typeof kpiValuesQuery>,
): Promise<KpiValues> {
  const query = parseInput(kpiValuesQuery, input);
  const { storage, organisation } = context;
  const fiscal = fiscalCalendarOfOrganisation(organisation);
  const kpi = findLibraryKpi(key);
  if (!kpi) throw new NotFound("KPI", key);
  const { from, to, breakdown } = query;
  const range = {
    from: from ? parsePeriod(from, fiscal, "from").start : "0001-01-01",
    to: to ? parsePeriod(to, fiscal, "to").end : "9999-12-31",
  };
  const table = await computeKpis(storage.db, {
    organisationId: organisation.id,
    fiscal,
    bucketing: query.grain,
    range: from || to ? range : undefined,
    kpis: [kpi],
    breakdown: breakdown ? [breakdown] : undefined,
  });
  if (!breakdown) {
    const values = Object.fromEntries(
      table.rows.map((row) => [row.period, row.values[kpi.key] ?? null]),
    );
    return { kpi: kpi.key, grain: query.grain, values };
  }
  const values: Record<string, Record<string, number | null>> = {};
  for (const row of table.rows) {
    const cell = values[row.period] ?? {};
    cell[String(row.dimensions[0] ?? "")] = row.values[kpi.key] ?? null;
    values[row.period] = cell;
  }
  return { kpi: kpi.key, grain: query.grain, breakdown, values };
}

export interface KpiReportInput {
  grain: z.input<typeof grain>;
  from?: string | undefined;
  to?: string | undefined;
  /** Library KPIs by key; every library KPI whose sources hold data when absent. */
  kpis?: readonly string[] | undefined;
  /** Custom KPIs to compute beside them: key and expression. */
  define?: readonly { key: string; expression: string }[] | undefined;
}

/** Every KPI asked for (or whose sources hold data), per period holding data (cli.md `kpis`). */
export async function reportKpis(
  context: ServiceContext,
  input: KpiReportInput,
): Promise<KpiReport> {
  const { storage, organisation } = context;
  const fiscal = fiscalCalendarOfOrganisation(organisation);
  const period = (key: string | undefined, path: string) =>
    key === undefined ? undefined : parsePeriod(key, fiscal, path);
  if (input.kpis?.length === 0) {
    throw new InvalidInput([{ path: "kpi", message: "name at least one KPI, e.g. roas,cpc" }]);
  }
  return kpiReport(storage.db, {
    organisationId: organisation.id,
    fiscal,
    grain: parseInput(grain, input.grain),
    from: period(input.from, "from"),
    to: period(input.to, "to"),
    named: input.kpis ? libraryKpisNamed(input.kpis, "kpi") : undefined,
    custom: (input.define ?? []).map(({ key, expression }) => ({
      key,
      formula: parseCustomKpiFormula(expression, `define ${key}`),
    })),
  });
}

/** The KPIs the organisation's scorecard files define beyond the library. */
export async function listOwnKpis(context: ServiceContext): Promise<{ kpis: CustomKpi[] }> {
  const kpis = await listCustomKpis(context.storage.db, context.organisation.id);
  return { kpis: [...kpis.values()] };
}

/** NotFound unless `key` is a library KPI or one of the organisation's own. */
async function requireKnownKpi(context: ServiceContext, key: string): Promise<void> {
  if (findLibraryKpi(key)) return;
  const own = await listCustomKpis(context.storage.db, context.organisation.id);
  if (!own.has(key)) throw new NotFound("KPI", key);
}

/** The values entered for manual KPIs: those of `kpi`, or every one. */
export async function listEnteredValues(context: ServiceContext, kpi?: string) {
  if (kpi !== undefined) await requireKnownKpi(context, kpi);
  const { storage, organisation } = context;
  const values = await listManualValues(
    storage.db,
    organisation.id,
    kpi === undefined ? undefined : [kpi],
  );
  return { values };
}

export const manualValueBody = z.object({ value: z.number().nullable() }).strict();

/** Enters (or, with null, removes) a manual KPI's value for a period. */
export async function enterValue(
  context: ServiceContext,
  place: { kpi: string; period: string },
  body: z.input<typeof manualValueBody>,
  via: "api" | "cli",
): Promise<SavedValues> {
  const { value } = parseInput(manualValueBody, body);
  const { storage, organisation } = context;
  return enterManualValue(storage.db, organisation, { ...place, value }, metricsLibrary, via);
}

export interface Placement {
  scorecard: { key: string; name: Wording };
  perspective: string;
  objective: { key: string; name: Wording };
}

/** The scorecards and objectives a KPI sits on. */
export async function listPlacements(
  context: ServiceContext,
  kpi: string,
): Promise<{ placements: Placement[] }> {
  await requireKnownKpi(context, kpi);
  const { storage, organisation } = context;
  const placements: Placement[] = [];
  for (const key of await listScorecardKeys(storage.db, organisation.id)) {
    const scorecard = await getScorecard(storage.db, organisation.id, key);
    for (const perspective of scorecard.perspectives) {
      for (const objective of perspective.objectives) {
        if (!objective.kpis.some((placed) => placed.kpi === kpi)) continue;
        placements.push({
          scorecard: { key: scorecard.key, name: scorecard.name },
          perspective: perspective.key,
          objective: { key: objective.key, name: objective.name },
        });
      }
    }
  }
  return { placements };
}

/**
 * For a customer KPI (customer_lifetime_value_12m, repeat_customer_rate, new_shop_customers):
 * the shop's customers by the month of their first order, and what each cohort spent after.
 */
export async function getCustomerCohorts(context: ServiceContext, key: string) {
  if (!COHORT_KPIS.includes(key)) throw new NotFound("cohort KPI", key);
  const cohorts = await customerCohorts(context.storage.db, context.organisation.id);
  return { kpi: key, months: COHORT_MONTHS, cohorts };
}
