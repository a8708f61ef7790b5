import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Conflict, InvalidInput } from "../../domain/errors.ts";
import { fileShapeOf } from "../../domain/scorecard-file-export.ts";
import { scorecardKpiSources } from "../../metrics/kpi-sources.ts";
import type { Storage } from "../../storage/database.ts";
import { evaluateStoredScorecard } from "../../storage/scorecard-evaluations.ts";
import { applyScorecardFile, scorecardFileOfStored } from "../../storage/scorecard-files.ts";
import { findScorecard, getScorecard, listScorecardKeys } from "../../storage/scorecards.ts";
import type { AnswerCache } from "../answer-cache.ts";
import { contextOf } from "../context.ts";
import { dataRangeOf } from "../data-range.ts";
import { isoDate } from "./query-fields.ts";

const keyParams = z.object({ key: z.string().min(1) });

const evaluationQuery = z.object({
  period: z.string().min(1),
  toDate: z.enum(["true", "false"]).default("false"),
  asOf: isoDate.optional(),
  trend: z.coerce.number().int().min(0).max(60).optional(),
});

export function scorecardRoutes(storage: Storage, cache: AnswerCache): FastifyPluginAsyncZod {
  const sources = scorecardKpiSources(storage.db);
  return async (app) => {
    app.get("/api/scorecards", { schema: { tags: ["scorecards"] } }, async (request, reply) => {
      const { organisation } = contextOf(request);
      return cache.reply(reply, JSON.stringify(["scorecards", organisation.id]), async () => {
        const keys = await listScorecardKeys(storage.db, organisation.id);
        const scorecards = [];
        for (const key of keys) {
          const scorecard = await getScorecard(storage.db, organisation.id, key);
          scorecards.push({ key, name: scorecard.name });
        }
        return { scorecards };
      });
    });

    app.post(
      "/api/scorecards",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "Creates a scorecard from a scorecard file (its JSON form); 409 when the key is taken " +
            "(PUT /api/scorecards/{key} replaces one).",
          body: z.object({ scorecard: z.object({ key: z.string() }).passthrough() }).passthrough(),
        },
      },
      async (request, reply) => {
        const { organisation } = contextOf(request);
        const key = request.body.scorecard.key;
        if (await findScorecard(storage.db, organisation.id, key)) {
          throw new Conflict(
            `a scorecard \`${key}\` exists already: PUT /api/scorecards/${key} replaces it`,
          );
        }
        const applied = await applyScorecardFile(
          storage.db,
          organisation,
          JSON.stringify(request.body),
          sources.library,
        );
        return reply.code(201).send(applied);
      },
    );

    app.get(
      "/api/scorecards/:key",
      {
        schema: {
          tags: ["scorecards"],
          description: "The scorecard's definition, in the JSON form of the scorecard file.",
          params: keyParams,
        },
      },
      async (request) =>
        fileShapeOf(
          await scorecardFileOfStored(
            storage.db,
            contextOf(request).organisation,
            request.params.key,
          ),
        ),
    );

    app.put(
      "/api/scorecards/:key",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "Applies a scorecard file (its JSON form): all of it, or with errors none of it (400, each at its path).",
          params: keyParams,
          body: z.record(z.string(), z.unknown()),
        },
      },
      async (request) => {
        const { organisation } = contextOf(request);
        const file = request.body as { scorecard?: { key?: unknown } };
        if (file.scorecard?.key !== request.params.key) {
          const message = `must be the key in the address, \`${request.params.key}\``;
          throw new InvalidInput([{ path: "body.scorecard.key", message }]);
        }
        return applyScorecardFile(
          storage.db,
          organisation,
          JSON.stringify(request.body),
          sources.library,
        );
      },
    );

    app.get(
      "/api/scorecards/:key/evaluation",
      {
        schema: {
          tags: ["scorecards"],
          description:
            "The evaluated scorecard for a period (scoring.md): every KPI's actual, target, progress, score, " +
            "status and explanation, rolled up to objectives, perspectives and the scorecard; toDate=true gives " +
            "the MTD/QTD/YTD view through asOf (default: the last day with data); trend=N adds the N periods before.",
          params: keyParams,
          querystring: evaluationQuery,
        },
      },
      async (request, reply) => {
        const { organisation } = contextOf(request);
        const { period, toDate, asOf, trend } = request.query;
        const key = JSON.stringify([
          organisation.id,
          request.params.key,
          period,
          toDate,
          asOf,
          trend,
        ]);
        return cache.reply(reply, key, async () =>
          evaluateStoredScorecard(
            storage.db,
            organisation,
            {
              scorecard: request.params.key,
              period,
              asOf:
                toDate === "true"
                  ? (asOf ?? (await dataRangeOf(storage, organisation)).lastDay ?? undefined)
                  : undefined,
              trend,
            },
            sources,
          ),
        );
      },
    );
  };
}
