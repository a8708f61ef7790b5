// The parts of a scorecard as resources: perspectives, objectives, the KPIs on an
// objective with their targets, and links (services/scorecard-parts.ts changes them).
// Every change answers with the scorecard's new ETag and takes If-Match.

import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  addLink,
  deleteKpiOnObjective,
  deleteLink,
  deleteObjective,
  getObjective,
  kpiOnObjectiveBody,
  linkBody,
  objectiveBody,
  type PartEdit,
  perspectiveBody,
  perspectiveKey,
  putKpiOnObjective,
  putObjective,
  setPerspective,
} from "../../services/scorecard-parts.ts";
import { type AppliedFile, getScorecardVersion } from "../../services/scorecards.ts";
import { contextOf } from "../context.ts";
import { versionOfIfMatch, withVersion } from "../versions.ts";

const scorecardParams = z.object({ key: z.string().min(1) });
const objectiveParams = scorecardParams.extend({ objective: z.string().min(1) });
const kpiParams = objectiveParams.extend({ kpi: z.string().min(1) });

function editOf(request: FastifyRequest<{ Params: { key: string } }>): PartEdit {
  return { scorecard: request.params.key, expectedVersion: versionOfIfMatch(request) };
}

function answer(reply: FastifyReply, applied: AppliedFile): AppliedFile {
  return withVersion(reply, applied.version, applied);
}

export function scorecardPartRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.put(
      "/api/scorecards/:key/perspectives/:perspective",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "Renames or reweights a perspective (adds it when the scorecard leaves it out).",
          params: scorecardParams.extend({ perspective: perspectiveKey }),
          body: perspectiveBody,
        },
      },
      async (request, reply) =>
        answer(
          reply,
          await setPerspective(
            contextOf(request),
            editOf(request),
            request.params.perspective,
            request.body,
          ),
        ),
    );

    app.get(
      "/api/scorecards/:key/objectives/:objective",
      { schema: { tags: ["scorecards"], params: objectiveParams } },
      async (request, reply) => {
        const context = contextOf(request);
        const { key, objective } = request.params;
        const found = await getObjective(context, key, objective);
        return withVersion(reply, await getScorecardVersion(context, key), found);
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
          body: objectiveBody,
        },
      },
      async (request, reply) =>
        answer(
          reply,
          await putObjective(
            contextOf(request),
            editOf(request),
            request.params.objective,
            request.body,
          ),
        ),
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
      async (request, reply) =>
        answer(
          reply,
          await deleteObjective(contextOf(request), editOf(request), request.params.objective),
        ),
    );

    app.put(
      "/api/scorecards/:key/objectives/:objective/kpis/:kpi",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "Puts a KPI on an objective, or changes how it is scored there: method, baseline, range, " +
            "tolerance, bands, cap, thresholds, weight, and its `target` or `targets` by period.",
          params: kpiParams,
          body: kpiOnObjectiveBody,
        },
      },
      async (request, reply) =>
        answer(
          reply,
          await putKpiOnObjective(
            contextOf(request),
            editOf(request),
            request.params,
            request.body,
          ),
        ),
    );

    app.delete(
      "/api/scorecards/:key/objectives/:objective/kpis/:kpi",
      { schema: { tags: ["scorecards"], params: kpiParams } },
      async (request, reply) =>
        answer(
          reply,
          await deleteKpiOnObjective(contextOf(request), editOf(request), request.params),
        ),
    );

    app.post(
      "/api/scorecards/:key/links",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "Adds a cause-and-effect link; one that closes a cycle is refused, naming it.",
          params: scorecardParams,
          body: linkBody,
        },
      },
      async (request, reply) => {
        const applied = await addLink(contextOf(request), editOf(request), request.body);
        return reply.code(201).send(answer(reply, applied));
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
      async (request, reply) =>
        answer(reply, await deleteLink(contextOf(request), editOf(request), request.params)),
    );
  };
}
