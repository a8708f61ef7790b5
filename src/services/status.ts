// What an empty or half-set-up Fourfold lacks (issue 9, finding 4): whether there is an
// organisation, how many scorecards it has, and the last day its imports hold data. The web
// app reads it to greet a new user with the next step instead of an error.

import type { Storage } from "../storage/database.ts";
import type { Organisation } from "../storage/organisations.ts";
import { listScorecardKeys } from "../storage/scorecards.ts";
import { getDataRange } from "./organisation.ts";

export interface FourfoldStatus {
  organisation: { name: string; locale: "en" | "da" } | null;
  scorecards: number;
  /** The last day any import holds a row for; null before the first import. */
  lastDayWithData: string | null;
}

/** How far `organisation` (undefined: none yet) is set up. */
export async function statusOf(
  storage: Storage,
  organisation: Organisation | undefined,
): Promise<FourfoldStatus> {
  if (!organisation) return { organisation: null, scorecards: 0, lastDayWithData: null };
  const scorecards = await listScorecardKeys(storage.db, organisation.id);
  // The same last day as GET /api/data-range gives.
  const { lastDay } = await getDataRange({ storage, organisation });
  return {
    organisation: { name: organisation.name, locale: organisation.locale },
    scorecards: scorecards.length,
    lastDayWithData: lastDay,
  };
}
