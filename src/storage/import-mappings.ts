import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** The saved column mappings of an organisation, as the JSON text they were saved as. */
export async function listMappingDefinitions(
  db: Kysely<Database>,
  organisationId: string,
): Promise<{ name: string; definition: string }[]> {
  return db
    .selectFrom("import_mapping")
    .select(["name", "definition"])
    .where("organisation_id", "=", organisationId)
    .orderBy("name")
    .execute();
}

/** Saves a mapping under its name, replacing an earlier one of the same name. */
export async function saveMappingDefinition(
  db: Kysely<Database>,
  organisationId: string,
  mapping: { name: string; definition: string },
): Promise<void> {
  await db
    .insertInto("import_mapping")
    .values({ organisation_id: organisationId, ...mapping, saved_at: new Date().toISOString() })
    .onConflict((conflict) =>
      conflict.columns(["organisation_id", "name"]).doUpdateSet({
        definition: mapping.definition,
        saved_at: new Date().toISOString(),
      }),
    )
    .execute();
}
