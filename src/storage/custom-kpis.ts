// KPIs the organisation defined in scorecard files beyond the library (scorecard-file.md,
// `kpis:`). They belong to the organisation: a scorecard file that uses brand_awareness
// shares it, and its values, with every other scorecard that does.

import type { Kysely } from "kysely";
import type { CustomKpi, KpiUnit } from "../domain/scorecard.ts";
import type { Polarity } from "../domain/scoring.ts";
import { scopedTo } from "./organisation-scope.ts";
import type { Database } from "./schema.ts";
import { wordingColumns, wordingOf } from "./scorecard-rows.ts";

/** The organisation's own KPIs by key. */
export async function listCustomKpis(
  db: Kysely<Database>,
  organisationId: string,
): Promise<Map<string, CustomKpi>> {
  const rows = await scopedTo(db, organisationId)
    .selectFrom("custom_kpi")
    .selectAll()
    .orderBy("key")
    .execute();
  return new Map(
    rows.map((row) => [
      row.key,
      {
        key: row.key,
        name: wordingOf(row.name_en, row.name_da),
        unit: row.unit as KpiUnit,
        polarity: row.polarity as Polarity,
        kind: row.kind,
        source: row.source,
        expression: row.expression ?? undefined,
      },
    ]),
  );
}

/**
 * Creates or redefines each of `kpis` (a KPI redefined changes for every scorecard that
 * uses it); KPIs the same as stored are left alone. Returns how many were written.
 */
export async function saveCustomKpis(
  db: Kysely<Database>,
  organisationId: string,
  kpis: readonly CustomKpi[],
  now: string = new Date().toISOString(),
): Promise<number> {
  const scope = scopedTo(db, organisationId);
  const stored = await listCustomKpis(db, organisationId);
  const changed = kpis.filter((kpi) => !sameKpi(stored.get(kpi.key), kpi));
  for (const kpi of changed) {
    const name = wordingColumns(kpi.name);
    await scope.deleteFrom("custom_kpi").where("key", "=", kpi.key).execute();
    await scope.insertInto("custom_kpi", [
      {
        key: kpi.key,
        name_en: name.en,
        name_da: name.da,
        unit: kpi.unit,
        polarity: kpi.polarity,
        kind: kpi.kind,
        source: kpi.source,
        expression: kpi.expression ?? null,
        updated_at: now,
      },
    ]);
  }
  return changed.length;
}

function sameKpi(stored: CustomKpi | undefined, kpi: CustomKpi): boolean {
  if (!stored) return false;
  const canonical = (k: CustomKpi) =>
    JSON.stringify([k.key, k.name, k.unit, k.polarity, k.kind, k.source, k.expression ?? null]);
  return canonical(stored) === canonical(kpi);
}
