// What the scorecard command tests share: the example of scorecard-file.md as it stands,
// scorecard files written to a temporary folder, and every scorecard row of a database.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { openStorage } from "../src/storage/database.ts";
import type { OrganisationTable } from "../src/storage/organisation-scope.ts";
import { fourfold } from "./cli.ts";
import {
  createTestLocation,
  describeOn,
  engines,
  type TestEngine,
  type TestLocation,
} from "./engines.ts";

/** The contract of the scorecard file, kept in the repository (docs/spec/). */
const specFile = resolve(import.meta.dirname, "../docs/spec/scorecard-file.md");

/** The YAML example of scorecard-file.md, exactly as the spec has it. */
export function specExample(): string {
  const match = /```yaml\n([\s\S]*?)```/.exec(readFileSync(specFile, "utf8"));
  if (!match?.[1]) throw new Error(`${specFile} has no yaml example`);
  return match[1];
}

export interface ScorecardTestPlace {
  env: Record<string, string>;
  location: TestLocation;
  /** Writes `text` to a file of that name in a temporary folder and returns its path. */
  file(name: string, text: string): string;
}

/**
 * Runs `body` on DuckDB and PostgreSQL, each test with a fresh database holding the
 * organisation of a Danish company (calendar fiscal year) and a folder for files.
 */
export function describeScorecardCommands(
  title: string,
  body: (place: () => ScorecardTestPlace, engine: TestEngine) => void,
): void {
  for (const engine of engines) {
    describeOn(engine)(`${title} (${engine})`, () => {
      let current: (ScorecardTestPlace & { folder: string }) | undefined;
      beforeEach(async () => {
        const location = await createTestLocation(engine);
        const folder = mkdtempSync(join(tmpdir(), "fourfold-scorecard-"));
        const file = (name: string, text: string) => {
          const path = join(folder, name);
          writeFileSync(path, text);
          return path;
        };
        current = { env: location.env, location, folder, file };
        const init = ["init", "--name", "Fjordline Cycling ApS", "--timezone", "Europe/Copenhagen"];
        const run = await fourfold([...init, "--currency", "DKK"], location.env);
        if (run.status !== 0) throw new Error(`init failed: ${run.stderr}`);
      });
      afterEach(async () => {
        await current?.location.dispose();
        if (current) rmSync(current.folder, { recursive: true, force: true });
        current = undefined;
      });
      body(() => {
        if (!current) throw new Error("the place is made in beforeEach");
        return current;
      }, engine);
    });
  }
}

const scorecardTables: OrganisationTable[] = [
  "scorecard",
  "scorecard_perspective",
  "scorecard_objective",
  "scorecard_kpi",
  "scorecard_target",
  "scorecard_link",
  "custom_kpi",
  "manual_value",
];

/** Every row of every scorecard table, in a stable order: to compare a database over time. */
export async function scorecardRows(place: ScorecardTestPlace): Promise<Record<string, unknown[]>> {
  const storage = await openStorage(place.location.location);
  try {
    const dump: Record<string, unknown[]> = {};
    for (const table of scorecardTables) {
      const rows = await storage.db.selectFrom(table).selectAll().execute();
      dump[table] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return dump;
  } finally {
    await storage.close();
  }
}
