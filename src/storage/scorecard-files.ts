// Applying and exporting scorecard files (cli.md: `apply FILE`, `export`; the API uses the
// same two functions). Applying is all or nothing: the file is read and checked in full
// first, every problem reported at its YAML path, and only a sound file is written, in one
// transaction.

import type { Kysely } from "kysely";
import { InvalidInput } from "../domain/errors.ts";
import type { KpiLibrary } from "../domain/kpi-library.ts";
import { kpiKeysOf, type Scorecard, type ScorecardFile } from "../domain/scorecard.ts";
import { scorecardFileIssues, sharedKpiIssues } from "../domain/scorecard-checks.ts";
import { readScorecardFile } from "../domain/scorecard-file.ts";
import { scorecardFileText } from "../domain/scorecard-file-export.ts";
import { listCustomKpis, saveCustomKpis } from "./custom-kpis.ts";
import { listManualValues, type SavedValues, saveManualValues } from "./manual-values.ts";
import { fiscalCalendarOfOrganisation, type Organisation } from "./organisations.ts";
import type { Database } from "./schema.ts";
import {
  findScorecardVersion,
  lockScorecardVersion,
  raiseScorecardVersion,
} from "./scorecard-versions.ts";
import {
  chooseScorecardKey,
  getScorecard,
  listScorecardKeys,
  type SaveOutcome,
  saveScorecard,
} from "./scorecards.ts";

export interface AppliedFile {
  scorecard: string;
  outcome: SaveOutcome;
  /** KPIs of the file's `kpis:` created or redefined. */
  kpisSaved: number;
  values: SavedValues;
  /** The scorecard's version after the change (its ETag in the API). */
  version: number;
}

export interface ApplyOptions {
  /** Apply only onto this version of the scorecard; Conflict when it has changed since. */
  expectedVersion?: number | undefined;
}

/**
 * Applies a scorecard file: its KPIs are created or redefined, its scorecard replaces the
 * one stored under its key (targets and links not in the file are gone with it), and its
 * values are stored. Manual values the file does not list are kept: they are data entered
 * over time, not part of the definition. InvalidInput, with nothing changed, when the file
 * has any problem; each issue has the line and column it is on.
 */
export async function applyScorecardFile(
  db: Kysely<Database>,
  organisation: Organisation,
  text: string,
  library: KpiLibrary,
  options: ApplyOptions = {},
): Promise<AppliedFile> {
  const read = readScorecardFile(text);
  const storedKpis = await listCustomKpis(db, organisation.id);
  const others = await otherScorecards(db, organisation.id, read.file.scorecard.key);
  const issues = [
    ...scorecardFileIssues(read.file, {
      library,
      storedKpis,
      fiscal: fiscalCalendarOfOrganisation(organisation),
    }),
    ...sharedKpiIssues(read.file, others, library),
  ];
  if (issues.length > 0) throw new InvalidInput(read.locate(issues));
  const { file } = read;
  const key = file.scorecard.key;
  const expected = options.expectedVersion;
  return db.transaction().execute(async (tx) => {
    await lockScorecardVersion(tx, organisation.id, key, expected);
    const kpisSaved = await saveCustomKpis(tx, organisation.id, file.kpis);
    const outcome = await saveScorecard(tx, organisation.id, file.scorecard);
    const values = await saveManualValues(tx, organisation.id, file.values, "file");
    const changed = outcome !== "unchanged" || kpisSaved > 0 || values.set + values.removed > 0;
    const version = changed
      ? await raiseScorecardVersion(tx, organisation.id, key, expected)
      : await findScorecardVersion(tx, organisation.id, key);
    return { scorecard: key, outcome, kpisSaved, values, version };
  });
}

/** The organisation's scorecards but `key`. */
async function otherScorecards(
  db: Kysely<Database>,
  organisationId: string,
  key: string,
): Promise<Scorecard[]> {
  const keys = (await listScorecardKeys(db, organisationId)).filter((other) => other !== key);
  const scorecards: Scorecard[] = [];
  for (const other of keys) scorecards.push(await getScorecard(db, organisationId, other));
  return scorecards;
}

/**
 * The scorecard `key` (the only one when absent) as a file: its definition, the KPIs of the
 * organisation it uses, and every stored value of its manual KPIs.
 */
export async function exportScorecardFile(
  db: Kysely<Database>,
  organisation: Organisation,
  key: string | undefined,
): Promise<string> {
  return scorecardFileText(await scorecardFileOfStored(db, organisation, key));
}

export async function scorecardFileOfStored(
  db: Kysely<Database>,
  organisation: Organisation,
  key: string | undefined,
): Promise<ScorecardFile> {
  const chosen = await chooseScorecardKey(db, organisation.id, key);
  const scorecard = await getScorecard(db, organisation.id, chosen);
  const used = new Set(kpiKeysOf(scorecard));
  const kpis = [...(await listCustomKpis(db, organisation.id)).values()].filter((kpi) =>
    used.has(kpi.key),
  );
  const manual = kpis.filter((kpi) => kpi.source === "manual").map((kpi) => kpi.key);
  const values = await listManualValues(db, organisation.id, manual);
  return { scorecard, kpis, values };
}
