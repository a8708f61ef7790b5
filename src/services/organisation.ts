// The organisation: its settings (`init`), and the span of days its imports cover.

import { addDays } from "../domain/calendar-date.ts";
import {
  type OrganisationSettingsInput,
  parseOrganisationSettings,
} from "../domain/organisation.ts";
import { periodContaining } from "../domain/periods.ts";
import { localDateOf } from "../domain/time-zone.ts";
import { findDataPeriods } from "../metrics/data-periods.ts";
import type { Storage } from "../storage/database.ts";
import {
  fiscalCalendarOfOrganisation,
  type Organisation,
  saveOnlyOrganisation,
} from "../storage/organisations.ts";
import type { ServiceContext } from "./context.ts";

/** Creates the organisation in an empty database, or updates its settings. */
export async function saveOrganisation(
  storage: Storage,
  input: OrganisationSettingsInput,
): Promise<{ organisation: Organisation; created: boolean }> {
  const settings = parseOrganisationSettings(input);
  return saveOnlyOrganisation(storage.db, settings);
}

export interface DataRange {
  firstDay: string | null;
  lastDay: string | null;
  latest: { month: string | null; quarter: string | null; year: string | null };
}

/** The first and last day holding imported data, and the periods the last day falls in. */
export async function getDataRange(context: ServiceContext): Promise<DataRange> {
  const { organisation } = context;
  const fiscal = fiscalCalendarOfOrganisation(organisation);
  const { periods } = await findDataPeriods(context.storage.db, {
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

/** Yesterday in the organisation's time zone: the last day whose data is complete. */
export function yesterdayOf(organisation: Organisation, now: Date = new Date()): string {
  return addDays(localDateOf(now, organisation.time_zone), -1);
}
