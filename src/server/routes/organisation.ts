import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { getDataRange } from "../../services/organisation.ts";
import type { AnswerCache } from "../answer-cache.ts";
import { contextOf } from "../context.ts";

const organisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  time_zone: z.string(),
  currency: z.string(),
  fiscal_year_start_month: z.number(),
  locale: z.enum(["en", "da"]),
});

const dataRangeSchema = z.object({
  firstDay: z.string().nullable(),
  lastDay: z.string().nullable(),
  latest: z.object({
    month: z.string().nullable(),
    quarter: z.string().nullable(),
    year: z.string().nullable(),
  }),
});

export function organisationRoutes(cache: AnswerCache): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/organisation",
      { schema: { tags: ["organisation"], response: { 200: organisationSchema } } },
      async (request) => contextOf(request).organisation,
    );

    app.get(
      "/api/data-range",
      {
        schema: {
          tags: ["organisation"],
          description:
            "The first and last day holding imported data, and the periods they fall in.",
          response: { 200: dataRangeSchema },
        },
      },
      async (request, reply) => {
        const context = contextOf(request);
        return cache.reply(reply, JSON.stringify(["data-range", context.organisation.id]), () =>
          getDataRange(context),
        );
      },
    );
  };
}
