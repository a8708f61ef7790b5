// The parts of a scorecard as resources: perspectives, objectives, the KPIs on an
// objective with their targets, and links. A change to a part is a change to the scorecard
// file: the stored file is read, the part changed, and the whole file applied again, so a
// part edit is checked exactly as `apply` checks a file (cycles, unknown KPIs, definitions
// that cannot score), reported at the file's paths, and changes all of it or nothing.
//
// Each edit is applied onto the version it read (or the version the caller's copy is of,
// `expectedVersion`): a change made meanwhile by someone else is never overwritten, the
// edit is refused with Conflict instead.

import { z } from "zod";
import { Conflict, NotFound } from "../domain/errors.ts";
import { fileShapeOf } from "../domain/scorecard-file-export.ts";
import { metricsLibrary } from "../metrics/kpi-sources.ts";
import {
  type AppliedFile,
  applyScorecardFile,
  scorecardFileOfStored,
} from "../storage/scorecard-files.ts";
import { findScorecardVersion } from "../storage/scorecard-versions.ts";
import type { ServiceContext } from "./context.ts";
import { parseInput } from "./input.ts";

interface ObjectiveShape {
  key: string;
  kpis?: KpiOnObjectiveShape[];
  [field: string]: unknown;
}
interface KpiOnObjectiveShape {
  kpi: string;
  [field: string]: unknown;
}
interface PerspectiveShape {
  key: string;
  objectives?: ObjectiveShape[];
  [field: string]: unknown;
}
interface FileShape {
  perspectives: PerspectiveShape[];
  links?: { from: string; to: string }[];
  [field: string]: unknown;
}

export const perspectiveKey = z.enum(["financial", "customer", "internal", "learning"]);
const wording = z.union([z.string(), z.object({ en: z.string(), da: z.string() })]);

export const perspectiveBody = z
  .object({ name: wording.optional(), weight: z.number().min(0).optional() })
  .strict();
export const objectiveBody = z.object({ perspective: perspectiveKey }).catchall(z.unknown());
// The fields are checked by `apply` with the file's own schema; here only their container.
export const kpiOnObjectiveBody = z.record(z.string(), z.unknown());
export const linkBody = z.object({ from: z.string().min(1), to: z.string().min(1) }).strict();

/** Which scorecard a part edit changes, and the version the caller's copy is of. */
export interface PartEdit {
  scorecard: string;
  expectedVersion?: number | undefined;
}

/** Reads the stored file, lets `change` edit it, and applies it onto the version read. */
async function editScorecard(
  context: ServiceContext,
  edit: PartEdit,
  change: (shape: FileShape) => void,
): Promise<AppliedFile> {
  const { storage, organisation } = context;
  const read = await findScorecardVersion(storage.db, organisation.id, edit.scorecard);
  const file = await scorecardFileOfStored(storage.db, organisation, edit.scorecard);
  const shape = fileShapeOf(file) as unknown as FileShape;
  change(shape);
  return applyScorecardFile(storage.db, organisation, JSON.stringify(shape), metricsLibrary, {
    expectedVersion: edit.expectedVersion ?? read,
  });
}

function findObjective(shape: FileShape, key: string) {
  for (const perspective of shape.perspectives) {
    const objectives = perspective.objectives ?? [];
    const index = objectives.findIndex((objective) => objective.key === key);
    const objective = objectives[index];
    if (objective) return { perspective, objectives, index, objective };
  }
  return undefined;
}

function getObjectiveIn(shape: FileShape, key: string) {
  const found = findObjective(shape, key);
  if (!found) throw new NotFound("objective", key);
  return found;
}

/** Renames or reweights a perspective (adds it when the scorecard leaves it out). */
export function setPerspective(
  context: ServiceContext,
  edit: PartEdit,
  key: z.input<typeof perspectiveKey>,
  body: unknown,
): Promise<AppliedFile> {
  const input = parseInput(perspectiveBody, body);
  const perspectiveWanted = parseInput(perspectiveKey, key);
  return editScorecard(context, edit, (shape) => {
    let perspective = shape.perspectives.find((p) => p.key === perspectiveWanted);
    if (!perspective) {
      perspective = { key: perspectiveWanted };
      shape.perspectives.push(perspective);
    }
    if (input.name !== undefined) perspective.name = input.name;
    if (input.weight !== undefined) perspective.weight = input.weight;
  });
}

