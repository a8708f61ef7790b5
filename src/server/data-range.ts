import { periodContaining } from "../domain/periods.ts";
import { findDataPeriods } from "../metrics/data-periods.ts";
import type { Storage } from "../storage/database.ts";
import type { Organisation } from "../storage/organisations.ts";
import { fiscalCalendarOfOrganisation } from "../storage/organisations.ts";

export interface DataRange {
  firstDay: string | null;
  lastDay: string | null;
  latest: { month: string | null; quarter: string | null; year: string | null };
}

/** The first and last day holding imported data, and the periods the last day falls in. */
export async function dataRangeOf(
  storage: Storage,
  organisation: Organisation,
): Promise<DataRange> {
  const fiscal = fiscalCalendarOfOrganisation(organisation);
  const { periods } = await findDataPeriods(storage.db, {
    organisationId: organisation.id,
    bucketing: "day",
    fiscal,
  });
  const firstDay = periods[0]?.start ?? null;
  const lastDay = periods.at(-1)?.end ?? null;
  const latest = (grain: "month" | "quarter" | "year") =>
    lastDay ? periodContaining(lastDay, grain, fiscal).key : null;
  return {
    firstDay,
    lastDay,
    latest: { month: latest("month"), quarter: latest("quarter"), year: latest("year") },
  };
}
