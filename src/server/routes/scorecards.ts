import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { evaluateScorecard, evaluationQuery } from "../../services/evaluation.ts";
import {
  createScorecard,
  getScorecardFile,
  listScorecards,
  replaceScorecard,
  scorecardFileBody,
} from "../../services/scorecards.ts";
import type { AnswerCache } from "../answer-cache.ts";
import { contextOf } from "../context.ts";
import { versionOfIfMatch, withVersion } from "../versions.ts";

const keyParams = z.object({ key: z.string().min(1) });

export function scorecardRoutes(cache: AnswerCache): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/api/scorecards", { schema: { tags: ["scorecards"] } }, async (request, reply) => {
      const context = contextOf(request);
      return cache.reply(reply, JSON.stringify(["scorecards", context.organisation.id]), () =>
        listScorecards(context),
      );
    });

    app.post(
      "/api/scorecards",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "Creates a scorecard from a scorecard file (its JSON form); 409 when the key is taken " +
            "(PUT /api/scorecards/{key} replaces one).",
          body: scorecardFileBody,
        },
      },
      async (request, reply) => {
        const applied = await createScorecard(contextOf(request), request.body);
        return reply.code(201).send(withVersion(reply, applied.version, applied));
      },
    );

    app.get(
      "/api/scorecards/:key",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "The scorecard's definition, in the JSON form of the scorecard file; its ETag is the " +
            "version a change made on this copy sends as If-Match.",
          params: keyParams,
        },
      },
      async (request, reply) => {
        const { file, version } = await getScorecardFile(contextOf(request), request.params.key);
        return withVersion(reply, version, file);
      },
    );

    app.put(
      "/api/scorecards/:key",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "Applies a scorecard file (its JSON form): all of it, or with errors none of it (400, each at its path). " +
            "With If-Match, only onto that version: 409 when someone else changed the scorecard since.",
          params: keyParams,
          body: z.record(z.string(), z.unknown()),
        },
      },
      async (request, reply) => {
        const applied = await replaceScorecard(
          contextOf(request),
          request.params.key,
          request.body,
          versionOfIfMatch(request),
        );
        return withVersion(reply, applied.version, applied);
      },
    );

    app.get(
      "/api/scorecards/:key/evaluation",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "The evaluated scorecard for a period (scoring.md): every KPI's actual, target, progress, score, " +
            "status and explanation, rolled up to objectives, perspectives and the scorecard. toDate=true gives " +
            "the MTD/QTD/YTD view through the earlier of yesterday (organisation's time zone) and the last day " +
            "with data, or through asOf; a period whose data ends early is evaluated through its last day with " +
            "data (`through`) unless whole=true; trend=N adds the N periods before.",
          params: keyParams,
          querystring: evaluationQuery,
        },
      },
      async (request, reply) => {
        const context = contextOf(request);
        const key = JSON.stringify([context.organisation.id, request.params.key, request.query]);
        return cache.reply(reply, key, () =>
          evaluateScorecard(context, request.params.key, request.query),
        );
      },
    );
  };
}
