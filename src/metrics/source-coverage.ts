// The coverage of a source (scoring.md, "When a KPI has a value"): the days from its first to
// its last day with rows, by any of the dates that put its rows in periods. Inside it a sum
// or count with no rows is 0; a span wholly outside the coverage of every source of a KPI
// has no value. Over all history, so a span's answer never depends on what else is asked.

import { type Kysely, sql } from "kysely";
import type { Database } from "../storage/schema.ts";
import { organisationRows } from "./measure-query.ts";
import { metricSources, type SourceName } from "./source-catalogue.ts";

export interface Coverage {
  first: string;
  last: string;
}

export async function findSourceCoverage(
  db: Kysely<Database>,
  organisationId: string,
  sources: readonly SourceName[],
): Promise<Map<SourceName, Coverage>> {
  const coverage = new Map<SourceName, Coverage>();
  // One after the other: inside a transaction the queries share one connection.
  for (const name of new Set(sources)) {
    const source = metricSources[name];
    for (const dateField of source.periodDates) {
      const date = sql.ref(`t.${dateField}`);
      const row = await organisationRows(db, source, organisationId)
        .select([sql`min(${date})`.as("first"), sql`max(${date})`.as("last")])
        .executeTakeFirst();
      if (!row || row.first === null || row.last === null) continue;
      const [first, last] = [dayOf(row.first), dayOf(row.last)];
      const known = coverage.get(name);
      coverage.set(name, {
        first: known && known.first < first ? known.first : first,
        last: known && known.last > last ? known.last : last,
      });
    }
  }
  return coverage;
}

function dayOf(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}
