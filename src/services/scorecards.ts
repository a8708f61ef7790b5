// Scorecards as wholes: list, read (with the version an edit is made on), create, replace,
// apply a scorecard file (the CLI's `apply`), export.

import { z } from "zod";
import { Conflict, InvalidInput } from "../domain/errors.ts";
import type { Wording } from "../domain/scorecard.ts";

export type { AppliedFile } from "../storage/scorecard-files.ts";

import { fileShapeOf } from "../domain/scorecard-file-export.ts";
import { metricsLibrary } from "../metrics/kpi-sources.ts";
import {
  type AppliedFile,
  applyScorecardFile,
  exportScorecardFile,
  scorecardFileOfStored,
} from "../storage/scorecard-files.ts";
import { findScorecardVersion } from "../storage/scorecard-versions.ts";
import {
  chooseScorecardKey,
  findScorecard,
  getScorecard,
  listScorecardKeys,
} from "../storage/scorecards.ts";
import type { ServiceContext } from "./context.ts";
import { parseInput } from "./input.ts";

/** A scorecard file in its JSON form, as the API takes it (checked in full by `apply`). */
export const scorecardFileBody = z
  .object({ scorecard: z.object({ key: z.string() }).passthrough() })
  .passthrough();

export async function listScorecards(
  context: ServiceContext,
): Promise<{ scorecards: { key: string; name: Wording }[] }> {
  const { storage, organisation } = context;
  const scorecards = [];
  for (const key of await listScorecardKeys(storage.db, organisation.id)) {
    const scorecard = await getScorecard(storage.db, organisation.id, key);
    scorecards.push({ key, name: scorecard.name });
  }
  return { scorecards };
}

/** The scorecard file's JSON form and the version it is of. */
export async function getScorecardFile(
  context: ServiceContext,
  key: string | undefined,
): Promise<{ file: ReturnType<typeof fileShapeOf>; version: number }> {
  const { storage, organisation } = context;
  const chosen = await chooseScorecardKey(storage.db, organisation.id, key);
  const file = fileShapeOf(await scorecardFileOfStored(storage.db, organisation, chosen));
  return { file, version: await findScorecardVersion(storage.db, organisation.id, chosen) };
}

/** The version of the scorecard `key` (NotFound when there is none). */
export async function getScorecardVersion(context: ServiceContext, key: string): Promise<number> {
  const { storage, organisation } = context;
  await getScorecard(storage.db, organisation.id, key);
  return findScorecardVersion(storage.db, organisation.id, key);
}

/** A new scorecard from a file; Conflict when its key is taken. */
export async function createScorecard(
  context: ServiceContext,
  body: unknown,
): Promise<AppliedFile> {
  const file = parseInput(scorecardFileBody, body);
  const { storage, organisation } = context;
  const key = file.scorecard.key;
  if (await findScorecard(storage.db, organisation.id, key)) {
    throw new Conflict(
      `a scorecard \`${key}\` exists already: PUT /api/scorecards/${key} replaces it`,
    );
  }
  return applyScorecardFile(storage.db, organisation, JSON.stringify(file), metricsLibrary, {
    expectedVersion: 0,
  });
}

/**
 * Replaces (or creates) the scorecard `key` by a file whose key must be `key`; with
 * `expectedVersion`, only if nobody changed it since that version.
 */
export async function replaceScorecard(
  context: ServiceContext,
  key: string,
  body: unknown,
  expectedVersion?: number,
): Promise<AppliedFile> {
  const file = parseInput(z.record(z.string(), z.unknown()), body) as {
    scorecard?: { key?: unknown };
  };
  if (file.scorecard?.key !== key) {
    const message = `must be the key in the address, \`${key}\``;
    throw new InvalidInput([{ path: "body.scorecard.key", message }]);
  }
  const { storage, organisation } = context;
  return applyScorecardFile(storage.db, organisation, JSON.stringify(file), metricsLibrary, {
    expectedVersion,
  });
}

/** Applies a scorecard file's text (YAML or JSON), all of it or, with errors, none of it. */
export async function applyScorecardText(
  context: ServiceContext,
  text: string,
): Promise<AppliedFile> {
  return applyScorecardFile(context.storage.db, context.organisation, text, metricsLibrary);
}

/** The scorecard `key` (the only one when absent) as a scorecard file: YAML text or JSON. */
export async function exportScorecard(
  context: ServiceContext,
  key: string | undefined,
  format: "yaml" | "json",
): Promise<string> {
  const { storage, organisation } = context;
  if (format === "yaml") return exportScorecardFile(storage.db, organisation, key);
  return JSON.stringify(fileShapeOf(await scorecardFileOfStored(storage.db, organisation, key)));
}