/** An objective in the fields of the scorecard file, with the perspective it is under. */
export async function getObjective(
  context: ServiceContext,
  scorecard: string,
  key: string,
): Promise<Record<string, unknown>> {
  const file = await scorecardFileOfStored(context.storage.db, context.organisation, scorecard);
  const found = getObjectiveIn(fileShapeOf(file) as unknown as FileShape, key);
  return { perspective: found.perspective.key, ...found.objective };
}

/** Creates or replaces an objective under the body's `perspective`, keeping its place. */
export function putObjective(
  context: ServiceContext,
  edit: PartEdit,
  key: string,
  body: unknown,
): Promise<AppliedFile> {
  const { perspective: perspectiveWanted, ...objective } = parseInput(objectiveBody, body);
  return editScorecard(context, edit, (shape) => {
    const found = findObjective(shape, key);
    if (found) found.objectives.splice(found.index, 1);
    let perspective = shape.perspectives.find((p) => p.key === perspectiveWanted);
    if (!perspective) {
      perspective = { key: perspectiveWanted, objectives: [] };
      shape.perspectives.push(perspective);
    }
    const objectives = perspective.objectives ?? [];
    const replaced: ObjectiveShape = { ...objective, key };
    if (found && found.perspective === perspective) objectives.splice(found.index, 0, replaced);
    else objectives.push(replaced);
    perspective.objectives = objectives;
  });
}

/** Removes an objective and the links to and from it. */
export function deleteObjective(
  context: ServiceContext,
  edit: PartEdit,
  key: string,
): Promise<AppliedFile> {
  return editScorecard(context, edit, (shape) => {
    const found = getObjectiveIn(shape, key);
    found.objectives.splice(found.index, 1);
    shape.links = (shape.links ?? []).filter((link) => link.from !== key && link.to !== key);
  });
}

/** Puts a KPI on an objective, or changes how it is scored there. */
export function putKpiOnObjective(
  context: ServiceContext,
  edit: PartEdit,
  place: { objective: string; kpi: string },
  body: unknown,
): Promise<AppliedFile> {
  const fields = parseInput(kpiOnObjectiveBody, body);
  return editScorecard(context, edit, (shape) => {
    const { objective } = getObjectiveIn(shape, place.objective);
    const kpis = objective.kpis ?? [];
    const entry = { ...fields, kpi: place.kpi };
    const index = kpis.findIndex((kpi) => kpi.kpi === place.kpi);
    if (index >= 0) kpis[index] = entry;
    else kpis.push(entry);
    objective.kpis = kpis;
  });
}

/** Takes a KPI off an objective. */
export function deleteKpiOnObjective(
  context: ServiceContext,
  edit: PartEdit,
  place: { objective: string; kpi: string },
): Promise<AppliedFile> {
  return editScorecard(context, edit, (shape) => {
    const found = findObjective(shape, place.objective);
    const kpis = found?.objective.kpis ?? [];
    const index = kpis.findIndex((kpi) => kpi.kpi === place.kpi);
    if (index < 0) throw new NotFound("KPI on this objective", place.kpi);
    kpis.splice(index, 1);
  });
}

/** Adds a cause-and-effect link; Conflict when it is there already. */
export function addLink(
  context: ServiceContext,
  edit: PartEdit,
  body: unknown,
): Promise<AppliedFile> {
  const { from, to } = parseInput(linkBody, body);
  return editScorecard(context, edit, (shape) => {
    const links = shape.links ?? [];
    if (links.some((link) => link.from === from && link.to === to)) {
      throw new Conflict(`the link ${from} → ${to} exists already`);
    }
    shape.links = [...links, { from, to }];
  });
}

/** Removes a cause-and-effect link. */
export function deleteLink(
  context: ServiceContext,
  edit: PartEdit,
  link: { from: string; to: string },
): Promise<AppliedFile> {
  return editScorecard(context, edit, (shape) => {
    const links = shape.links ?? [];
    if (!links.some((l) => l.from === link.from && l.to === link.to)) {
      throw new NotFound("link", `${link.from} → ${link.to}`);
    }
    shape.links = links.filter((l) => !(l.from === link.from && l.to === link.to));
  });
}
