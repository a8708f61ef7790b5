// The KPI library: every KPI Fourfold computes from imported sources without being told
// how, grouped by perspective in library/. Each is written in the same expression language
// users write custom KPIs in, and may name other library KPIs (`roas` is
// `ad_revenue / ad_spend`); the library is compiled once, when this module loads.

import { type KpiLookup, parseKpiFormula } from "./kpi-expression.ts";
import { customerKpis } from "./library/customer.ts";
import { financialKpis } from "./library/financial.ts";
import { internalProcessKpis } from "./library/internal-processes.ts";
import { learningKpis } from "./library/learning-and-growth.ts";
import type { LibraryEntry } from "./library/library-entry.ts";
import { socialAndLinkedInKpis } from "./library/social-and-linkedin.ts";
import { webAndShopKpis } from "./library/web-and-shop.ts";
import type { Formula, Kpi } from "./model.ts";

const entries: readonly LibraryEntry[] = [
  ...financialKpis,
  ...customerKpis,
  ...internalProcessKpis,
  ...learningKpis,
  ...webAndShopKpis,
  ...socialAndLinkedInKpis,
];

const entryKeys = entries.map((entry) => entry.key);

function compileLibrary(): Kpi[] {
  const formulas = new Map<string, Formula>();
  const compiling = new Set<string>();
  const formulaOf: KpiLookup = (key) => {
    const known = formulas.get(key);
    if (known) return known;
    const entry = entries.find((e) => e.key === key);
    if (!entry) return undefined;
    if (compiling.has(key)) throw new Error(`the library KPI ${key} is defined in terms of itself`);
    compiling.add(key);
    const formula = parseKpiFormula(entry.expression, {
      kpis: formulaOf,
      kpiKeys: entryKeys,
      path: `library.${key}`,
    });
    compiling.delete(key);
    formulas.set(key, formula);
    return formula;
  };
  return entries.map((entry) => ({ ...entry, formula: formulaOf(entry.key) as Formula }));
}

/** Every KPI of the library, perspective by perspective. */
export const kpiLibrary: readonly Kpi[] = compileLibrary();

const byKey = new Map(kpiLibrary.map((kpi) => [kpi.key, kpi]));

export function findLibraryKpi(key: string): Kpi | undefined {
  return byKey.get(key);
}

/** The keys of the library, in library order. */
export const libraryKpiKeys: readonly string[] = entryKeys;

/**
 * The formula of a custom KPI's expression, which may name library KPIs
 * (`revenue / leads`); InvalidInput at `path` with each mistake's column.
 */
export function parseCustomKpiFormula(expression: string, path?: string): Formula {
  return parseKpiFormula(expression, {
    kpis: (key) => byKey.get(key)?.formula,
    kpiKeys: libraryKpiKeys,
    path,
  });
}
