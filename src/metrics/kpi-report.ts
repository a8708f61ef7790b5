// KPI values by period, as `fourfold kpis` and the API give them (cli.md, `kpis`): every
// KPI of the library whose sources hold data (or those named), for every period that holds
// data in any source, `null` where there is no value.

import type { Kysely } from "kysely";
import { InvalidInput } from "../domain/errors.ts";
import type { FiscalCalendar } from "../domain/fiscal-year.ts";
import { type Grain, type Period, periodContaining } from "../domain/periods.ts";
import type { Database } from "../storage/schema.ts";
import { closestName } from "./closest-name.ts";
import { computeKpis, sourcesOf } from "./compute-kpis.ts";
import { findLibraryKpi, kpiLibrary, libraryKpiKeys } from "./kpi-library.ts";
import type { DateRange } from "./measure-query.ts";
import type { Formula, Kpi } from "./model.ts";

export interface KpiReportRequest {
  organisationId: string;
  fiscal: FiscalCalendar;
  grain: Grain;
  /** Periods of any grain; the report covers the periods of `grain` they overlap. */
  from?: Period | undefined;
  to?: Period | undefined;
  /** Library KPIs asked for by name (see libraryKpisNamed); when absent, every library KPI whose sources hold data. */
  named?: readonly Kpi[] | undefined;
  /** Custom KPIs to compute as well, e.g. from `--define key=expression`. */
  custom?: readonly { key: string; formula: Formula }[] | undefined;
}

export interface KpiReport {
  periods: Period[];
  /** The KPIs shown, in library order, then the custom ones. */
  kpis: { key: string; kpi?: Kpi | undefined; values: Record<string, number | null> }[];
}

export async function kpiReport(
  db: Kysely<Database>,
  request: KpiReportRequest,
): Promise<KpiReport> {
  const named = request.named;
  const library = named ?? kpiLibrary;
  const custom = request.custom ?? [];
  const table = await computeKpis(db, {
    organisationId: request.organisationId,
    fiscal: request.fiscal,
    bucketing: request.grain,
    range: reportRange(request),
    kpis: [...library, ...custom],
  });
  const holdsData = (formula: Formula) =>
    sourcesOf(formula).some((source) => table.sourcesWithData.has(source));
  const shown = [
    ...library
      .filter((kpi) => named || holdsData(kpi.formula))
      .map((kpi) => ({ key: kpi.key, kpi })),
    ...custom.map((kpi) => ({ key: kpi.key, kpi: undefined })),
  ];
  return {
    periods: table.periods,
    kpis: shown.map(({ key, kpi }) => ({
      key,
      kpi,
      values: Object.fromEntries(table.rows.map((row) => [row.period, row.values[key] ?? null])),
    })),
  };
}

/** The library KPIs `keys` name, or InvalidInput at `path` saying which key was meant. */
export function libraryKpisNamed(keys: readonly string[], path: string): Kpi[] {
  return keys.map((key) => {
    const kpi = findLibraryKpi(key);
    if (kpi) return kpi;
    const guess = closestName(key, libraryKpiKeys);
    const hint = guess
      ? `did you mean \`${guess}\`?`
      : "docs/kpis.md lists every KPI of the library";
    throw new InvalidInput([{ path, message: `unknown KPI \`${key}\`; ${hint}` }]);
  });
}

/** The dates of the periods of the grain that `from` and `to` overlap (open when absent). */
function reportRange(request: KpiReportRequest): DateRange | undefined {
  const { from, to, grain, fiscal } = request;
  if (!from && !to) return undefined;
  const range = {
    from: from ? periodContaining(from.start, grain, fiscal).start : "0001-01-01",
    to: to ? periodContaining(to.end, grain, fiscal).end : "9999-12-31",
  };
  if (range.to < range.from) {
    throw new InvalidInput([
      {
        path: "to",
        message: `"${to?.key}" ends before "${from?.key}" starts: "to" must not be earlier than "from"`,
      },
    ]);
  }
  return range;
}
