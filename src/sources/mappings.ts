// Saved column mappings: stored as JSON text, read back through the same schema that
// checked them when they were saved, so a mapping is valid wherever it is used.

import type { Kysely } from "kysely";
import { listMappingDefinitions, saveMappingDefinition } from "../storage/import-mappings.ts";
import type { Database } from "../storage/schema.ts";
import { type ColumnMapping, columnMappingSchema } from "./generic-csv.ts";

export async function loadMappings(
  db: Kysely<Database>,
  organisationId: string,
): Promise<Map<string, ColumnMapping>> {
  const mappings = new Map<string, ColumnMapping>();
  for (const saved of await listMappingDefinitions(db, organisationId)) {
    mappings.set(saved.name, columnMappingSchema.parse(JSON.parse(saved.definition)));
  }
  return mappings;
}

export async function saveMapping(
  db: Kysely<Database>,
  organisationId: string,
  mapping: ColumnMapping,
): Promise<void> {
  await saveMappingDefinition(db, organisationId, {
    name: mapping.name,
    definition: JSON.stringify(mapping),
  });
}
