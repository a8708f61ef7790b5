import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { FiscalCalendar } from "../domain/fiscal-year.ts";
import type { OrganisationSettings } from "../domain/organisation.ts";
import type { Database, OrganisationTable } from "./schema.ts";

export type Organisation = Pick<
  Selectable<OrganisationTable>,
  "id" | "name" | "time_zone" | "currency" | "fiscal_year_start_month" | "locale"
>;

const columns = [
  "id",
  "name",
  "time_zone",
  "currency",
  "fiscal_year_start_month",
  "locale",
] as const;

/** The organisation of a single-organisation database (the CLI's), or undefined when empty. */
export async function findOnlyOrganisation(
  db: Kysely<Database>,
): Promise<Organisation | undefined> {
  return db.selectFrom("organisation").select(columns).orderBy("created_at").executeTakeFirst();
}

export async function findOrganisation(
  db: Kysely<Database>,
  id: string,
): Promise<Organisation | undefined> {
  return db.selectFrom("organisation").select(columns).where("id", "=", id).executeTakeFirst();
}

/**
 * `init`: creates the organisation in an empty database, or updates its settings when
 * there is one (cli.md). Returns the organisation and whether it was created.
 */
export async function saveOnlyOrganisation(
  db: Kysely<Database>,
  settings: OrganisationSettings,
): Promise<{ organisation: Organisation; created: boolean }> {
  return db.transaction().execute(async (tx) => {
    const existing = await findOnlyOrganisation(tx);
    if (existing) {
      await tx
        .updateTable("organisation")
        .set({ ...settings, updated_at: new Date().toISOString() })
        .where("id", "=", existing.id)
        .execute();
      return { organisation: { ...settings, id: existing.id }, created: false };
    }
    const organisation = { ...settings, id: randomUUID() };
    await tx.insertInto("organisation").values(organisation).execute();
    return { organisation, created: true };
  });
}

/** The organisation's fiscal calendar, which every period key and range is read through. */
export function fiscalCalendarOfOrganisation(organisation: Organisation): FiscalCalendar {
  return { fiscalYearStartMonth: organisation.fiscal_year_start_month };
}
