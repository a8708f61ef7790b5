// The parts of a scorecard as resources: perspectives, objectives, the KPIs on an
// objective with their targets, and links. A change to a part is a change to the scorecard
// file: the stored file is read, the part changed, and the whole file applied again, so the
// API checks exactly what `apply` checks (cycles, unknown KPIs, definitions that cannot
// score), reports it at the file's paths, and changes all of it or nothing.

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Conflict, NotFound } from "../../domain/errors.ts";
import { fileShapeOf } from "../../domain/scorecard-file-export.ts";
import { metricsLibrary } from "../../metrics/kpi-sources.ts";
import type { Storage } from "../../storage/database.ts";
import type { Organisation } from "../../storage/organisations.ts";
import { applyScorecardFile, scorecardFileOfStored } from "../../storage/scorecard-files.ts";
import { contextOf } from "../context.ts";

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

const perspectiveKey = z.enum(["financial", "customer", "internal", "learning"]);
const wording = z.union([z.string(), z.object({ en: z.string(), da: z.string() })]);
// The fields are checked by `apply` with the file's own schema; here only their container.
const fields = z.record(z.string(), z.unknown());

async function storedShape(
  storage: Storage,
  organisation: Organisation,
  key: string,
): Promise<FileShape> {
  const file = await scorecardFileOfStored(storage.db, organisation, key);
  return fileShapeOf(file) as unknown as FileShape;
}

async function applyShape(storage: Storage, organisation: Organisation, shape: FileShape) {
  return applyScorecardFile(storage.db, organisation, JSON.stringify(shape), metricsLibrary);
}

function findObjective(shape: FileShape, key: string) {
  for (const perspective of shape.perspectives) {
    const index = (perspective.objectives ?? []).findIndex((objective) => objective.key === key);
    if (index >= 0) return { perspective, index, objective: perspective.objectives![index]! };
  }
  return undefined;
}

const scorecardParams = z.object({ key: z.string().min(1) });
const objectiveParams = scorecardParams.extend({ objective: z.string().min(1) });

