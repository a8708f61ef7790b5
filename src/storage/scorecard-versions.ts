// The version of each scorecard: raised by every change, checked by an edit made on a copy
// of a given version, so two people editing one scorecard never lose each other's change.

import type { Kysely } from "kysely";
import { Conflict } from "../domain/errors.ts";
import { scopedTo } from "./organisation-scope.ts";
import type { Database } from "./schema.ts";

/** The scorecard's version; 0 when it has none (it does not exist). */
export async function findScorecardVersion(
  db: Kysely<Database>,
  organisationId: string,
  key: string,
): Promise<number> {
  const row = await scopedTo(db, organisationId)
    .selectFrom("scorecard_version")
    .select("version")
    .where("scorecard_key", "=", key)
    .executeTakeFirst();
  return row ? Number(row.version) : 0;
}

export function staleVersion(key: string): Conflict {
  return new Conflict(
    `someone else changed the scorecard ${key} since you loaded it: reload it and make your change again`,
  );
}

/**
 * Locks the scorecard's version row for the rest of the transaction (an update that changes
 * nothing), so concurrent changes of one scorecard run one after the other; refuses, with
 * Conflict, a change made on a copy of another version than the stored one.
 */
export async function lockScorecardVersion(
  db: Kysely<Database>,
  organisationId: string,
  key: string,
  expected: number | undefined,
): Promise<void> {
  await scopedTo(db, organisationId)
    .updateTable("scorecard_version")
    .set((eb) => ({ version: eb.ref("version") }))
    .where("scorecard_key", "=", key)
    .execute();
  if (expected === undefined) return;
  if ((await findScorecardVersion(db, organisationId, key)) !== expected) throw staleVersion(key);
}

/**
 * Raises the version of the scorecard by one and returns it. With `expected`, only from
 * that version: the update is conditional, so of two concurrent changes from the same
 * version the second, waiting on the first's row lock, finds no row and is refused.
 */
export async function raiseScorecardVersion(
  db: Kysely<Database>,
  organisationId: string,
  key: string,
  expected: number | undefined,
): Promise<number> {
  const scope = scopedTo(db, organisationId);
  let update = scope
    .updateTable("scorecard_version")
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .where("scorecard_key", "=", key);
  if (expected !== undefined) update = update.where("version", "=", expected);
  const result = await update.executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return findScorecardVersion(db, organisationId, key);
  const current = await findScorecardVersion(db, organisationId, key);
  if (current !== 0 || (expected !== undefined && expected !== 0)) throw staleVersion(key);
  await scope.insertInto("scorecard_version", [{ scorecard_key: key, version: 1 }]);
  return 1;
}
