// The organisation's scorecards (issue 5). A scorecard is saved whole: its definition
// replaces the one stored under its key, or is left alone when it is the same, so applying
// an unchanged file touches no row.

import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { InvalidInput, NotFound } from "../domain/errors.ts";
import type { Scorecard } from "../domain/scorecard.ts";
import { type OrganisationScope, scopedTo } from "./organisation-scope.ts";
import type { Database } from "./schema.ts";
import { rowsOfScorecard, type ScorecardRows, scorecardOfRows } from "./scorecard-rows.ts";

/** The child tables of a scorecard, each with its rows' field in `ScorecardRows`. */
const childTables = {
  scorecard_perspective: "perspectives",
  scorecard_objective: "objectives",
  scorecard_kpi: "kpis",
  scorecard_target: "targets",
  scorecard_link: "links",
} as const;

type ChildTable = keyof typeof childTables;

/** The keys of the organisation's scorecards, in order. */
export async function listScorecardKeys(
  db: Kysely<Database>,
  organisationId: string,
): Promise<string[]> {
  const rows = await scopedTo(db, organisationId)
    .selectFrom("scorecard")
    .select("key")
    .orderBy("key")
    .execute();
  return rows.map((row) => row.key);
}

export async function findScorecard(
  db: Kysely<Database>,
  organisationId: string,
  key: string,
): Promise<Scorecard | undefined> {
  const rows = await findRows(scopedTo(db, organisationId), key);
  return rows && scorecardOfRows(rows);
}

export async function getScorecard(
  db: Kysely<Database>,
  organisationId: string,
  key: string,
): Promise<Scorecard> {
  const scorecard = await findScorecard(db, organisationId, key);
  if (!scorecard) throw new NotFound("scorecard", key);
  return scorecard;
}

/**
 * The key of the scorecard a command means: `key` when given, else the organisation's
 * only scorecard. InvalidInput at `option` when there is none, or several to choose from.
 */
export async function chooseScorecardKey(
  db: Kysely<Database>,
  organisationId: string,
  key: string | undefined,
  option = "scorecard",
): Promise<string> {
  if (key !== undefined) return key;
  const keys = await listScorecardKeys(db, organisationId);
  if (keys.length === 1) return keys[0] as string;
  const message =
    keys.length === 0
      ? "there is no scorecard yet: apply a scorecard file first (fourfold apply FILE)"
      : `there are ${keys.length} scorecards: choose one with --${option} (${keys.join(", ")})`;
  throw new InvalidInput([{ path: option, message }]);
}

export type SaveOutcome = "created" | "replaced" | "unchanged";

/**
 * Stores `scorecard` under its key: creates it, replaces the definition stored there (its
 * perspectives, objectives, KPIs, targets and links; the scorecard keeps its id), or
 * leaves it when it is the same. Run it in a transaction with whatever else must land.
 */
export async function saveScorecard(
  db: Kysely<Database>,
  organisationId: string,
  scorecard: Scorecard,
  now: string = new Date().toISOString(),
): Promise<SaveOutcome> {
  const scope = scopedTo(db, organisationId);
  const stored = await findRows(scope, scorecard.key);
  const id = stored?.scorecard.id ?? randomUUID();
  const rows = rowsOfScorecard(scorecard, id, now);
  if (stored && sameDefinition(stored, rows)) return "unchanged";
  if (stored) {
    await scope.deleteFrom("scorecard").where("id", "=", id).execute();
    for (const table of Object.keys(childTables) as ChildTable[]) {
      await scope.deleteFrom(table).where("scorecard_id", "=", id).execute();
    }
  }
  await scope.insertInto("scorecard", [rows.scorecard]);
  for (const [table, field] of Object.entries(childTables) as [ChildTable, keyof ScorecardRows][]) {
    await scope.insertInto(table, rows[field] as never[]);
  }
  return stored ? "replaced" : "created";
}

/** Same definition: the scorecards the two sets of rows read back as are equal. */
function sameDefinition(stored: ScorecardRows, rows: ScorecardRows): boolean {
  return JSON.stringify(scorecardOfRows(stored)) === JSON.stringify(scorecardOfRows(rows));
}

async function findRows(scope: OrganisationScope, key: string): Promise<ScorecardRows | undefined> {
  const scorecard = await scope
    .selectFrom("scorecard")
    .selectAll()
    .where("key", "=", key)
    .executeTakeFirst();
  if (!scorecard) return undefined;
  const id = scorecard.id;
  // One query after another: inside a transaction they share one connection.
  const perspectives = await scope
    .selectFrom("scorecard_perspective")
    .selectAll()
    .where("scorecard_id", "=", id)
    .execute();
  const objectives = await scope
    .selectFrom("scorecard_objective")
    .selectAll()
    .where("scorecard_id", "=", id)
    .execute();
  const kpis = await scope
    .selectFrom("scorecard_kpi")
    .selectAll()
    .where("scorecard_id", "=", id)
    .execute();
  const targets = await scope
    .selectFrom("scorecard_target")
    .selectAll()
    .where("scorecard_id", "=", id)
    .execute();
  const links = await scope
    .selectFrom("scorecard_link")
    .selectAll()
    .where("scorecard_id", "=", id)
    .execute();
  return {
    scorecard: withoutOrganisation(scorecard),
    perspectives: perspectives.map(withoutOrganisation),
    objectives: objectives.map(withoutOrganisation),
    kpis: kpis.map(withoutOrganisation),
    targets: targets.map(withoutOrganisation),
    links: links.map(withoutOrganisation),
  };
}

function withoutOrganisation<R extends { organisation_id: string }>(
  row: R,
): Omit<R, "organisation_id"> {
  const { organisation_id: _, ...rest } = row;
  return rest;
}