export function scorecardPartRoutes(storage: Storage): FastifyPluginAsyncZod {
  return async (app) => {
    app.put(
      "/api/scorecards/:key/perspectives/:perspective",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "Renames or reweights a perspective (adds it when the scorecard leaves it out).",
          params: scorecardParams.extend({ perspective: perspectiveKey }),
          body: z
            .object({ name: wording.optional(), weight: z.number().min(0).optional() })
            .strict(),
        },
      },
      async (request) => {
        const { organisation } = contextOf(request);
        const shape = await storedShape(storage, organisation, request.params.key);
        let perspective = shape.perspectives.find((p) => p.key === request.params.perspective);
        if (!perspective) {
          perspective = { key: request.params.perspective };
          shape.perspectives.push(perspective);
        }
        if (request.body.name !== undefined) perspective.name = request.body.name;
        if (request.body.weight !== undefined) perspective.weight = request.body.weight;
        return applyShape(storage, organisation, shape);
      },
    );

    app.get(
      "/api/scorecards/:key/objectives/:objective",
      { schema: { tags: ["scorecards"], params: objectiveParams } },
      async (request) => {
        const shape = await storedShape(
          storage,
          contextOf(request).organisation,
          request.params.key,
        );
        const found = findObjective(shape, request.params.objective);
        if (!found) throw new NotFound("objective", request.params.objective);
        return { perspective: found.perspective.key, ...found.objective };
      },
    );

    app.put(
      "/api/scorecards/:key/objectives/:objective",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "Creates or replaces an objective, in the fields of the scorecard file, under `perspective`.",
          params: objectiveParams,
          body: z.object({ perspective: perspectiveKey }).catchall(z.unknown()),
        },
      },
      async (request) => {
        const { organisation } = contextOf(request);
        const shape = await storedShape(storage, organisation, request.params.key);
        const { perspective: perspectiveKeyWanted, ...objective } = request.body;
        const found = findObjective(shape, request.params.objective);
        if (found) found.perspective.objectives!.splice(found.index, 1);
        let perspective = shape.perspectives.find((p) => p.key === perspectiveKeyWanted);
        if (!perspective) {
          perspective = { key: perspectiveKeyWanted, objectives: [] };
          shape.perspectives.push(perspective);
        }
        const objectives = perspective.objectives ?? [];
        const replaced = { ...objective, key: request.params.objective } as ObjectiveShape;
        if (found && found.perspective === perspective) objectives.splice(found.index, 0, replaced);
        else objectives.push(replaced);
        perspective.objectives = objectives;
        return applyShape(storage, organisation, shape);
      },
    );

    app.delete(
      "/api/scorecards/:key/objectives/:objective",
      {
        schema: {
          tags: ["scorecards"],
          description: "Removes an objective and the links to and from it.",
          params: objectiveParams,
        },
      },
      async (request) => {
        const { organisation } = contextOf(request);
        const shape = await storedShape(storage, organisation, request.params.key);
        const found = findObjective(shape, request.params.objective);
        if (!found) throw new NotFound("objective", request.params.objective);
        found.perspective.objectives!.splice(found.index, 1);
        const key = request.params.objective;
        shape.links = (shape.links ?? []).filter((link) => link.from !== key && link.to !== key);
        return applyShape(storage, organisation, shape);
      },
    );

    app.put(
      "/api/scorecards/:key/objectives/:objective/kpis/:kpi",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "Puts a KPI on an objective, or changes how it is scored there: method, baseline, range, " +
            "tolerance, bands, cap, thresholds, weight, and its `target` or `targets` by period.",
          params: objectiveParams.extend({ kpi: z.string().min(1) }),
          body: fields,
        },
      },
      async (request) => {
        const { organisation } = contextOf(request);
        const shape = await storedShape(storage, organisation, request.params.key);
        const found = findObjective(shape, request.params.objective);
        if (!found) throw new NotFound("objective", request.params.objective);
        const kpis = found.objective.kpis ?? [];
        const entry = { ...request.body, kpi: request.params.kpi };
        const index = kpis.findIndex((kpi) => kpi.kpi === request.params.kpi);
        if (index >= 0) kpis[index] = entry;
        else kpis.push(entry);
        found.objective.kpis = kpis;
        return applyShape(storage, organisation, shape);
      },
    );

    app.delete(
      "/api/scorecards/:key/objectives/:objective/kpis/:kpi",
      {
        schema: {
          tags: ["scorecards"],
          params: objectiveParams.extend({ kpi: z.string().min(1) }),
        },
      },
      async (request) => {
        const { organisation } = contextOf(request);
        const shape = await storedShape(storage, organisation, request.params.key);
        const found = findObjective(shape, request.params.objective);
        const kpis = found?.objective.kpis ?? [];
        const index = kpis.findIndex((kpi) => kpi.kpi === request.params.kpi);
        if (!found || index < 0) throw new NotFound("KPI on this objective", request.params.kpi);
        kpis.splice(index, 1);
        return applyShape(storage, organisation, shape);
      },
    );

    app.post(
      "/api/scorecards/:key/links",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "Adds a cause-and-effect link; one that closes a cycle is refused, naming it.",
          params: scorecardParams,
          body: z.object({ from: z.string().min(1), to: z.string().min(1) }).strict(),
        },
      },
      async (request, reply) => {
        const { organisation } = contextOf(request);
        const shape = await storedShape(storage, organisation, request.params.key);
        const links = shape.links ?? [];
        const { from, to } = request.body;
        if (links.some((link) => link.from === from && link.to === to)) {
          throw new Conflict(`the link ${from} → ${to} exists already`);
        }
        shape.links = [...links, { from, to }];
        return reply.code(201).send(await applyShape(storage, organisation, shape));
      },
    );

    app.delete(
      "/api/scorecards/:key/links/:from/:to",
      {
        schema: {
          tags: ["scorecards"],
          params: scorecardParams.extend({ from: z.string().min(1), to: z.string().min(1) }),
        },
      },
      async (request) => {
        const { organisation } = contextOf(request);
        const shape = await storedShape(storage, organisation, request.params.key);
        const { from, to } = request.params;
        const links = shape.links ?? [];
        if (!links.some((link) => link.from === from && link.to === to)) {
          throw new NotFound("link", `${from} → ${to}`);
        }
        shape.links = links.filter((link) => !(link.from === from && link.to === to));
        return applyShape(storage, organisation, shape);
      },
    );
  };
}
