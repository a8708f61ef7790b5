// What an empty or half-set-up Fourfold lacks (issue 9, finding 4): whether there is an
// organisation, how many scorecards it has, and the last day its imports hold data. The web
// app reads it to greet a new user with the next step instead of an error.

import type { Kysely } from "kysely";
import { findDataPeriods } from "../metrics/data-periods.ts";
import { fiscalCalendarOfOrganisation, type Organisation } from "../storage/organisations.ts";
import type { Database } from "../storage/schema.ts";
import { listScorecardKeys } from "../storage/scorecards.ts";

export interface FourfoldStatus {
  organisation: { name: string; locale: "en" | "da" } | null;
  scorecards: number;
  /** The last day any import holds a row for; null before the first import. */
  lastDayWithData: string | null;
}

/** How far `organisation` (undefined: none yet) is set up. */
export async function statusOf(
  db: Kysely<Database>,
  organisation: Organisation | undefined,
): Promise<FourfoldStatus> {
  if (!organisation) return { organisation: null, scorecards: 0, lastDayWithData: null };
  const scorecards = await listScorecardKeys(db, organisation.id);
  // By day, as GET /api/data-range finds its last day: the last day bucket holding a row.
  const { periods } = await findDataPeriods(db, {
    organisationId: organisation.id,
    bucketing: "day",
    fiscal: fiscalCalendarOfOrganisation(organisation),
  });
  return {
    organisation: { name: organisation.name, locale: organisation.locale },
    scorecards: scorecards.length,
    lastDayWithData: periods.at(-1)?.end ?? null,
  };
}
