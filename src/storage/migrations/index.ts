import type { Migration } from "kysely/migration";
import * as organisation from "./2026-11-23-01-organisation.ts";
import * as imports from "./2026-11-23-02-imports.ts";
import * as scorecards from "./2026-11-23-03-scorecards.ts";
import * as scorecardVersions from "./2026-12-01-01-scorecard-versions.ts";
import * as importCarriers from "./2026-12-01-02-import-carriers.ts";
import * as moreSources from "./2026-12-01-03-more-sources.ts";

/**
 * Every migration, in order. One set for both engines: a migration uses only SQL that
 * DuckDB and PostgreSQL read alike. Names sort by date so the order is the file order.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-23-01-organisation": organisation,
  "2026-11-23-02-imports": imports,
  "2026-11-23-03-scorecards": scorecards,
  "2026-12-01-01-scorecard-versions": scorecardVersions,
  "2026-12-01-02-import-carriers": importCarriers,
  "2026-12-01-03-more-sources": moreSources,
};
