// Values of manual KPIs (issue 5, "Manual values"): a value per KPI and period, entered by
// a scorecard file, `values set` or the API, and the actuals scoring derives from them.

import type { Kysely } from "kysely";
import { InvalidInput } from "../domain/errors.ts";
import type { KpiActuals } from "../domain/kpi-actuals.ts";
import { type KpiLibrary, knownKpis } from "../domain/kpi-library.ts";
import { manualActual } from "../domain/manual-values.ts";
import type { ManualValue } from "../domain/scorecard.ts";
import {
  manualValueIssues,
  manualValueSizeIssues,
  periodIssues,
} from "../domain/scorecard-checks.ts";
import { listCustomKpis } from "./custom-kpis.ts";
import { scopedTo } from "./organisation-scope.ts";
import { fiscalCalendarOfOrganisation, type Organisation } from "./organisations.ts";
import type { Database } from "./schema.ts";
import { decimalOf } from "./scorecard-rows.ts";
import type { ManualValueTable } from "./scorecard-tables.ts";

export type EnteredVia = ManualValueTable["entered_via"];

/** The stored values of `kpis` (all manual KPIs when absent), by KPI and period. */
export async function listManualValues(
  db: Kysely<Database>,
  organisationId: string,
  kpis?: readonly string[],
): Promise<ManualValue[]> {
  if (kpis?.length === 0) return [];
  let query = scopedTo(db, organisationId)
    .selectFrom("manual_value")
    .select(["kpi_key", "period", "value"])
    .orderBy("kpi_key")
    .orderBy("period");
  if (kpis) query = query.where("kpi_key", "in", kpis);
  const rows = await query.execute();
  return rows.map((row) => ({ kpi: row.kpi_key, period: row.period, value: Number(row.value) }));
}

export interface SavedValues {
  set: number;
  removed: number;
  unchanged: number;
}

/**
 * Stores each value (a null value removes the one stored for its KPI and period); a value
 * equal to the stored one is left as it is, with when and how it was entered. Values of
 * other periods are kept. The caller checks that the KPIs are manual.
 */
export async function saveManualValues(
  db: Kysely<Database>,
  organisationId: string,
  values: readonly ManualValue[],
  via: EnteredVia,
  now: string = new Date().toISOString(),
): Promise<SavedValues> {
  const scope = scopedTo(db, organisationId);
  const kpis = [...new Set(values.map((value) => value.kpi))];
  const stored = new Map(
    (await listManualValues(db, organisationId, kpis)).map((v) => [
      `${v.kpi} ${v.period}`,
      v.value,
    ]),
  );
  const saved: SavedValues = { set: 0, removed: 0, unchanged: 0 };
  for (const value of values) {
    const before = stored.get(`${value.kpi} ${value.period}`);
    if (value.value === null ? before === undefined : before === Number(decimalOf(value.value))) {
      saved.unchanged += 1;
      continue;
    }
    await scope
      .deleteFrom("manual_value")
      .where("kpi_key", "=", value.kpi)
      .where("period", "=", value.period)
      .execute();
    if (value.value === null) {
      saved.removed += 1;
      continue;
    }
    await scope.insertInto("manual_value", [
      {
        kpi_key: value.kpi,
        period: value.period,
        value: decimalOf(value.value),
        entered_via: via,
        entered_at: now,
      },
    ]);
    saved.set += 1;
  }
  return saved;
}

/**
 * Actuals of manual KPIs from their stored values: a period's own value, else one derived
 * from its sub-periods by the KPI's kind (domain/manual-values.ts).
 */
export function manualActuals(db: Kysely<Database>): KpiActuals {
  return {
    async valuesFor(query) {
      const kpis = query.kpis.filter((kpi) => kpi.source === "manual");
      const values = await listManualValues(
        db,
        query.organisationId,
        kpis.map((kpi) => kpi.key),
      );
      return new Map(
        kpis.map((kpi) => {
          const byPeriod = new Map(
            values.filter((v) => v.kpi === kpi.key).map((v) => [v.period, v.value as number]),
          );
          const bySpan = new Map(
            query.spans.map((span) => [span.key, manualActual(byPeriod, span, kpi.kind)]),
          );
          return [kpi.key, bySpan];
        }),
      );
    },
  };
}

/**
 * Enters one value of a manual KPI (`values set`, the API): InvalidInput, nothing stored,
 * when the KPI is unknown or not manual or the period is not a period of the organisation.
 */
export async function enterManualValue(
  db: Kysely<Database>,
  organisation: Organisation,
  value: ManualValue,
  library: KpiLibrary,
  via: EnteredVia,
): Promise<SavedValues> {
  const kpis = knownKpis(library, [], await listCustomKpis(db, organisation.id));
  const fiscal = fiscalCalendarOfOrganisation(organisation);
  const issues = [
    ...manualValueIssues(value.kpi, kpis, "kpi"),
    ...periodIssues(value.period, "period", fiscal),
    ...manualValueSizeIssues(value.value, "value"),
  ];
  if (issues.length > 0) throw new InvalidInput(issues);
  return db.transaction().execute((tx) => saveManualValues(tx, organisation.id, [value], via));
}
