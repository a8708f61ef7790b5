import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { statusOf } from "../../services/status.ts";
import type { Storage } from "../../storage/database.ts";
import type { AnswerCache } from "../answer-cache.ts";

const statusSchema = z.object({
  organisation: z.object({ name: z.string(), locale: z.enum(["en", "da"]) }).nullable(),
  scorecards: z.number().int(),
  lastDayWithData: z.string().nullable(),
});

export function statusRoutes(storage: Storage, cache: AnswerCache): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/status",
      {
        schema: {
          tags: ["organisation"],
          description:
            "How far Fourfold is set up: the organisation (null before `fourfold init`), how many " +
            "scorecards it has, and the last day its imports hold data (null before the first import).",
          response: { 200: statusSchema },
        },
      },
      async (request) => {
        const organisation = request.fourfold?.organisation;
        return cache.answer(JSON.stringify(["status", organisation?.id ?? null]), () =>
          statusOf(storage, organisation),
        );
      },
    );
  };
}
