// Saved column mappings: stored as JSON text, read back through the same schema that
// checked them when they were saved, so a mapping is valid wherever it is used.

import type { Kysely } from "kysely";
import { InvalidInput } from "../domain/errors.ts";
import { listMappingDefinitions, saveMappingDefinition } from "../storage/import-mappings.ts";
import type { Database } from "../storage/schema.ts";
import { type ColumnMapping, columnMappingSchema } from "./generic-csv.ts";
import { builtInSources } from "./registry.ts";

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
  refuseBuiltInName(mapping.name);
  await saveMappingDefinition(db, organisationId, {
    name: mapping.name,
    definition: JSON.stringify(mapping),
  });
}

// A mapping works as a source under its name (`--source NAME`, `imports`): one named like a
// built-in source would make that name mean two sources.
function refuseBuiltInName(name: string): void {
  const builtIn = builtInSources.find((source) => source.name === name);
  if (!builtIn) return;
  throw new InvalidInput([
    {
      path: "name",
      message: `\`${name}\` is the name of a built-in source (${builtIn.label}): give the mapping another name`,
    },
  ]);
}
